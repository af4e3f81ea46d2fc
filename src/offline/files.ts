/**
 * What the site offers for offline use, read from a built site: every file a reader may open,
 * each with a hash of its content (so an update fetches only what changed) and the bytes it
 * costs to download. The "shell" is the part every saved page needs: styles, scripts, the
 * offline answer and the search page.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { flowSlugs } from '../flows/vocabulary.ts';
import { madeHereBy } from './made-here.ts';
import {
  handoutPath,
  kitPath,
  notFoundPath,
  tooLongPath,
  offlineManifestPath,
  offlinePath,
  pagefindPath,
  searchDocumentsPath,
  searchPagePath,
  serviceWorkerPath,
} from '../site/urls.ts';

export interface OfflineEntry {
  /** The site path it is asked for by: /flows/village/, /_astro/Base.x.css. */
  url: string;
  /** The first 16 hex digits of the SHA-256 of the file: the service worker computes the same. */
  hash: string;
  /** Bytes over the network: gzip at the shipped nginx config's level (6) for text; as is for files already compressed. */
  bytes: number;
  /**
   * Kept when it is read, not by 保存全部: the kit's blank Word files, which a form's page makes
   * on the device when there is no network (src/scripts/offline-word.ts), and what a saved page
   * makes (./made-here.ts: the kit's forms, the pair comparisons, the charts' files).
   */
  whenRead?: true;
}

/** The kit's blank Word files and the pages made on the device (see OfflineEntry.whenRead). */
const isKeptWhenRead = (url: string) =>
  (url.endsWith('.docx') && flowSlugs.some((slug) => url.startsWith(kitPath(slug)))) || madeHereBy(url) !== null;

/** What 保存全部 saves: every entry but those kept only when read. */
export const savedByAll = <E extends Pick<OfflineEntry, 'whenRead'>>(entries: readonly E[]): E[] =>
  entries.filter((entry) => !entry.whenRead);

/** Never saved: the worker and this list themselves, the server's error pages, link-preview pictures,
 * and Pagefind's ready-made interface, which the site does not use. */
const notOffered = [
  (url: string) =>
    url === serviceWorkerPath || url === offlineManifestPath || url === notFoundPath || url === tooLongPath,
  (url: string) => url.endsWith('/share.png'),
  (url: string) => url.startsWith(pagefindPath) && /pagefind-.*ui|pagefind-highlight/.test(url),
];

/** Already compressed: a server sends them as they are. */
const compressed = /\.(docx|png|pagefind|pf_fragment|pf_index|pf_meta|pf_filter)$/;

export const contentHash = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/** Sent as it is: already compressed. */
export const transferIsStored = (file: string) => compressed.test(file);

export const transferBytes = (file: string, bytes: Uint8Array) =>
  transferIsStored(file) ? bytes.length : gzipSync(bytes, { level: 6 }).length;

/** A built file's site path: flows/village/index.html → /flows/village/. */
export const urlOf = (relative: string) => `/${relative.split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');

export function offlineEntries(dir: string): OfflineEntry[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((relative) => statSync(path.join(dir, relative)).isFile())
    .map((relative) => ({ relative, url: urlOf(relative) }))
    .filter(({ url }) => !notOffered.some((excluded) => excluded(url)))
    .sort((a, b) => a.url.localeCompare(b.url))
    .map(({ relative, url }) => {
      const bytes = readFileSync(path.join(dir, relative));
      return {
        url,
        hash: contentHash(bytes),
        bytes: transferBytes(relative, bytes),
        ...(isKeptWhenRead(url) ? { whenRead: true as const } : {}),
      };
    });
}

/**
 * What a first visit saves besides the page read (which tells the worker what it loaded): the
 * offline answer, the search page and the rule texts' search data, and the styles and scripts
 * those pages and the handouts (which come with a flow page) load. None of it grows with flows.
 */
export function shellOf(dir: string, entries: readonly OfflineEntry[]): string[] {
  const pages = [offlinePath, searchPagePath];
  const named = [...pages, searchDocumentsPath()];
  const known = new Set(entries.map((entry) => entry.url));
  const lost = named.filter((url) => !known.has(url));
  if (lost.length) throw new Error(`the offline shell names ${lost.join(', ')}, which the build did not write`);
  const assets = new Set<string>();
  for (const page of [...pages, ...flowSlugs.map(handoutPath)])
    for (const asset of assetsOf(dir, page)) assets.add(asset);
  return [...named, ...[...assets].sort()];
}

/** The styles and scripts a built page loads before it runs: its links and scripts, and what they import. */
export function assetsOf(dir: string, page: string): string[] {
  const html = readFileSync(path.join(dir, page, page.endsWith('/') ? 'index.html' : ''), 'utf8');
  const found = new Set<string>();
  const visit = (url: string) => {
    if (found.has(url)) return;
    found.add(url);
    if (!url.endsWith('.js')) return;
    const code = readFileSync(path.join(dir, url), 'utf8');
    for (const match of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
      visit(new URL(match[1]!, `http://site${url}`).pathname);
    }
  };
  for (const match of html.matchAll(/\s(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)) visit(match[1]!);
  return [...found];
}

/** The bytes a server sends for a site path of a built site (0 for a path it does not have). */
export function servedBytes(dir: string, url: string): number {
  let file = path.join(dir, decodeURI(url));
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  return existsSync(file) ? transferBytes(file, readFileSync(file)) : 0;
}
