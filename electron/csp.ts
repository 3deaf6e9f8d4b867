/**
 * The Content-Security-Policy every response of the app:// protocol (and of the local preview
 * server) carries. Sent as a header rather than a <meta> tag so that it also covers the
 * directives a meta tag cannot carry (frame-ancestors) and cannot be edited out of index.html.
 */
const directives: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  // 'unsafe-inline' for styles only: Ant Design v6 (CSS-in-JS) injects <style> tags at run time
  // and has no nonce hook we could use without a server. Scripts stay strict.
  'style-src': "'self' 'unsafe-inline'",
  // data:/blob: for generated images (charts, previews of attachments picked by the user).
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  // No network: the app talks to nothing but its own origin.
  'connect-src': "'self'",
  // Vite emits module workers as files; blob: covers libraries that build workers in memory.
  'worker-src': "'self' blob:",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
};

export const CONTENT_SECURITY_POLICY = Object.entries(directives)
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');

/** Headers sent with every response, whether a file, an error or a refusal. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
});
