/**
 * What search can find: every step and every stage note, as the reader sees them on the
 * flow pages. Built once at build time and served as JSON to the search page, where it
 * checks each Pagefind hit (and fills in any Pagefind missed).
 */
import { stepsOf, type Flow } from '../flows/load.ts';
import { partHeading, type StageId } from '../flows/vocabulary.ts';

export interface SearchDocument {
  /** Where the hit lands: the step (or stage) on its flow page. */
  url: string;
  flow: string;
  orgType: string;
  /** Part, stage and step number, e.g. "一、专题组织生活会 › 组织动员 › 第4步". */
  where: string;
  title: string;
  /** The text shown on the page, in which every search term must occur. */
  text: string;
}

export function searchDocuments(flows: readonly Flow[], notes: Record<StageId, string>): SearchDocument[] {
  return flows.flatMap((flow) => {
    const documents: SearchDocument[] = [];
    let lastStage = '';
    for (const { part, stage, step } of stepsOf(flow)) {
      const stagePath = [partHeading(part.id), ...(stage.title ? [stage.title] : [])].join(' › ');
      if (stage.id !== lastStage) {
        lastStage = stage.id;
        documents.push({
          url: `/flows/${flow.slug}/#${stage.title ? `stage-${stage.id}` : `part-${part.id}`}`,
          flow: flow.slug,
          orgType: flow.orgType,
          where: `${stagePath} › 本站说明`,
          title: stage.title ?? part.title,
          text: notes[stage.id],
        });
      }
      documents.push({
        url: `/flows/${flow.slug}/#${step.id}`,
        flow: flow.slug,
        orgType: flow.orgType,
        where: step.number === null ? stagePath : `${stagePath} › 第${step.number}步`,
        title: step.label,
        text: step.text,
      });
    }
    return documents;
  });
}
