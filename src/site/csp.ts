/**
 * The Content-Security-Policy, in one place: every page carries it as a <meta> tag (which works
 * on any static host), and src/deploy/nginx.conf sends the same policy as a header, plus
 * frame-ancestors, which only a header can carry. No inline styles are allowed, and two inline
 * scripts, by their hashes (early-script.ts): other scripts and styles are files, and charts are styled
 * by classes (src/diagrams/static-svg.ts).
 */
import { createHash } from 'node:crypto';
import { earlyScript, searchEarlyScript } from './early-script.ts';

/** The CSP source that allows an inline script: 'sha256-…' of its exact text. */
const hashOf = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

export const contentSecurityPolicy = [
  "default-src 'self'",
  // Pagefind's search runs as WebAssembly.
  `script-src 'self' ${hashOf(earlyScript)} ${hashOf(searchEarlyScript)} 'wasm-unsafe-eval'`,
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The header's policy: the page's, and no framing by other sites. */
export const headerContentSecurityPolicy = `${contentSecurityPolicy}; frame-ancestors 'none'`;
