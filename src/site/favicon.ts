/**
 * The site's icon, given to pages as a data: address: a page needs no request for it, so nothing
 * but the page and its stylesheet stands between a tap and the first paint. The file in public/ is
 * the one source (the app icons are drawn from it too); the CSP allows data: images.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const svg = readFileSync(path.resolve('public', 'favicon.svg'), 'utf8').trim();

/** Escapes only what a data: address must (the rest stays readable, and small in every page). */
export const faviconHref = `data:image/svg+xml,${svg.replace(/"/g, "'").replace(/[<>#%\n\r\t]/g, encodeURIComponent)}`;
