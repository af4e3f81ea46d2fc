/**
 * What search can find: every step and every stage note, as the reader sees them on the
 * flow pages. Built once at build time and served as JSON to the search page, where it
 * checks each Pagefind hit (and fills in any Pagefind missed).
 */
import { stageHeading, stepsOf, type Flow } from '../flows/model.ts';
import type { StageId } from '../flows/vocabulary.ts';
import { quotesOf } from '../flows/rules.ts';
import { gradingOf, type Grading } from '../review/grading.ts';
import type { RulesFile } from '../flows/schema.ts';
import { formDocument } from '../kit/papers.ts';
import { formsOf } from '../kit/forms.ts';
import { quotePath, formPath, partPath, stagePath, stepPath } from '../site/urls.ts';
import type { DocumentKind } from './match.ts';
import { commonWords } from '../words/common.ts';
import { kitWords } from '../words/kit.ts';

export interface SearchDocument {
  /** Where the hit lands: the step (or stage) on its flow page. */
  url: string;
  /** A step of the source, a form of the meeting kit, an article quoted as 依据, or the site's own note on a stage. */
  kind: DocumentKind;
  /** The flow it belongs to; '' for an article, which bears on every flow. */
  flow: string;
  orgType: string;
  /** Part, stage and step number, e.g. "一、专题组织生活会 · 组织动员 · 第4步". */
  where: string;
  title: string;
  /** The text shown on the page, in which every search term must occur. */
  text: string;
}

export function searchDocuments(
  flows: readonly Flow[],
  notes: Record<StageId, string>,
  rules: RulesFile,
): SearchDocument[] {
  const articles = quotesOf(rules).map(({ quote }): SearchDocument => ({
    url: quotePath(quote.ref),
    kind: 'rule',
    flow: '',
    orgType: commonWords.basis.tag,
    where: commonWords.basis.cite(quote),
    title: quote.name,
    text: quote.paragraphs.join(''),
  }));
  return [...flowDocuments(flows, notes, gradingOf(rules)), ...articles];
}

function flowDocuments(flows: readonly Flow[], notes: Record<StageId, string>, grading: Grading): SearchDocument[] {
  return flows.flatMap((flow) => {
    const documents: SearchDocument[] = [];
    let lastStage = '';
    for (const { part, stage, step } of stepsOf(flow)) {
      const heading = stageHeading(part, stage);
      if (stage.id !== lastStage) {
        lastStage = stage.id;
        documents.push({
          url: stage.title ? stagePath(flow.slug, stage.id) : partPath(flow.slug, part.id),
          kind: 'note',
          flow: flow.slug,
          orgType: flow.orgType,
          where: `${heading} · ${commonWords.siteNote}`,
          title: stage.title ?? part.title,
          text: notes[stage.id],
        });
      }
      documents.push({
        url: stepPath(flow.slug, step.id),
        kind: 'step',
        flow: flow.slug,
        orgType: flow.orgType,
        where: `${heading} · ${commonWords.stepOrdinal(step.number)}`,
        title: step.label,
        text: step.text,
      });
    }
    // Each form of the meeting kit, found by its title and the source's words on it.
    for (const form of formsOf(flow)) {
      const { title, blocks } = formDocument(form, {}, grading);
      documents.push({
        url: formPath(flow.slug, form.id),
        kind: 'form',
        flow: flow.slug,
        orgType: flow.orgType,
        where: `${kitWords.heading} · ${kitWords.serves(form.serves.number, form.serves.label)}`,
        title,
        text: [title, ...blocks.flatMap((block) => (block.type === 'heading' ? [block.text] : []))].join('；'),
      });
    }
    return documents;
  });
}
