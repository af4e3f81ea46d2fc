/**
 * Pages made on the reader's device instead of kept: offline, the address of such a page that this
 * device has not kept is answered with the saved page that makes it. A pair comparison (15 pages
 * at six flows, growing with the square of the flows) is made from every flow's data, one file
 * (src/scripts/compare-pair.ts); 保存全部 keeps that page and file, and a pair page only once read.
 */
import { flowSlugs, type FlowSlug } from '../flows/vocabulary.ts';
import { comparePath, pairMadeHerePath, pairParam } from '../site/urls.ts';

/** The page that makes `path` on the device, or null where a page is kept as it is. */
export const madeHereBy = (path: string): string | null => (pairOfPath(path) ? pairMadeHerePath : null);

/** The two flows a pair page's address names, in the source's order; null for any other address. */
export function pairOfPath(pathname: string): [FlowSlug, FlowSlug] | null {
  const match = pathname.startsWith(comparePath) && /^([a-z]+)-vs-([a-z]+)\/$/.exec(pathname.slice(comparePath.length));
  const [a, b] = (match ? [match[1], match[2]] : []) as FlowSlug[];
  if (!a || !b || a === b || !flowSlugs.includes(a) || !flowSlugs.includes(b)) return null;
  return pairParam(a, b) === `${a}-vs-${b}` ? [a, b] : null;
}
