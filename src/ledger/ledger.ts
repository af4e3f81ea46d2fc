/**
 * 整改台账: a branch's opinions (意见建议, each from one of those the 征求意见 step asks), the
 * problems they are gathered into (each the 班子's or one member's: the groups of the 整改 step),
 * and each problem's 整改 under the step's own column heads (整改目标、整改措施、责任主体, and the
 * 整改时限 as a day), with its status (未开始, 进行中, 已完成 with the day and a short 完成情况).
 * Pure rules: what may be stored (cleanLedger), what is 逾期 (today in China, after the 时限, not
 * done), the counts the flow page shows, and the list carried into a new year.
 */
import { isName } from '../branch/branch.ts';
import { stepsOf, type Flow } from '../flows/model.ts';
import { isCalendarDate } from '../plan/dates.ts';
import { cleanLine } from '../plan/reader-text.ts';
import type { CarriedKind } from '../site/carried.ts';

export interface Opinion {
  id: number;
  /** Whom it came from: one of those the 征求意见 step asks, in its words. */
  source: string;
  text: string;
  /** The problem it was gathered into. */
  problem?: number;
}

export type Status = 'doing' | 'done';

export interface Problem {
  id: number;
  /** 班子 or 党员个人: the 整改 step's groups, in its words. */
  group: string;
  /** The member whose problem it is, where the group is one member's. */
  member?: string;
  text: string;
  /** 整改目标、整改措施、责任主体: by the column's words. */
  fields?: Record<string, string>;
  /** 整改时限: yyyy-mm-dd. */
  due?: string;
  /** 未开始 where absent. */
  status?: Status;
  /** The day it was done, and what was done (完成情况). */
  doneOn?: string;
  outcome?: string;
}

export interface Ledger {
  /** The year the list is for (a new year's list carries the items not done). */
  year?: number;
  opinions?: Opinion[];
  problems?: Problem[];
}

/** What the flow's steps say a ledger holds: whom opinions come from, the groups, and the columns. */
export interface LedgerShape {
  sources: readonly string[];
  groups: readonly string[];
  /** The 整改 step's column heads; the one that is a deadline (ends with 时限) is kept as a day. */
  columns: readonly string[];
}

/** The column of a 整改 table that is its deadline (整改时限): a day, and what makes an item 逾期. */
export const isDeadline = (column: string) => column.endsWith('时限');

/** The group of a 整改清单 whose problems are each one member's (党员个人): its rows have a 姓名. */
export const isIndividual = (group: string) => group.endsWith('个人');

export const ledgerLimits = { opinions: 200, problems: 100, text: 500, field: 200, outcome: 300 } as const;

const asObject = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const isId = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 1e6;

function cleanOpinion(value: unknown, shape: LedgerShape): Opinion | null {
  const data = asObject(value);
  const text = cleanLine(data.text, ledgerLimits.text);
  if (!isId(data.id) || !text || typeof data.source !== 'string' || !shape.sources.includes(data.source)) return null;
  const opinion: Opinion = { id: data.id, source: data.source, text };
  if (isId(data.problem)) opinion.problem = data.problem;
  return opinion;
}

function cleanProblem(value: unknown, shape: LedgerShape): Problem | null {
  const data = asObject(value);
  const text = cleanLine(data.text, ledgerLimits.text);
  if (!isId(data.id) || !text || typeof data.group !== 'string' || !shape.groups.includes(data.group)) return null;
  const problem: Problem = { id: data.id, group: data.group, text };
  const member = cleanLine(data.member, 21);
  if (isName(member)) problem.member = member;
  const fields: Record<string, string> = {};
  const stored = asObject(data.fields);
  for (const column of shape.columns.filter((each) => !isDeadline(each))) {
    const field = cleanLine(stored[column], ledgerLimits.field);
    if (field) fields[column] = field;
  }
  if (Object.keys(fields).length) problem.fields = fields;
  if (isCalendarDate(data.due)) problem.due = data.due;
  if (data.status === 'doing' || data.status === 'done') problem.status = data.status;
  if (problem.status === 'done' && isCalendarDate(data.doneOn)) problem.doneOn = data.doneOn;
  const outcome = cleanLine(data.outcome, ledgerLimits.outcome);
  if (outcome) problem.outcome = outcome;
  return problem;
}

const present = <T>(value: T | null): value is T => value !== null;

/**
 * Keeps only what can be true of this flow's ledger: whom the flow asks, its groups and columns;
 * texts of one line within the limits (format and bidi characters removed); real days; each id
 * once. Everything else is left out (and the caller, comparing, knows the record was not whole).
 */
export function cleanLedger(data: unknown, shape: LedgerShape): Ledger {
  const record = asObject(data);
  const ledger: Ledger = {};
  if (typeof record.year === 'number' && Number.isInteger(record.year) && record.year >= 2000 && record.year <= 2099)
    ledger.year = record.year;
  const once = <T extends { id: number }>(list: T[]) =>
    list.filter((item, index) => list.findIndex((other) => other.id === item.id) === index);
  const problems = once(
    asArray(record.problems)
      .slice(0, ledgerLimits.problems)
      .map((value) => cleanProblem(value, shape))
      .filter(present),
  );
  const ids = new Set(problems.map(({ id }) => id));
  const opinions = once(
    asArray(record.opinions)
      .slice(0, ledgerLimits.opinions)
      .map((value) => cleanOpinion(value, shape))
      .filter(present),
  ).map((opinion) => {
    if (opinion.problem !== undefined && !ids.has(opinion.problem)) delete opinion.problem;
    return opinion;
  });
  if (opinions.length) ledger.opinions = opinions;
  if (problems.length) ledger.problems = problems;
  return ledger;
}

/** The next id for a list: one more than the largest. */
export const nextId = (list: readonly { id: number }[] = []) => Math.max(0, ...list.map(({ id }) => id)) + 1;

/** Past its 时限 (today, in China) and not done. */
export const isOverdue = (problem: Problem, today: string) =>
  problem.status !== 'done' && !!problem.due && problem.due < today;

/** How many problems the ledger holds, how many are done, and which are 逾期. */
export function ledgerCounts(ledger: Ledger, today: string) {
  const problems = ledger.problems ?? [];
  return {
    all: problems.length,
    done: problems.filter((problem) => problem.status === 'done').length,
    overdue: problems.filter((problem) => isOverdue(problem, today)),
  };
}

/**
 * A new year's list: the problems not done, as they stand (their opinions, which were last year's,
 * stay behind with the done ones in the file she keeps).
 */
export function carriedInto(ledger: Ledger, year: number): Ledger {
  const open = (ledger.problems ?? []).filter((problem) => problem.status !== 'done');
  return { year, ...(open.length ? { problems: open } : {}) };
}

export const isEmptyLedger = (ledger: Ledger) => Object.keys(ledger).length === 0;

/**
 * What a flow's steps say its ledger holds: whom its 征求意见 step asks (asks), and the groups and
 * columns of its 整改 step (the table whose columns have a deadline). Null where the flow has none.
 */
export function ledgerShapeOf(flow: Flow): LedgerShape | null {
  const steps = stepsOf(flow).map(({ step }) => step);
  const rectify = steps.find((step) => step.paper?.groups && step.paper.columns?.some(isDeadline));
  if (!rectify) return null;
  return {
    sources: steps.flatMap((step) => step.paper?.asks ?? []),
    groups: rectify.paper!.groups!,
    columns: rectify.paper!.columns!,
  };
}

/** Where a link carries a 整改台账: #ledger=1.… */
export const ledgerLinkKey = 'ledger=';

/** The 整改台账 as a record carried to another device (src/site/carried.ts). */
export const ledgerCarried = (shape: LedgerShape): CarriedKind<Ledger> => ({
  format: 'zuzhi-shenghuohui/ledger',
  version: 1,
  linkKey: ledgerLinkKey,
  field: 'ledger',
  maxLength: 512 * 1024,
  clean: (data) => cleanLedger(data, shape),
});
