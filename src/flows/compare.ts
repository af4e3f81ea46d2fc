/**
 * Comparing flows: align their steps by id (not by position), then diff each step's text
 * at word level. Pure functions; the pages only lay out what these return.
 */
import { diffWords } from 'diff';
import { stageHeading, stepsOf, type Flow, type Placement } from './model.ts';
import { flowSlugs, type FlowSlug } from './vocabulary.ts';

/** One step across several flows: null where a flow has no such step. */
export interface AlignedRow {
  id: string;
  cells: (Placement | null)[];
}

/**
 * Rows in reading order. A step that the first flows lack is placed just before the next
 * step (of its own flow) that is already placed, so it stays among its neighbours.
 */
export function alignFlows(flows: readonly Flow[]): AlignedRow[] {
  const order: string[] = [];
  for (const flow of flows) {
    const ids = stepsOf(flow).map(({ step }) => step.id);
    ids.forEach((id, index) => {
      if (order.includes(id)) return;
      const next = ids.slice(index + 1).find((later) => order.includes(later));
      order.splice(next === undefined ? order.length : order.indexOf(next), 0, id);
    });
  }
  const placements = flows.map((flow) => new Map(stepsOf(flow).map((p) => [p.step.id, p])));
  return order.map((id) => ({ id, cells: placements.map((byId) => byId.get(id) ?? null) }));
}

export interface Segment {
  text: string;
  /** removed: only in the left text; added: only in the right one. */
  change: 'same' | 'removed' | 'added';
  /** A change made of punctuation alone (，vs 。). */
  punctuation: boolean;
}

export type TextDifference = 'same' | 'punctuation' | 'wording';

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const punctuation = /[\p{P}\s]/gu;
const isPunctuation = (text: string) => text.replace(punctuation, '') === '';

/** Word-level diff of two texts: the left side's segments and the right side's. */
export function diffTexts(
  left: string,
  right: string,
): {
  difference: TextDifference;
  left: Segment[];
  right: Segment[];
} {
  if (left === right) {
    const same = [{ text: left, change: 'same', punctuation: false } as const];
    return { difference: 'same', left: [...same], right: [...same] };
  }
  const parts = diffWords(left, right, { intlSegmenter: segmenter });
  const segment = (part: (typeof parts)[number]): Segment => ({
    text: part.value,
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
    punctuation: (part.added || part.removed) && isPunctuation(part.value),
  });
  return {
    difference: left.replace(punctuation, '') === right.replace(punctuation, '') ? 'punctuation' : 'wording',
    left: parts.filter((part) => !part.added).map(segment),
    right: parts.filter((part) => !part.removed).map(segment),
  };
}

export type RowDifference = TextDifference | 'only-left' | 'only-right';

export interface PairRow {
  id: string;
  /** Where the step sits in the first flow (in source order) that has it: rows group by this. */
  home: Placement;
  left: Placement | null;
  right: Placement | null;
  difference: RowDifference;
  /** Both have the step, but in different stages (the 非公 flow moves some). */
  stageDiffers: boolean;
  leftSegments: Segment[];
  rightSegments: Segment[];
}

/** Where each step sits in the first flow that has it, in the order of all flows' rows. */
export function homes(flows: readonly Flow[]): Map<string, Placement> {
  return new Map(alignFlows(flows).map((row) => [row.id, row.cells.find((cell) => cell !== null)!]));
}

/**
 * Two flows step by step. Rows follow the order of all flows together (`reference`), so
 * every pair page lists the same steps in the same places.
 */
export function comparePair(left: Flow, right: Flow, reference: readonly Flow[]): PairRow[] {
  const home = homes(reference);
  const byId = (flow: Flow) => new Map(stepsOf(flow).map((placement) => [placement.step.id, placement]));
  const [a, b] = [byId(left), byId(right)];
  const missing = [...a.keys(), ...b.keys()].filter((id) => !home.has(id));
  if (missing.length) throw new Error(`comparePair: steps not in the reference flows: ${missing.join(', ')}`);
  return [...home.keys()]
    .filter((id) => a.has(id) || b.has(id))
    .map((id) => row(id, home.get(id)!, a.get(id) ?? null, b.get(id) ?? null));
}

function row(id: string, home: Placement, a: Placement | null, b: Placement | null): PairRow {
  if (!a || !b) {
    const only = (a ?? b)!;
    const segments = [{ text: only.step.text, change: a ? 'removed' : 'added', punctuation: false } as const];
    return {
      id,
      home,
      left: a,
      right: b,
      difference: a ? 'only-left' : 'only-right',
      stageDiffers: false,
      leftSegments: a ? [...segments] : [],
      rightSegments: b ? [...segments] : [],
    };
  }
  const diff = diffTexts(a.step.text, b.step.text);
  return {
    id,
    home,
    left: a,
    right: b,
    difference: diff.difference,
    stageDiffers: a.stage.id !== b.stage.id,
    leftSegments: diff.left,
    rightSegments: diff.right,
  };
}

export interface StageGroup<T> {
  /** "meeting-mobilize": unique on a page, for ids. */
  id: string;
  /** "一、专题组织生活会 · 组织动员". */
  heading: string;
  rows: T[];
}

/** Consecutive rows whose home is the same stage, under that stage's heading. */
export function groupByStage<T>(rows: readonly T[], homeOf: (row: T) => Placement): StageGroup<T>[] {
  const groups: StageGroup<T>[] = [];
  for (const row of rows) {
    const { part, stage } = homeOf(row);
    const id = `${part.id}-${stage.id}`;
    if (groups.at(-1)?.id !== id) {
      groups.push({ id, heading: stageHeading(part, stage), rows: [] });
    }
    groups.at(-1)!.rows.push(row);
  }
  return groups;
}

/** Does this row count as a difference? Punctuation-only changes count unless ignored. */
export function differs(row: PairRow, ignorePunctuation = false): boolean {
  if (row.stageDiffers) return true;
  if (row.difference === 'same') return false;
  return !(ignorePunctuation && row.difference === 'punctuation');
}

/**
 * For the all-flows matrix: for each row, which wording each flow uses, as an index into
 * the row's distinct texts (0 = the first flow's wording), or null where it has no such step.
 */
export function wordingVariants(row: AlignedRow): (number | null)[] {
  const texts: string[] = [];
  return row.cells.map((cell) => {
    if (!cell) return null;
    const index = texts.indexOf(cell.step.text);
    if (index >= 0) return index;
    texts.push(cell.step.text);
    return texts.length - 1;
  });
}

/** The 15 pairs, each named with the flow that comes first in the source order. */
export function flowPairs(): [FlowSlug, FlowSlug][] {
  return flowSlugs.flatMap((a, i) => flowSlugs.slice(i + 1).map((b) => [a, b] as [FlowSlug, FlowSlug]));
}

/** The words only one side of a row has (separators at their ends left out), each run of them once. */
export interface RowGist {
  left: string[];
  right: string[];
}

export function rowGist(row: PairRow): RowGist {
  const own = (segments: Segment[], change: Segment['change']) => [
    ...new Set(
      segments
        .filter((segment) => segment.change === change && !segment.punctuation)
        .map((segment) => segment.text.replace(/^[\s，。、；：,.;:]+|[\s，。、；：,.;:]+$/gu, ''))
        .filter(Boolean),
    ),
  ];
  if (row.difference === 'only-left' || row.difference === 'only-right') return { left: [], right: [] };
  return { left: own(row.leftSegments, 'removed'), right: own(row.rightSegments, 'added') };
}
