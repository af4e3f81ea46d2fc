/** 民主评议 on the device (src/review/): the grading read from the checked guidance, the count, what cannot be right, and the papers from it. */
import { describe, expect, it } from 'vitest';
import { documentOf, grading } from '../kit/document.ts';
import type { Member } from '../../src/branch/branch.ts';
import { formValues } from '../../src/branch/fill.ts';
import { loadFlows, loadRules } from '../../src/flows/load.ts';
import { formsOf, type Form } from '../../src/kit/forms.ts';
import { gradingOf, overShare } from '../../src/review/grading.ts';
import {
  cleanReview,
  recordedNames,
  tallyOf,
  tallyProblems,
  topShare,
  withoutMembers,
  type Ballot,
  type Review,
} from '../../src/review/review.ts';
import { cellText } from '../../src/paper/model.ts';
import { paperText } from '../paper/text.ts';
import { branchOfForty, fortyMembers } from '../branch/fixture.ts';

const grades = grading.grades;
const [excellent, qualified, basic, failed] = grades as [string, string, string, string];
const village = loadFlows().find((flow) => flow.slug === 'village')!;
const form = (id: string): Form => formsOf(village).find((each) => each.id === id)!;
const members: Member[] = branchOfForty.members!;

describe('the grading', () => {
  it('is read from the checked guidance: four grades in order, 不评定等次, and 1/3', () => {
    expect(grades).toEqual(['优秀', '合格', '基本合格', '不合格']);
    expect(grading.notGraded).toBe('不评定等次');
    expect(grading.share).toEqual({ numerator: 1, denominator: 3 });
    expect(grading.quotes.grades.paragraphs[1]).toBe('评定为“优秀”的比例一般不超过党员总数的1/3。');
  });

  it('flags 11 of 30 at the top, not 10 of 30', () => {
    expect(overShare(11, 30, grading.share)).toBe(true);
    expect(overShare(10, 30, grading.share)).toBe(false);
    expect(overShare(1, 2, grading.share)).toBe(true);
    expect(overShare(0, 0, grading.share)).toBe(false);
  });

  it('stops the build where the guidance no longer names grades', () => {
    const rules = structuredClone(loadRules());
    rules.guidance[0]!.paragraphs[0] = '按照等次对党员进行评定。';
    expect(() => gradingOf(rules)).toThrow(/names no grades/);
  });
});

/** 25 ballots, the same each way: member i gets grade (i + ballot) mod 4, the 预备党员 none, every fifth ballot leaves the first blank. */
const formal = fortyMembers.slice(0, 37);
const ballots: Ballot[] = Array.from({ length: 25 }, (_, b) =>
  Object.fromEntries(formal.flatMap((name, i) => (b % 5 === 0 && i === 0 ? [] : [[name, grades[(i + b) % 4]!]]))),
);
const counted = (() => {
  const counts: Record<string, Record<string, number>> = {};
  for (const ballot of ballots)
    for (const [name, grade] of Object.entries(ballot)) {
      counts[name] ??= {};
      counts[name][grade] = (counts[name][grade] ?? 0) + 1;
    }
  return counts;
})();

describe('the count', () => {
  it('is the same from 25 ballots entered one by one as from the same counts', () => {
    const byBallot = tallyOf({ method: 'ballots', ballots }, grades);
    const byCounts = tallyOf({ counts: counted }, grades);
    expect([...byBallot]).toEqual([...byCounts]);
    expect(byBallot.get(fortyMembers[0]!)).toEqual([5, 5, 5, 5]);
    expect(byBallot.get(fortyMembers[1]!)).toEqual([6, 7, 6, 6]);
    expect(byBallot.has(fortyMembers[39]!)).toBe(false);
  });

  it('is what the chosen way gives: counts kept while ballots are entered, and back', () => {
    const both: Review = { counts: { 张建国: { [excellent]: 3 } }, ballots: [{ 张建国: failed }] };
    expect(tallyOf(both, grades).get('张建国')).toEqual([3, 0, 0, 0]);
    expect(tallyOf({ ...both, method: 'ballots' }, grades).get('张建国')).toEqual([0, 0, 0, 1]);
  });

  it('says what cannot be right, and nothing where all is well', () => {
    expect(tallyProblems({ issued: 40, returned: 37, counts: counted }, members, grades)).toEqual([]);
    const review: Review = {
      issued: 30,
      returned: 31,
      method: 'ballots',
      ballots: [...ballots, ...ballots]
        .slice(0, 32)
        .map((ballot, n) => (n === 0 ? { ...ballot, 黄志强: basic } : ballot)),
      ratings: { 吴桂兰: qualified },
    };
    expect(tallyProblems(review, members, grades)).toEqual([
      { kind: 'returned-over-issued', issued: 30, returned: 31 },
      { kind: 'ballots-over-returned', entered: 32, returned: 31 },
      ...formal.slice(1).map((name) => ({ kind: 'member-over-returned', name, total: 32, returned: 31 })),
      { kind: 'probationary-graded', name: '吴桂兰' },
    ]);
  });

  it('flags a 预备党员 given votes, a member no longer listed who has them, and names it cannot tell apart', () => {
    const review: Review = {
      counts: { 吴桂兰: { [qualified]: 2 }, 钱多多: { [excellent]: 1 } },
      feedback: { 孙一: '2026-12-23' },
    };
    expect(tallyProblems(review, [...members, { name: '张建国' }], grades)).toEqual([
      { kind: 'probationary-graded', name: '吴桂兰' },
      { kind: 'not-listed', names: ['钱多多', '孙一'] },
      { kind: 'repeated-name', names: ['张建国'] },
    ]);
    expect(recordedNames(withoutMembers(review, ['钱多多', '孙一']))).toEqual(['吴桂兰']);
  });
});

describe('a stored review', () => {
  it('keeps what can be true, and leaves out the rest', () => {
    const stored = {
      issued: 40,
      returned: -1,
      method: 'ballots',
      counts: { 张建国: { 优秀: 3, 合格: 2.5, 良好: 1 }, '<b>': { 优秀: 1 }, 'A\u202Eb': { 优秀: 1 } },
      ballots: [{ 张建国: '优秀', 王秀英: '很好' }, 'x'],
      ratings: { 张建国: '优秀', 王秀英: '' },
      feedback: { 张建国: '2026-02-30', 王秀英: '2026-12-23' },
      extra: true,
    };
    expect(cleanReview(stored, grades)).toEqual({
      issued: 40,
      method: 'ballots',
      counts: { 张建国: { 优秀: 3 } },
      ballots: [{ 张建国: '优秀' }, {}],
      ratings: { 张建国: '优秀' },
      feedback: { 王秀英: '2026-12-23' },
    });
    expect(cleanReview('nonsense', grades)).toEqual({});
  });
});

describe('the top grade against the guide figure', () => {
  const thirty: Member[] = [
    ...fortyMembers.slice(0, 30).map((name) => ({ name })),
    { name: '吴桂兰', probationary: true },
  ];
  const graded = (n: number): Review => ({
    ratings: Object.fromEntries(thirty.map(({ name }, i) => [name, i < n ? excellent : qualified])),
  });
  it('counts the 正式党员 only', () => {
    expect(topShare(graded(11), thirty, grading)).toEqual({ top: 11, formal: 30, over: true });
    expect(topShare(graded(10), thirty, grading)).toEqual({ top: 10, formal: 30, over: false });
  });
});

describe('the papers', () => {
  const review: Review = {
    issued: 40,
    returned: 38,
    counts: counted,
    ratings: Object.fromEntries(formal.map((name, i) => [name, i < 5 ? excellent : qualified])),
  };
  const assessment = { review, grading };
  const filled = (id: string) =>
    documentOf(form(id), { org: village.orgType, ...formValues(form(id), branchOfForty, {}, { assessment }) });
  const rows = (id: string) =>
    filled(id).blocks.flatMap((block) => (block.type === 'table' ? block.rows.map((row) => row.map(cellText)) : []));

  it('a ballot: the four grades in order, a row per member, a 预备党员 not graded', () => {
    const ballot = filled('ballot');
    const table = ballot.blocks.find((block) => block.type === 'table')!;
    expect(table.columns.map((column) => column.label)).toEqual(['序号', '姓名', ...grades]);
    expect(rows('ballot')).toHaveLength(40);
    expect(rows('ballot')[0]).toEqual(['1', '张建国', '□', '□', '□', '□']);
    expect(rows('ballot')[39]).toEqual(['40', '吴桂兰', '不评定等次']);
    expect(paperText(ballot)).toContain('某某村党支部');
    expect(paperText(ballot)).toContain('2026年12月22日');
    // Blank: 40 rows of boxes, no names.
    const blank = documentOf(form('ballot')).blocks.find((block) => block.type === 'table')!;
    expect(blank.rows).toHaveLength(40);
    expect(blank.rows.every((row) => row[1] === '')).toBe(true);
  });

  it('the 民主测评情况汇总表: ballots out and back, each member’s counts', () => {
    const text = paperText(filled('ballot-tally'));
    expect(text).toContain('发出票数：40张');
    expect(text).toContain('收回票数：38张');
    expect(rows('ballot-tally')[0]).toEqual(['1', '张建国', '5', '5', '5', '5']);
    expect(rows('ballot-tally')[1]).toEqual(['2', '张秀英', '6', '7', '6', '6']);
    expect(rows('ballot-tally')[38]).toEqual(['39', '吴志强', '不评定等次']);
  });

  it('the 民主评议党员结果: each grade, how many of each, 正式 and 预备', () => {
    const text = paperText(filled('rating-results'));
    for (const part of ['正式党员：37人', '预备党员：3人', '优秀：5人', '合格：32人', '基本合格：0人', '不合格：0人'])
      expect(text).toContain(part);
    expect(rows('rating-results')[0]).toEqual(['1', '张建国', '优秀', '']);
    expect(rows('rating-results')[5]).toEqual(['6', fortyMembers[5], '合格', '']);
    expect(rows('rating-results')[39]).toEqual(['40', '吴桂兰', '不评定等次', '']);
  });
});
