/** Every page of the built site, as URL paths, read from dist/ so new pages are tested too. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const distDir = 'dist';

/** The HTML file of a page path: /flows/village/ → dist/flows/village/index.html; /404.html as is. */
export const htmlFileOf = (page: string, dir = distDir) =>
  path.join(dir, page.endsWith('/') ? `${page}index.html` : page);

export function builtPages(dir = distDir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .map((file) => '/' + file.replace(/index\.html$/, '').replace(/\\/g, '/'))
    .sort();
}
