/** Every page of the built site, as URL paths, read from dist/ so new pages are tested too. */
import { existsSync, readdirSync } from 'node:fs';

export const distDir = 'dist';

export function builtPages(): string[] {
  if (!existsSync(distDir)) return [];
  return readdirSync(distDir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .map((file) => '/' + file.replace(/index\.html$/, '').replace(/\\/g, '/'))
    .sort();
}
