/**
 * Comparing flows: align their steps by id (not by position), then diff each step's text
 * at word level. Pure functions; the pages only lay out what these return.
 */
import { diffWords } from 'diff';
import type { Role } from './schema.ts';
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
    if (groups[groups.length - 1]?.id !== id) {
      groups.push({ id, heading: stageHeading(part, stage), rows: [] });
    }
    groups[groups.length - 1]!.rows.push(row);
  }
  return groups;
}

/** Does this row count as a difference? Punctuation-only changes count unless ignored. */
export function differs(row: PairRow, ignorePunctuation = false): boolean {
  if (row.stageDiffers) return true;
  if (row.difference === 'same') return false;
  return !(ignorePunctuation && row.difference === 'punctuation');
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

/** What kind of difference a differing row is: 内容不同, 只是称谓不同, or 仅标点不同. */
export type DifferenceKind = 'content' | 'names' | 'punctuation';

/**
 * A row whose two texts are the same once every listed name is read as its role (and
 * punctuation is set aside) differs only in what the bodies or people are called. Rows only one
 * flow has, or in different stages, differ in content. The source's words stay as they are: this
 * is only a label.
 */
export function differenceKind(row: PairRow, roles: readonly Role[]): DifferenceKind {
  if (!row.left || !row.right || row.stageDiffers) return 'content';
  return textDifferenceKind(row.left.step.text, row.right.step.text, roles);
}

/** The kind of difference between two texts of the same step (see differenceKind). */
export function textDifferenceKind(left: string, right: string, roles: readonly Role[]): DifferenceKind {
  if (left.replace(punctuation, '') === right.replace(punctuation, '')) return 'punctuation';
  const asRoles = (text: string) => {
    let read = text;
    const names = roles
      .flatMap((role, index) => role.names.map((name) => ({ name, mark: `〔${index}〕` })))
      .sort((a, b) => b.name.length - a.name.length);
    for (const { name, mark } of names) read = read.split(name).join(mark);
    return read.replace(punctuation, '');
  };
  return asRoles(left) === asRoles(right) ? 'names' : 'content';
}

/** One cell of the all-flows matrix: how this flow's wording of the step differs from the usual one. */
export type MatrixCell =
  null | { baseline: number; kind: 'same' } | { baseline: number; kind: DifferenceKind; words: string };

/**
 * For the all-flows matrix: each flow's wording of a row against the wording most flows use
 * (the first flow's, on a tie), named by its kind and, for 内容不同, its own words, shortened.
 * `baseline` is the index of a flow that uses the usual wording.
 */
export function matrixCells(row: AlignedRow, roles: readonly Role[], maxLength = 8): MatrixCell[] {
  const texts = row.cells.map((cell) => cell?.step.text ?? null);
  const counts = new Map<string, number>();
  for (const text of texts) if (text !== null) counts.set(text, (counts.get(text) ?? 0) + 1);
  const usual = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const baseline = texts.indexOf(usual ?? null);
  return texts.map((text) => {
    if (text === null) return null;
    if (text === usual) return { baseline, kind: 'same' };
    const kind = textDifferenceKind(usual!, text, roles);
    const own = diffTexts(usual!, text)
      .right.filter((segment) => segment.change === 'added' && !segment.punctuation)
      .map((segment) => segment.text.replace(/^[\s，。、；：,.;:]+|[\s，。、；：,.;:]+$/gu, ''))
      .filter(Boolean)
      .join('、');
    const words = [...own].length > maxLength ? `${[...own].slice(0, maxLength).join('')}…` : own;
    return { baseline, kind, words };
  });
}
