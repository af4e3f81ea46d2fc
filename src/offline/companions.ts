/**
 * What else a page needs offline, beyond its own file and the site's shell: a flow page brings
 * its chart's SVG file, its handout (with its page footer's stylesheet), its Word file and its search data, so that the
 * paper for the meeting and a search of the flow work without a network once the page has been
 * read; a form of the meeting kit brings its Word file, the forms' stylesheet and what the flow's
 * forms share to be filled in.
 */
import { flowSlugs, type FlowSlug } from '../flows/vocabulary.ts';
import {
  chartSvgPath,
  flowPath,
  formStylesPath,
  formWordPath,
  handoutFooterStylesPath,
  handoutPath,
  kitFillDataPath,
  kitPath,
  searchDocumentsPath,
  wordHandoutPath,
} from '../site/urls.ts';

export function companionsOf(pagePath: string): string[] {
  const flow = flowSlugs.find((candidate: FlowSlug) => pagePath === flowPath(candidate));
  if (flow)
    return [
      chartSvgPath(flow),
      handoutPath(flow),
      handoutFooterStylesPath(flow),
      wordHandoutPath(flow),
      searchDocumentsPath(flow),
    ];
  for (const slug of flowSlugs) {
    const form = pagePath.startsWith(kitPath(slug)) && /^([a-z0-9-]+)\/$/.exec(pagePath.slice(kitPath(slug).length));
    if (form) return [formWordPath(slug, form[1]!), formStylesPath, kitFillDataPath(slug)];
  }
  return [];
}
