/**
 * What else a page needs offline, beyond its own file and the site's shell: a flow page brings
 * its handout (with its page footer's stylesheet), its Word file and its search data, so that the paper for the meeting and a search
 * of the flow work without a network once the page has been read.
 */
import { flowSlugs, type FlowSlug } from '../flows/vocabulary.ts';
import { flowPath, handoutFooterStylesPath, handoutPath, searchDocumentsPath, wordHandoutPath } from '../site/urls.ts';

export function companionsOf(pagePath: string): string[] {
  const slug = flowSlugs.find((candidate: FlowSlug) => pagePath === flowPath(candidate));
  return slug
    ? [handoutPath(slug), handoutFooterStylesPath(slug), wordHandoutPath(slug), searchDocumentsPath(slug)]
    : [];
}
