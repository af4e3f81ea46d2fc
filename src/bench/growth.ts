/**
 * How offline use and a flow page grow with the number of flows, estimated from the built site (a
 * site of 24 flows cannot be built from a source that has six): each file is counted as the site's
 * (fixed), one flow's (grows with n) or one pair's (grows with n(n−1)/2); the search index grows
 * with the pages it holds, read from the built index (Pagefind's own code does not grow); ./figures.ts
 * does the counting.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { flowSlugs } from '../flows/vocabulary.ts';
import { offlineEntries, savedByAll } from '../offline/files.ts';
import { comparePath, pagefindPath } from '../site/urls.ts';
import type { FirstVisit } from './first-visit.ts';
import { htmlAt, saveAllAt as saveAllGrown, type Growth, type IndexedPages } from './figures.ts';

const flows = flowSlugs.length;
const isPair = (url: string) => url.startsWith(comparePath) && url.includes('-vs-');
const isFlows = (url: string) => flowSlugs.some((slug) => url.includes(`/${slug}/`) || url.endsWith(`/${slug}.json`));

/** Pagefind's own code (its script, worker and WebAssembly), the same whatever it indexes. */
const isSearchEngine = (url: string) =>
  url.startsWith(pagefindPath) &&
  /^(pagefind(-worker)?\.js|wasm\.[a-z-]+\.pagefind|pagefind-entry\.json)$/.test(url.slice(pagefindPath.length));

export const growthOf = (url: string): Growth =>
  isSearchEngine(url)
    ? 'site'
    : url.startsWith(pagefindPath)
      ? 'index'
      : isPair(url)
        ? 'pair'
        : isFlows(url)
          ? 'flow'
          : 'site';

/** The pages the built search index holds (one fragment each), by what each grows with. */
export function indexedPages(dir: string): IndexedPages {
  const counts: IndexedPages = { site: 0, flow: 0, pair: 0 };
  const fragments = path.join(dir, pagefindPath, 'fragment');
  for (const file of readdirSync(fragments)) {
    // A fragment is Pagefind's signature, then the page's record as JSON.
    const text = gunzipSync(readFileSync(path.join(fragments, file))).toString('utf8');
    const { url } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
    const growth = growthOf(url);
    if (growth === 'index') throw new Error(`${file}: a page of the index at ${url}, inside the index`);
    counts[growth]++;
  }
  return counts;
}

export function saveAllSize(dir: string): { count: number; bytes: number } {
  const entries = savedByAll(offlineEntries(dir));
  return { count: entries.length, bytes: entries.reduce((sum, entry) => sum + entry.bytes, 0) };
}

export const saveAllAt = (n: number, dir: string): number =>
  saveAllGrown(
    savedByAll(offlineEntries(dir)).map(({ url, bytes }) => ({ bytes, growth: growthOf(url) })),
    n,
    flows,
    indexedPages(dir),
  );

/** Bytes one more flow adds to a page that lists every flow (a link in a menu, gzip). */
const perListedFlow = 40;

/** The same first visit at n flows: the files asked for are the same (the shell lists no flow);
 * pages that list every flow list more of them. */
export function firstVisitAt(n: number, visit: FirstVisit, dir: string): number {
  const listing = visit.requests.filter(({ path: asked }) => {
    if (!asked.endsWith('/')) return false;
    const html = readFileSync(path.join(dir, asked, 'index.html'), 'utf8');
    return flowSlugs.every((slug) => html.includes(`/flows/${slug}/`));
  });
  return visit.bytes + listing.length * perListedFlow * (n - flows);
}

/** A built flow page's HTML (gzip) at n flows, its list of the other flows grown with distinct names. */
export function flowPageHtmlAt(n: number, dir: string, pagePath: string): number {
  const html = readFileSync(path.join(dir, pagePath, 'index.html'), 'utf8');
  const list = /<nav class="related"[^>]*>[\s\S]*?(<ul>[\s\S]*?<\/ul>)/.exec(html)?.[1] ?? '';
  return htmlAt(html, list, n, flows);
}
