/**
 * The meeting kit: which forms a flow's steps call for, read from the flow's own data. The two
 * meetings (召开组织生活会, 党员大会) each get an agenda of their stage's steps; a step that names
 * groups of people gets a name list, one that names what it publishes a 公示 draft, one that sets
 * out a table's columns that table (the 整改清单), and one that makes a 方案 a plan scaffold of its
 * part's steps. Every quote was checked against its step's text when the flow was loaded
 * (src/flows/schema.ts). Pure: a flow in, its forms out, in the order of the steps they serve.
 */
import type { Flow, Part, Stage, Step } from '../flows/model.ts';
import type { StageId } from '../flows/vocabulary.ts';

/** The stages whose meeting gets an agenda: their steps, in order, are its items. */
export const agendaStages: readonly StageId[] = ['convene', 'assembly'];

export type Form =
  /** A meeting's agenda: its stage's steps, verbatim, and who chairs it where the source says. */
  | { kind: 'agenda'; id: string; serves: Step; stage: Stage; items: Step[] }
  /** A name list: the groups the step names, as headings over rows to fill in. */
  | { kind: 'names'; id: string; serves: Step; groups: string[] }
  /** A 公示 draft: what the step says is published, each with room to fill in. */
  | { kind: 'notice'; id: string; serves: Step; publishes: string[] }
  /** A table the step sets out: a section per group, the step's own words as column heads. */
  | { kind: 'table'; id: string; serves: Step; groups: string[]; columns: string[] }
  /** A 方案 scaffold: the steps of the step's part as 工作步骤, with time and person to fill in. */
  | { kind: 'plan'; id: string; serves: Step; makes: string; steps: Step[] };

const stepsOfPart = (part: Part) => part.stages.flatMap((stage) => stage.steps);

export function formsOf(flow: Flow): Form[] {
  const forms: Form[] = [];
  for (const part of flow.parts) {
    for (const stage of part.stages) {
      if (agendaStages.includes(stage.id)) {
        forms.push({ kind: 'agenda', id: `${stage.id}-agenda`, serves: stage.steps[0]!, stage, items: stage.steps });
      }
      for (const step of stage.steps) {
        const paper = step.paper;
        if (!paper) continue;
        const plan = paper.makes?.find((made) => made.endsWith('方案'));
        if (plan) forms.push({ kind: 'plan', id: step.id, serves: step, makes: plan, steps: stepsOfPart(part) });
        if (paper.publishes) forms.push({ kind: 'notice', id: step.id, serves: step, publishes: paper.publishes });
        if (paper.groups && paper.columns) {
          forms.push({ kind: 'table', id: step.id, serves: step, groups: paper.groups, columns: paper.columns });
        } else if (paper.groups) {
          forms.push({ kind: 'names', id: step.id, serves: step, groups: paper.groups });
        }
      }
    }
  }
  return forms;
}

/**
 * What a step calls for, as its page and handout say under it: what must be ready (需要准备: its
 * needs, and what it publishes) and what it produces (形成材料), each in its own words.
 */
export function papersOf(step: Step): { needs: string[]; makes: string[] } {
  return { needs: [...(step.paper?.needs ?? []), ...(step.paper?.publishes ?? [])], makes: step.paper?.makes ?? [] };
}

/** The forms that serve a step (shown under it on the flow page). */
export function formsServing(forms: readonly Form[], step: Step): Form[] {
  return forms.filter((form) => form.serves.id === step.id);
}
