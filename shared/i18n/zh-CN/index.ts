import { desktop } from './desktop';
import { ui } from './ui';
import { validation } from './validation';

/**
 * The source catalogue. Split by area so that features add their own keys without touching one
 * shared file; a key defined twice is a type error in `assertNoOverlap` below.
 */
export const zhCN = { ...validation, ...desktop, ...ui } as const;

type Overlap<A, B> = keyof A & keyof B;
// Fails to compile if two areas define the same key (a later spread would silently win).
const assertNoOverlap: [
  Overlap<typeof validation, typeof desktop>,
  Overlap<typeof validation, typeof ui>,
  Overlap<typeof desktop, typeof ui>,
] extends [never, never, never]
  ? true
  : false = true;
void assertNoOverlap;
