/**
 * Every address of the site, in one place: pages, step and stage anchors, files. Pages,
 * components, search documents, chart links and the bench ask this module; none writes a
 * site path itself.
 */
import type { QuoteRef } from '../flows/rules.ts';
import { flowSlugs, type FlowSlug, type PartId, type StageId } from '../flows/vocabulary.ts';

export const homePath = '/';
export const comparePath = '/compare/';
export const searchPagePath = '/search/';
export const sourcePath = '/source/';
/** 依据: the rule texts quoted beside the steps. */
export const rulesPath = '/rules/';
export const sourceTextPath = '/source.txt';
/** What search reads: one file for each flow, one for the rest (the rule texts), so a device
 * can hold the part it has read. */
export const searchDocumentsPath = (slug?: FlowSlug) => `/search/documents/${slug ?? 'site'}.json`;
export const pagefindPath = '/pagefind/';
/** The search that loads Pagefind's index and every flow page's fragment, run before the reader's first. */
export const pagefindWarmQuery = '"党员"';
export const notFoundPath = '/404.html';
/** The page the web server gives an address too long to read (src/deploy/nginx.conf). */
export const tooLongPath = '/414/';
/** What the service worker shows for a page it has not saved, when there is no network. */
export const offlinePath = '/offline/';
/** Every file the site offers for offline use, with a hash and a size (read by the service worker). */
export const offlineManifestPath = '/offline.json';
export const manifestPath = '/manifest.webmanifest';
export const serviceWorkerPath = '/sw.js';
/** The picture a shared link shows: one for each flow, one for the rest of the site. */
export const shareCardPath = (slug?: FlowSlug) => (slug ? `${flowPath(slug)}share.png` : '/share.png');
/** The app icons (made from the favicon), in the sizes the manifest lists. */
export const appIconPath = (size: 192 | 512) => `/icons/icon-${size}.png`;

/** Element ids (without #) that deep links land on. */
export const anchors = {
  step: (stepId: string) => stepId,
  stage: (stageId: StageId) => `stage-${stageId}`,
  part: (partId: PartId) => `part-${partId}`,
  /** The step-by-step guide on a flow page (the chart's text alternative). */
  guide: 'guide',
  /** A quote on the rules page: article-17, guidance-grades. */
  quote: (ref: QuoteRef) => ('article' in ref ? `article-${ref.article}` : `guidance-${ref.guidance}`),
  /** An erratum's row on the source page. */
  erratum: (slug: FlowSlug, stepId: string) => `erratum-${slug}-${stepId}`,
} as const;

export const flowPath = (slug: FlowSlug) => `/flows/${slug}/`;
export const stepPath = (slug: FlowSlug, stepId: string) => `${flowPath(slug)}#${anchors.step(stepId)}`;
export const stagePath = (slug: FlowSlug, stageId: StageId) => `${flowPath(slug)}#${anchors.stage(stageId)}`;
export const partPath = (slug: FlowSlug, partId: PartId) => `${flowPath(slug)}#${anchors.part(partId)}`;
export const quotePath = (ref: QuoteRef) => `${rulesPath}#${anchors.quote(ref)}`;
/** The erratum that corrects a step's text, on the source page. */
export const erratumPath = (slug: FlowSlug, stepId: string) => `${sourcePath}#${anchors.erratum(slug, stepId)}`;
/** A flow's chart as an SVG file: fetched by the flow page when the chart is wanted. */
export const chartSvgPath = (slug: FlowSlug) => `${flowPath(slug)}chart.svg`;
export const handoutPath = (slug: FlowSlug) => `${flowPath(slug)}print/`;
/** The handout's own page footer (flow and address), a stylesheet per flow. */
export const handoutFooterStylesPath = (slug: FlowSlug) => `${handoutPath(slug)}page.css`;
/** The chart on a page of its own: what a page without JavaScript links to. */
export const chartPath = (slug: FlowSlug) => `${flowPath(slug)}chart/`;
/** The handout as a Word file, to edit and print in Word or WPS. */
export const wordHandoutPath = (slug: FlowSlug) => `${flowPath(slug)}handout.docx`;
/** The meeting kit: a flow's forms (src/kit/), each a print page and a Word file. */
export const kitPath = (slug: FlowSlug) => `${flowPath(slug)}kit/`;
export const formPath = (slug: FlowSlug, formId: string) => `${kitPath(slug)}${formId}/`;
export const formWordPath = (slug: FlowSlug, formId: string) => `${kitPath(slug)}${formId}.docx`;
/** What every form of a flow needs to be filled in on the device (src/kit/fill-data.ts). */
export const kitFillDataPath = (slug: FlowSlug) => `${kitPath(slug)}fill.json`;
/** 本支部信息: the branch's own details, kept on the reader's device, which fill every form. */
export const branchPath = (slug: FlowSlug) => `${flowPath(slug)}branch/`;
/** 民主评议: the count of the ballots and the grades, kept on the reader's device. */
export const reviewPath = (slug: FlowSlug) => `${flowPath(slug)}review/`;
/** 整改台账: opinions, problems and their 整改, kept on the reader's device. */
export const ledgerPath = (slug: FlowSlug) => `${flowPath(slug)}rectify/`;
/** The forms' column widths, one stylesheet for every form (src/paper/columns.ts). */
export const formStylesPath = '/kit.css';

/** The two flows of a pair in the source's order: each pair has one page. */
export function pairOrder(a: FlowSlug, b: FlowSlug): [FlowSlug, FlowSlug] {
  return flowSlugs.indexOf(a) <= flowSlugs.indexOf(b) ? [a, b] : [b, a];
}
/** The route parameter of a pair page: "village-vs-school". */
export const pairParam = (a: FlowSlug, b: FlowSlug) => pairOrder(a, b).join('-vs-');
export const pairPath = (a: FlowSlug, b: FlowSlug) => `${comparePath}${pairParam(a, b)}/`;
export const pairRowPath = (a: FlowSlug, b: FlowSlug, stepId: string) => `${pairPath(a, b)}#${anchors.step(stepId)}`;

/** A search page address; `org` narrows it to one flow. */
export function searchPath({ q, org }: { q?: string | undefined; org?: FlowSlug | undefined } = {}): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (org) params.set('org', org);
  const query = params.toString();
  return query ? `${searchPagePath}?${query}` : searchPagePath;
}

/** The full address, where the deployed site is known (SITE at build time); else the path. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return site ? new URL(path, site).href : path;
}
