/**
 * A branch's 民主评议 on the reader's device: the ballots given out and returned, the count of the
 * ballots (as counts per member and grade, from tallies made on paper, or ballot by ballot), each
 * 正式党员's grade as decided, and when each member was told (反馈本人). Pure rules: what may be
 * stored (cleanReview), the count from either way of entering it (tallyOf), what cannot be right
 * (tallyProblems) and the guide figure for the top grade (topShare). Members are named as in
 * 本支部信息; a 预备党员 is not graded.
 */
import type { Member } from '../branch/branch.ts';
import { isName, limits } from '../branch/branch.ts';
import { isCalendarDate } from '../plan/dates.ts';
import { overShare, type Grading } from './grading.ts';

/** One ballot entered: the grade ticked for each member (a member left blank is not in it). */
export type Ballot = Record<string, string>;

export interface Review {
  /** Ballots given out (发出票数) and returned (收回票数). */
  issued?: number;
  returned?: number;
  /** How the count is entered: ballot by ballot (逐张录入); else as counts. */
  method?: 'ballots';
  /** The count per member: ballots for each grade, by the grade's words. */
  counts?: Record<string, Record<string, number>>;
  /** The ballots entered one by one, in order. */
  ballots?: Ballot[];
  /** The grade decided for each 正式党员. */
  ratings?: Record<string, string>;
  /** The day each member was told the result (反馈本人): yyyy-mm-dd. */
  feedback?: Record<string, string>;
}

/** Where a link or a store keeps it: the limits of a branch (src/branch/branch.ts), and ballots for each member. */
export const reviewLimits = { count: 9999, ballots: limits.members } as const;

const asObject = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= reviewLimits.count;

/** Entries of a record keyed by names, each kept where its name is a name and its value passes. */
function byName<T>(value: unknown, keep: (entry: unknown) => T | undefined): Record<string, T> {
  const kept: Record<string, T> = {};
  for (const [name, entry] of Object.entries(asObject(value)).slice(0, limits.members)) {
    const cleaned = keep(entry);
    if (isName(name) && cleaned !== undefined) kept[name] = cleaned;
  }
  return kept;
}

const nonEmpty = <T extends object>(value: T): T | undefined => (Object.keys(value).length ? value : undefined);

/**
 * Keeps only what can be true of a review graded by `grades`: whole counts within the limit, grades
 * that are grades, names that are names, real days. Everything else is left out (and the caller,
 * comparing, knows the record was not whole).
 */
export function cleanReview(data: unknown, grades: readonly string[]): Review {
  const record = asObject(data);
  const review: Review = {};
  const isGrade = (value: unknown): value is string => typeof value === 'string' && grades.includes(value);
  if (isCount(record.issued)) review.issued = record.issued;
  if (isCount(record.returned)) review.returned = record.returned;
  if (record.method === 'ballots') review.method = 'ballots';
  const counts = byName(record.counts, (entry) =>
    nonEmpty(
      Object.fromEntries(
        Object.entries(asObject(entry)).filter(
          (pair): pair is [string, number] => isGrade(pair[0]) && isCount(pair[1]),
        ),
      ),
    ),
  );
  if (nonEmpty(counts)) review.counts = counts;
  const ballots = (Array.isArray(record.ballots) ? record.ballots : [])
    .slice(0, reviewLimits.ballots)
    .map((ballot) => byName(ballot, (grade) => (isGrade(grade) ? grade : undefined)));
  if (ballots.length) review.ballots = ballots;
  const ratings = byName(record.ratings, (grade) => (isGrade(grade) ? grade : undefined));
  if (nonEmpty(ratings)) review.ratings = ratings;
  const feedback = byName(record.feedback, (day) => (isCalendarDate(day) ? (day as string) : undefined));
  if (nonEmpty(feedback)) review.feedback = feedback;
  return review;
}

/** The count for each member named in it: ballots for each grade (0 where none), from the way it is entered. */
export function tallyOf(review: Review, grades: readonly string[]): Map<string, number[]> {
  const tally = new Map<string, number[]>();
  const add = (name: string, grade: string, n: number) => {
    const counts = tally.get(name) ?? grades.map(() => 0);
    counts[grades.indexOf(grade)]! += n;
    tally.set(name, counts);
  };
  if (review.method === 'ballots') {
    for (const ballot of review.ballots ?? []) for (const [name, grade] of Object.entries(ballot)) add(name, grade, 1);
  } else {
    for (const [name, counts] of Object.entries(review.counts ?? {}))
      for (const [grade, n] of Object.entries(counts)) add(name, grade, n);
  }
  return tally;
}

/** Something that cannot be right, for the page to say in words (src/words/review.ts). */
export type TallyProblem =
  | { kind: 'returned-over-issued'; issued: number; returned: number }
  | { kind: 'ballots-over-returned'; entered: number; returned: number }
  | { kind: 'member-over-returned'; name: string; total: number; returned: number }
  | { kind: 'probationary-graded'; name: string }
  | { kind: 'not-listed'; names: string[] }
  | { kind: 'repeated-name'; names: string[] };

/** Everything in the count that cannot be right, against the members as 本支部信息 lists them now. */
export function tallyProblems(review: Review, members: readonly Member[], grades: readonly string[]): TallyProblem[] {
  const problems: TallyProblem[] = [];
  const { issued, returned } = review;
  if (issued !== undefined && returned !== undefined && returned > issued)
    problems.push({ kind: 'returned-over-issued', issued, returned });
  const entered = review.method === 'ballots' ? (review.ballots?.length ?? 0) : 0;
  if (returned !== undefined && entered > returned) problems.push({ kind: 'ballots-over-returned', entered, returned });
  const tally = tallyOf(review, grades);
  const probationary = new Set(members.filter((member) => member.probationary).map(({ name }) => name));
  for (const [name, counts] of tally) {
    const total = counts.reduce((sum, n) => sum + n, 0);
    if (returned !== undefined && total > returned)
      problems.push({ kind: 'member-over-returned', name, total, returned });
    if (probationary.has(name) && total > 0) problems.push({ kind: 'probationary-graded', name });
  }
  for (const name of Object.keys(review.ratings ?? {}))
    if (probationary.has(name) && !tally.get(name)?.some(Boolean)) problems.push({ kind: 'probationary-graded', name });
  const listed = new Set(members.map(({ name }) => name));
  const unlisted = recordedNames(review).filter((name) => !listed.has(name));
  if (unlisted.length) problems.push({ kind: 'not-listed', names: unlisted });
  const seen = new Set<string>();
  const repeated = new Set(members.map(({ name }) => name).filter((name) => seen.size === seen.add(name).size));
  if (repeated.size) problems.push({ kind: 'repeated-name', names: [...repeated] });
  return problems;
}

/** Every member the review holds anything for (a count, a ballot, a grade, a 反馈), each once, in order of first mention. */
export function recordedNames(review: Review): string[] {
  return [
    ...new Set([
      ...Object.keys(review.counts ?? {}),
      ...(review.ballots ?? []).flatMap((ballot) => Object.keys(ballot)),
      ...Object.keys(review.ratings ?? {}),
      ...Object.keys(review.feedback ?? {}),
    ]),
  ];
}

/** The review without anything for these members (when she decides to remove what a member no longer listed had). */
export function withoutMembers(review: Review, names: readonly string[]): Review {
  const drop = <T>(record: Record<string, T> | undefined) =>
    record && nonEmpty(Object.fromEntries(Object.entries(record).filter(([name]) => !names.includes(name))));
  const next: Review = { ...review };
  const set = <K extends 'counts' | 'ratings' | 'feedback'>(key: K, value: Review[K] | undefined) => {
    if (value) next[key] = value;
    else delete next[key];
  };
  set('counts', drop(review.counts));
  set('ratings', drop(review.ratings));
  set('feedback', drop(review.feedback));
  if (review.ballots) next.ballots = review.ballots.map((ballot) => drop(ballot) ?? {});
  return next;
}

/** How many of the 正式党员 are graded at the top (优秀), and whether that is over the guide figure. */
export function topShare(review: Review, members: readonly Member[], grading: Pick<Grading, 'grades' | 'share'>) {
  const formal = members.filter((member) => !member.probationary);
  const top = formal.filter(({ name }) => review.ratings?.[name] === grading.grades[0]).length;
  return { top, formal: formal.length, over: overShare(top, formal.length, grading.share) };
}
