/**
 * How offline use and a flow page grow with the number of flows, estimated from the built site (a
 * site of 24 flows cannot be built from a source that has six): each file is counted as the site's
 * (fixed), one flow's (grows with n) or one pair's (grows with n(n−1)/2); Pagefind's files grow
 * with pages (./figures.ts does the counting).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { flowSlugs } from '../flows/vocabulary.ts';
import { offlineEntries, savedByAll } from '../offline/files.ts';
import { comparePath, pagefindPath } from '../site/urls.ts';
import type { FirstVisit } from './first-visit.ts';
import { htmlAt, saveAllAt as saveAllGrown, type Growth } from './figures.ts';

const flows = flowSlugs.length;
const isPair = (url: string) => url.startsWith(comparePath) && url.includes('-vs-');
const isFlows = (url: string) => flowSlugs.some((slug) => url.includes(`/${slug}/`) || url.endsWith(`/${slug}.json`));

export const growthOf = (url: string): Growth =>
  url.startsWith(pagefindPath) ? 'index' : isPair(url) ? 'pair' : isFlows(url) ? 'flow' : 'site';

export function saveAllSize(dir: string): { count: number; bytes: number } {
  const entries = savedByAll(offlineEntries(dir));
  return { count: entries.length, bytes: entries.reduce((sum, entry) => sum + entry.bytes, 0) };
}

export const saveAllAt = (n: number, dir: string): number =>
  saveAllGrown(
    savedByAll(offlineEntries(dir)).map(({ url, bytes }) => ({ bytes, growth: growthOf(url) })),
    n,
    flows,
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
