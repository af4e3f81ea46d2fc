/**
 * A flow as the pages use it, and the pure helpers over it: steps in reading order,
 * the one flow-wide numbering and lookups. Imports no file reading: the loader (load.ts)
 * validates files and hands their data to `buildFlow`; and no interface words (a step's place
 * in words is src/site/places.ts).
 */
import type { FlowFile, Paper } from './schema.ts';
import {
  orgShortNames,
  orgTypes,
  partHeading,
  parts,
  stages,
  type FlowSlug,
  type PartId,
  type StageId,
} from './vocabulary.ts';

export interface Step {
  id: string;
  /** The step's place in the whole flow, 1…N: the number every view shows. */
  number: number;
  /** The number the source prints in the step's box (it restarts in every stage); null for part 三. */
  sourceNumber: number | null;
  /** Short label for chart nodes and lists. */
  label: string;
  /** The full text, as in the source after errata. */
  text: string;
  /** The papers the step calls for, quoted from its text (see src/flows/schema.ts). */
  paper?: Paper | undefined;
}

export interface Stage {
  id: StageId;
  /** null for part 三, which the source gives as one box with no stage label. */
  title: string | null;
  chair: string | null;
  steps: Step[];
}

export interface Part {
  id: PartId;
  numeral: string;
  title: string;
  /** "一、专题组织生活会". */
  heading: string;
  stages: Stage[];
}

export interface Flow {
  slug: FlowSlug;
  orgType: string;
  shortName: string;
  title: string;
  parts: Part[];
  /** How many steps the flow has (its last step's number). */
  stepCount: number;
}

/** Where a step sits in its flow. */
export interface Placement {
  part: Part;
  stage: Stage;
  step: Step;
}

/** Turns a validated flow file into the shape pages lay out: titles and numbers filled in. */
export function buildFlow(slug: FlowSlug, data: FlowFile): Flow {
  let number = 0;
  const built = data.parts.map((part): Part => ({
    id: part.part,
    ...parts[part.part],
    heading: partHeading(part.part),
    stages: part.stages.map((stage) => ({
      id: stage.stage,
      title: stages[stage.stage].title,
      chair: stage.chair ?? null,
      steps: stage.items.map((item, index) => ({
        ...item,
        number: ++number,
        sourceNumber: stages[stage.stage].title === null ? null : index + 1,
      })),
    })),
  }));
  return {
    slug,
    orgType: orgTypes[slug],
    shortName: orgShortNames[slug],
    title: data.title,
    parts: built,
    stepCount: number,
  };
}

/** Every step of a flow in reading order, with the stage and part it belongs to. */
export function stepsOf(flow: Flow): Placement[] {
  return flow.parts.flatMap((part) =>
    part.stages.flatMap((stage) => stage.steps.map((step) => ({ part, stage, step }))),
  );
}

export function findStep(flow: Flow, stepId: string): Placement | undefined {
  return stepsOf(flow).find(({ step }) => step.id === stepId);
}

export function flowBySlug(flows: readonly Flow[], slug: string): Flow {
  const flow = flows.find((candidate) => candidate.slug === slug);
  if (!flow) throw new Error(`No flow "${slug}".`);
  return flow;
}

/** "一、专题组织生活会 · 组织动员", or just the part heading for part 三. */
export function stageHeading(part: Part, stage: Stage): string {
  return stage.title ? `${part.heading} · ${stage.title}` : part.heading;
}

/** The first and last step numbers of a stage. */
export function stepRange(stage: Stage): [number, number] {
  return [stage.steps[0]!.number, stage.steps[stage.steps.length - 1]!.number];
}
