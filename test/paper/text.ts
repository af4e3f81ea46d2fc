/** The words of a document's print page, as a reader sees them, for tests that compare what papers say. */
import { blocksHtml, headHtml } from '../../src/paper/html.ts';
import type { PaperDocument } from '../../src/paper/model.ts';

export const decodeEntities = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** Every text node of the print page, but what only a screen reader hears. */
export const paperText = (document: PaperDocument) =>
  decodeEntities(
    (headHtml(document) + blocksHtml(document.blocks) + blocksHtml(document.foot ?? []))
      .replace(/<span class="visually-hidden">[^<]*<\/span>/g, '')
      .replace(/<[^>]+>/g, ''),
  );
