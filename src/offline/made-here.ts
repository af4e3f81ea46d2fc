/**
 * What is made on the reader's device instead of kept: offline, a file of the site this device
 * has not kept, which a saved page can make, is made from that page. 保存全部 keeps the page and
 * the file only once read:
 * - a pair comparison (15 pages at six flows, growing with the square of the flows) is answered
 *   with the page that draws any pair from every flow's data (src/scripts/compare-pair.ts);
 * - a flow's chart file is the drawing its chart page holds, cut from that page by the service
 *   worker: the same bytes (the chart page shows the file's SVG as it is, src/components/FlowChart.astro).
 */
import { flowSlugs, type FlowSlug } from '../flows/vocabulary.ts';
import { chartPath, chartSvgPath, comparePath, pairMadeHerePath, pairParam } from '../site/urls.ts';

export interface MadeHere {
  /** The saved page it is made from. */
  page: string;
  /** For a file cut from that page: how (null where the page holds none) and the file's type. Else the page draws it. */
  cut?: { from: (html: string) => string | null; type: string };
}

/** The chart file from its page: the page's one <svg> element, then the newline the file ends with. */
export const chartFromPage = (html: string): string | null => {
  const drawing = /<div class="chart-canvas"><svg[\s\S]*?<\/svg>/.exec(html)?.[0];
  return drawing ? `${drawing.slice(drawing.indexOf('<svg'))}\n` : null;
};

/** How `path` is made on the device, or null where it is kept as it is. */
export function madeHereBy(path: string): MadeHere | null {
  if (pairOfPath(path)) return { page: pairMadeHerePath };
  const chart = flowSlugs.find((slug) => path === chartSvgPath(slug));
  if (chart) return { page: chartPath(chart), cut: { from: chartFromPage, type: 'image/svg+xml; charset=utf-8' } };
  return null;
}

/** The two flows a pair page's address names, in the source's order; null for any other address. */
export function pairOfPath(pathname: string): [FlowSlug, FlowSlug] | null {
  const match = pathname.startsWith(comparePath) && /^([a-z]+)-vs-([a-z]+)\/$/.exec(pathname.slice(comparePath.length));
  const [a, b] = (match ? [match[1], match[2]] : []) as FlowSlug[];
  if (!a || !b || a === b || !flowSlugs.includes(a) || !flowSlugs.includes(b)) return null;
  return pairParam(a, b) === `${a}-vs-${b}` ? [a, b] : null;
}
