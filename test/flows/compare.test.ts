import { describe, expect, it } from 'vitest';
import {
  alignFlows,
  comparePair,
  diffTexts,
  differs,
  differenceKind,
  flowPairs,
  matrixCells,
  type Segment,
} from '../../src/flows/compare.ts';
import { loadFlows, loadRoles } from '../../src/flows/load.ts';
import { stepsOf } from '../../src/flows/model.ts';

const flows = loadFlows();
const flow = (slug: string) => flows.find((f) => f.slug === slug)!;
const joined = (segments: Segment[]) => segments.map((s) => s.text).join('');
const marked = (segments: Segment[]) =>
  segments
    .map((s) => (s.change === 'same' ? s.text : s.change === 'removed' ? `[-${s.text}]` : `[+${s.text}]`))
    .join('');

describe('diffTexts', () => {
  it.each([
    ['identical text', '上级点评', '上级点评', 'same', '上级点评', '上级点评'],
    [
      'a word replaced',
      '社会公示：向党员群众公示',
      '社会公示：向医院党员群众公示',
      'wording',
      '社会公示：向党员群众公示',
      '社会公示：向[+医院]党员群众公示',
    ],
    [
      'punctuation only (，vs 。)',
      '二是党员自评与互评，党员个人自评',
      '二是党员自评与互评。党员个人自评',
      'punctuation',
      '二是党员自评与互评[-，]党员个人自评',
      '二是党员自评与互评[+。]党员个人自评',
    ],
    [
      'words and punctuation together',
      '党组织领导，乡镇督导组成员',
      '学校党组织领导、督导组成员',
      'wording',
      '党组织领导[-，乡镇]督导组成员',
      '[+学校]党组织领导[+、]督导组成员',
    ],
  ] as const)('%s', (_what, left, right, difference, leftMarked, rightMarked) => {
    const diff = diffTexts(left, right);
    expect(diff.difference).toBe(difference);
    expect(marked(diff.left)).toBe(leftMarked);
    expect(marked(diff.right)).toBe(rightMarked);
    // Each side, read without its marks, is its own full text.
    expect(joined(diff.left)).toBe(left);
    expect(joined(diff.right)).toBe(right);
  });

  it('flags punctuation-only segments so they can be shown as such', () => {
    const diff = diffTexts('互评，党员', '互评。党员');
    expect(diff.left.find((s) => s.change === 'removed')).toMatchObject({ text: '，', punctuation: true });
    expect(diff.right.find((s) => s.change === 'added')).toMatchObject({ text: '。', punctuation: true });
  });
});

describe('alignFlows', () => {
  it('aligns by id: the 非公 flow’s 摸底动员 sits on the same row as the village one, in another stage', () => {
    const rows = alignFlows([flow('village'), flow('nonpublic')]);
    const row = rows.find((r) => r.id === 'mobilize-members')!;
    expect(row.cells.map((c) => c?.stage.title)).toEqual(['组织动员', '会前准备']);
    expect(row.cells.map((c) => c?.step.number)).toEqual([1, 1]);
  });

  it('keeps a step only one flow has among its neighbours, against an empty cell', () => {
    const ids = alignFlows([flow('village'), flow('nonpublic')]).map((r) => r.id);
    expect(ids.slice(ids.indexOf('hear-report'), ids.indexOf('team-examination') + 1)).toEqual([
      'hear-report',
      'report-invite',
      'invite-non-members',
      'team-examination',
    ]);
    const row = alignFlows([flow('village'), flow('nonpublic')]).find((r) => r.id === 'report-invite')!;
    expect(row.cells[0]).toBeNull();
  });

  it('puts every step of every flow on exactly one row', () => {
    const rows = alignFlows(flows);
    flows.forEach((f, i) => {
      const placed = rows.flatMap((row) => (row.cells[i] ? [row.cells[i]!.step.id] : []));
      expect(placed, f.slug).toEqual(stepsOf(f).map(({ step }) => step.id));
    });
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it('is symmetric in content: the same rows whichever flow comes first', () => {
    const ab = alignFlows([flow('village'), flow('nonpublic')])
      .map((r) => r.id)
      .sort();
    const ba = alignFlows([flow('nonpublic'), flow('village')])
      .map((r) => r.id)
      .sort();
    expect(ab).toEqual(ba);
  });
});

describe('comparePair', () => {
  it('marks steps only one side has, with their whole text', () => {
    const rows = comparePair(flow('village'), flow('nonpublic'), flows);
    const study = rows.find((r) => r.id === 'study')!;
    expect(study.difference).toBe('only-left');
    expect(study.leftSegments).toEqual([{ text: study.left!.step.text, change: 'removed', punctuation: false }]);
    expect(study.rightSegments).toEqual([]);
    const invite = rows.find((r) => r.id === 'invite-non-members')!;
    expect(invite.difference).toBe('only-right');
    expect(differs(invite)).toBe(true);
  });

  it('counts a stage change as a difference even when the words match', () => {
    const row = comparePair(flow('village'), flow('nonpublic'), flows).find((r) => r.id === 'mobilize-members')!;
    expect(row.stageDiffers).toBe(true);
    expect(differs(row, true)).toBe(true);
  });

  it('can ignore punctuation-only differences', () => {
    const row = comparePair(flow('village'), flow('school'), flows).find((r) => r.id === 'democratic-review')!;
    expect(row.difference).toBe('punctuation');
    expect(differs(row)).toBe(true);
    expect(differs(row, true)).toBe(false);
  });

  it('leaves identical text unmarked', () => {
    for (const row of comparePair(flow('school'), flow('hospital'), flows).filter((r) => r.difference === 'same')) {
      expect([...row.leftSegments, ...row.rightSegments].every((s) => s.change === 'same')).toBe(true);
    }
  });

  it.each(flowPairs())('%s vs %s: every step of both flows appears in full', (a, b) => {
    const rows = comparePair(flow(a), flow(b), flows);
    expect(rows.flatMap((r) => (r.left ? [joined(r.leftSegments)] : []))).toEqual(
      stepsOf(flow(a)).map(({ step }) => step.text),
    );
    expect(rows.flatMap((r) => (r.right ? [joined(r.rightSegments)] : []))).toEqual(
      stepsOf(flow(b)).map(({ step }) => step.text),
    );
    // A row is unmarked exactly when the texts are equal and in the same stage.
    for (const row of rows) {
      const equal = row.left?.step.text === row.right?.step.text && !row.stageDiffers;
      expect(differs(row), row.id).toBe(!equal);
    }
  });
});

describe('the all-flows matrix and the pairs', () => {
  it('names each cell against the wording most flows use, in words, null where a flow lacks the step', () => {
    const rows = alignFlows(flows);
    const kinds = (id: string) =>
      matrixCells(
        rows.find((r) => r.id === id)!,
        loadRoles(),
      ).map((cell) => cell && cell.kind);
    expect(kinds('superior-remarks')).toEqual(['same', 'same', 'same', 'same', 'same', 'same']);
    expect(kinds('study')).toEqual(['same', 'same', null, 'same', 'same', 'same']);
    expect(kinds('democratic-review')).toEqual(['punctuation', 'punctuation', 'same', 'same', 'same', 'same']);
    expect(kinds('hear-report')).toEqual(['same', 'names', null, 'names', 'names', 'names']);
    const solicit = matrixCells(
      rows.find((r) => r.id === 'solicit-opinions')!,
      loadRoles(),
    );
    expect(solicit[3]).toEqual({ baseline: 1, kind: 'content', words: '在校、教师、学生…' });
  });

  it('has 15 pairs, each naming the earlier flow first', () => {
    expect(flowPairs()).toHaveLength(15);
    expect(flowPairs()).toContainEqual(['village', 'soe']);
    expect(flowPairs()).not.toContainEqual(['soe', 'village']);
  });
});

describe('what kind of difference each differing step is', () => {
  const roles = loadRoles();
  const grouped = (a: string, b: string) => {
    const rows = comparePair(flow(a), flow(b), flows).filter((row) => differs(row));
    const of = (kind: string) => rows.filter((row) => differenceKind(row, roles) === kind).map((row) => row.id);
    return { rows, names: of('names'), content: of('content'), punctuation: of('punctuation') };
  };

  it.each([
    [
      'village',
      'school',
      ['draft-plan', 'meeting-attendees', 'leader-talk', 'hear-report', 'supervisor-remarks', 'review-attendees'],
    ],
    ['agency', 'soe', ['meeting-attendees', 'leader-talk', 'hear-report', 'supervisor-remarks', 'review-attendees']],
    ['village', 'nonpublic', []],
  ])('%s vs %s: 只是称谓不同 is exactly the hand-made list', (a, b, names) => {
    expect(grouped(a, b).names).toEqual(names);
  });

  it.each(flowPairs())('%s vs %s: the grouping never hides a step', (a, b) => {
    const { rows, names, content, punctuation } = grouped(a, b);
    expect([...names, ...content, ...punctuation].sort()).toEqual(rows.map((row) => row.id).sort());
  });

  it('reads a step in another stage, or only one flow has, as 内容不同', () => {
    const { content } = grouped('village', 'nonpublic');
    expect(content).toContain('study');
    expect(content).toContain('report-invite');
  });
});
