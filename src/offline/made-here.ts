/**
 * What is made on the reader's device instead of kept: offline, a file of the site this device
 * has not kept, which a saved page can make, is made from that page. 保存全部 keeps the pages that
 * make them, and each of these files only once it is read:
 * - a pair comparison (15 pages at six flows, growing with the square of the flows) is answered
 *   with the page that draws any pair from every flow's data (src/scripts/compare-pair.ts);
 * - a form of the kit (24 pages a flow) is answered with its flow's page that draws any of its
 *   forms from the flow's forms' one file (src/scripts/form-made-here.ts);
 * - a flow's chart file is the drawing its chart page holds, cut from that page by the service
 *   worker: the same bytes (the chart page shows the file's SVG as it is, src/components/FlowChart.astro).
 */
import { flowSlugs, type FlowSlug } from '../flows/vocabulary.ts';
import type { FormRef } from '../kit/fill-data.ts';
import { chartPath, chartSvgPath, comparePath, kitPath, pairParam } from '../site/urls.ts';

// The addresses of what makes them, here rather than in ../site/urls.ts, which every page's
// scripts load: only the worker and the pages made here need them.

/** Every flow and the roles: what a pair comparison is made from on the device (src/pages/compare/flows.json.ts). */
export const compareDataPath = `${comparePath}flows.json`;
/** The page that draws, offline, a pair comparison this device has not kept (src/pages/compare/made-here/). */
export const pairMadeHerePath = `${comparePath}made-here/`;
/** The page that draws, offline, a form of the flow this device has not kept (src/pages/flows/[slug]/kit/made-here/). */
export const formMadeHerePath = (slug: FlowSlug) => `${kitPath(slug)}made-here/`;

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

/** A page that makes others (not one a reader asks for). */
export const isMakerPage = (path: string): boolean =>
  path === pairMadeHerePath || flowSlugs.some((slug) => path === formMadeHerePath(slug));

/** How `path` is made on the device, or null where it is kept as it is. */
export function madeHereBy(path: string): MadeHere | null {
  if (pairOfPath(path)) return { page: pairMadeHerePath };
  const form = formOfPath(path);
  if (form) return { page: formMadeHerePath(form.slug) };
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

/** The form a form page's address names (its flow and id), or null for any other address. */
export function formOfPath(pathname: string): FormRef | null {
  const slug = flowSlugs.find((candidate) => pathname.startsWith(kitPath(candidate)));
  const rest = slug && pathname.slice(kitPath(slug).length);
  const id = rest && /^([a-z0-9-]+)\/$/.exec(rest)?.[1];
  return slug && id && pathname !== formMadeHerePath(slug) ? { slug, id } : null;
}
