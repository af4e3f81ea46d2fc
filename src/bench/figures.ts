/**
 * The bench's arithmetic on what it measured: pure functions of figures, so that a unit test holds
 * them to fixed inputs (test/bench/figures.test.ts). The bench (./run.ts) measures; these count.
 */
import { gzipSync } from 'node:zlib';

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** A page's paint time over the floor page's, measured in the same run (1.05: 5 % above the floor). */
export const floorRatio = (page: number, floor: number): number => page / floor;

/**
 * When a page fell idle: the first moment at or after `from` followed by `quiet` ms without a
 * request, given the times (ms) requests were made. The DOM is counted then, not at the load event:
 * the page's scripts and the service worker have done their work.
 */
export function idleAt(requestTimes: readonly number[], from: number, quiet: number): number {
  let idle = from;
  for (const time of [...requestTimes].sort((a, b) => a - b)) {
    if (time >= idle + quiet) break;
    if (time > idle) idle = time;
  }
  return idle;
}

/** What each file offered offline grows with. */
export type Growth = 'site' | 'flow' | 'pair' | 'index';

/** The pages the search index holds, by what they grow with (a site's own, a flow's, a pair's). */
export type IndexedPages = Record<Exclude<Growth, 'index'>, number>;

/**
 * What saving everything costs at n flows, from the files of a site of `flows`: the site's files
 * stay, a flow's grow with n, a pair's with n(n−1)/2, the search index's with the pages it holds
 * (each of those grows as its kind does).
 */
export function saveAllAt(
  entries: readonly { bytes: number; growth: Growth }[],
  n: number,
  flows: number,
  indexed: IndexedPages,
): number {
  const pairs = (count: number) => (count * (count - 1)) / 2;
  const scale: Record<Growth, number> = {
    site: 1,
    flow: n / flows,
    pair: pairs(flows) ? pairs(n) / pairs(flows) : 0,
    index: 1,
  };
  const pagesNow = indexed.site + indexed.flow + indexed.pair;
  scale.index = pagesNow ? (indexed.site + indexed.flow * scale.flow + indexed.pair * scale.pair) / pagesNow : 1;
  return entries.reduce((sum, { bytes, growth }) => sum + bytes * scale[growth], 0);
}

/**
 * A flow page's HTML (gzip) at n flows: its list of the other flows holds n − 1 links, each with a
 * name of its own (distinct names: gzip finds no repeat to shorten them). `list` is the HTML of the
 * list as built; the extra links are written after its last item.
 */
export function htmlAt(html: string, list: string, n: number, flows: number): number {
  const item = /<li><a href="[^"]*">[^<]*<\/a><\/li>/.exec(list)?.[0];
  if (!item || !html.includes(list)) throw new Error('the flow page has no list of the other flows to grow');
  const extra = Array.from({ length: Math.max(0, n - flows) }, (_, index) =>
    item
      .replace(/href="[^"]*"/, `href="/compare/flow-${index}-vs-flow-${index + 1}/"`)
      .replace(/>[^<]*<\/a>/, `>${distinctName(index)}</a>`),
  ).join('');
  const grown = html.replace(list, list.replace(/<\/ul>$/, `${extra}</ul>`));
  return gzipSync(grown, { level: 6 }).length;
}

/** A name of an organisation no other shares: characters drawn in turn from a wide range of CJK. */
export function distinctName(index: number): string {
  const start = 0x4e00 + ((index * 7919) % 0x5000);
  return [0, 1, 2, 3, 4, 5].map((offset) => String.fromCodePoint(start + offset * 131)).join('') + '党组织';
}
