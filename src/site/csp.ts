/**
 * The Content-Security-Policy, in one place: every page carries it as a <meta> tag (which works
 * on any static host), and src/deploy/nginx.conf sends the same policy as a header, plus
 * frame-ancestors, which only a header can carry. No inline scripts or styles are allowed:
 * scripts and styles are files, and charts are styled by classes (src/diagrams/static-svg.ts).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  // Pagefind's search runs as WebAssembly.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The header's policy: the page's, and no framing by other sites. */
export const headerContentSecurityPolicy = `${contentSecurityPolicy}; frame-ancestors 'none'`;
