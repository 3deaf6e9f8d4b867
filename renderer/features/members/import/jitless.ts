import { z } from 'zod';

// Imported first by the worker: the shared member rules use zod, whose probe of `new Function`
// the CSP refuses (and reports as a violation even though zod catches it). See renderer/main.tsx.
z.config({ jitless: true });
