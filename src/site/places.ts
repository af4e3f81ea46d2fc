/** A step's place in words, as the pages show it (the model itself speaks no interface words). */
import type { Flow, Placement } from '../flows/model.ts';
import { commonWords } from '../words/common.ts';

/** "组织动员 · 第4步": a step's place, short. */
export function placeLabel({ stage, step }: Placement): string {
  return stage.title
    ? `${stage.title} · ${commonWords.stepOrdinal(step.number)}`
    : commonWords.stepOrdinal(step.number);
}

/**
 * "第19步/共28步 · 党员大会": a step's place, the number first (the part that matters when
 * large text leaves room for little), for "you are here".
 */
export function fullPlaceLabel(flow: Flow, { part, stage, step }: Placement): string {
  return `${commonWords.stepOfTotal(step.number, flow.stepCount)} · ${stage.title ?? part.heading}`;
}
