/** 整改台账 (src/ledger/): what may be stored, what is 逾期, the papers filled from it, and the list carried into a new year. */
import { describe, expect, it } from 'vitest';
import { documentOf } from '../kit/document.ts';
import { formValues } from '../../src/branch/fill.ts';
import { loadFlows } from '../../src/flows/load.ts';
import { formsOf } from '../../src/kit/forms.ts';
import { cellText } from '../../src/paper/model.ts';
import {
  carriedInto,
  cleanLedger,
  isOverdue,
  ledgerCounts,
  ledgerShapeOf,
  type Ledger,
} from '../../src/ledger/ledger.ts';
import { paperText } from '../paper/text.ts';

const flows = loadFlows();
const village = flows.find((flow) => flow.slug === 'village')!;
const shape = ledgerShapeOf(village)!;
const today = '2026-12-06';

/** 3 opinions gathered into 2 problems, one past its 时限 and not done, one done. */
const ledger: Ledger = {
  year: 2026,
  opinions: [
    { id: 1, source: '群众', text: '村务公开不及时', problem: 1 },
    { id: 2, source: '党员', text: '财务公示看不懂', problem: 1 },
    { id: 3, source: '上级督导组', text: '学习记录不全', problem: 2 },
  ],
  problems: [
    {
      id: 1,
      group: '班子',
      text: '村务公开不及时、不规范',
      fields: { 整改目标: '每月公开', 整改措施: '固定每月5日公开', 责任主体: '村党支部' },
      due: '2026-11-30',
      status: 'doing',
    },
    {
      id: 2,
      group: '党员个人',
      member: '张建国',
      text: '学习记录不全',
      fields: { 整改目标: '补齐记录' },
      due: '2027-01-15',
      status: 'done',
      doneOn: '2026-12-01',
      outcome: '已补齐全年学习笔记',
    },
  ],
};

describe('the shape of a flow’s ledger', () => {
  it('is its steps’ own words: whom 征求意见 asks, the 整改 step’s groups and columns', () => {
    expect(shape).toEqual({
      sources: ['党员', '群众', '驻村（社）企业（单位）', '上级督导组'],
      groups: ['班子', '党员个人'],
      columns: ['整改目标', '整改措施', '责任主体', '整改时限'],
    });
    for (const flow of flows) expect(ledgerShapeOf(flow), flow.slug).not.toBeNull();
  });
});

describe('a stored ledger', () => {
  it('keeps what can be true of it', () => {
    expect(cleanLedger(ledger, shape)).toEqual(ledger);
  });

  it('leaves out what cannot be: another flow’s words, no text, impossible days, format characters, repeated ids', () => {
    const stored = {
      year: 1999,
      opinions: [
        { id: 1, source: '职工', text: '另一流程的征求对象' },
        { id: 2, source: '群众', text: '   ' },
        { id: 3, source: '群众', text: '未完成\u202E的意见', problem: 9 },
      ],
      problems: [
        { id: 1, group: '支委', text: '不是本流程的分组' },
        { id: 2, group: '班子', text: '问题', due: '2026-02-30', status: 'finished', doneOn: '2026-12-01' },
        { id: 2, group: '班子', text: '同一编号' },
        {
          id: 3,
          group: '党员个人',
          member: '<b>',
          text: 'x'.repeat(600),
          fields: { 整改目标: '目标', 其他: '不是列' },
        },
      ],
    };
    expect(cleanLedger(stored, shape)).toEqual({
      opinions: [{ id: 3, source: '群众', text: '未完成的意见' }],
      problems: [
        { id: 2, group: '班子', text: '问题' },
        { id: 3, group: '党员个人', text: 'x'.repeat(500), fields: { 整改目标: '目标' } },
      ],
    });
    expect(cleanLedger('broken', shape)).toEqual({});
  });
});

describe('逾期', () => {
  it('is past its 时限 in China and not done', () => {
    const [late, done] = ledger.problems!;
    expect(isOverdue(late!, today)).toBe(true);
    expect(isOverdue(late!, '2026-11-30')).toBe(false);
    expect(isOverdue(done!, '2027-02-01')).toBe(false);
    expect(isOverdue({ id: 9, group: '班子', text: '无时限' }, today)).toBe(false);
    const counts = ledgerCounts(ledger, today);
    expect([counts.all, counts.done, counts.overdue.map(({ id }) => id)]).toEqual([2, 1, [1]]);
  });
});

describe('the papers from it', () => {
  const form = (id: string) => formsOf(village).find((each) => each.id === id)!;
  const filled = (id: string) => documentOf(form(id), formValues(form(id), {}, {}, { ledger: { ledger, today } }));
  const rows = (id: string) =>
    filled(id).blocks.flatMap((block) => (block.type === 'table' ? [block.rows.map((row) => row.map(cellText))] : []));

  it('the 问题清单: each group’s problems, the member named', () => {
    expect(rows('problem-list')).toEqual([[['1', '村务公开不及时、不规范']], [['1', '张建国', '学习记录不全']]]);
  });

  it('the 整改清单（公示稿）: the 整改 under the step’s columns, and no status', () => {
    expect(rows('rectification')).toEqual([
      [['村务公开不及时、不规范', '每月公开', '固定每月5日公开', '村党支部', '2026年11月30日']],
      [['张建国', '学习记录不全', '补齐记录', '', '', '2027年1月15日']],
    ]);
    const text = paperText(filled('rectification'));
    for (const word of ['整改状态', '完成情况', '逾期', '已完成', '进行中']) expect(text).not.toContain(word);
  });

  it('the 整改落实情况: each one’s status (逾期 said) and 完成情况', () => {
    const document = filled('rectification-report');
    const table = document.blocks.find((block) => block.type === 'table')!;
    expect(table.columns.map((column) => column.label)).toEqual([
      '整改问题',
      '整改目标',
      '整改措施',
      '责任主体',
      '整改时限',
      '整改状态',
      '完成情况',
    ]);
    expect(rows('rectification-report')).toEqual([
      [['村务公开不及时、不规范', '每月公开', '固定每月5日公开', '村党支部', '2026年11月30日', '进行中（逾期）', '']],
      [
        [
          '张建国',
          '学习记录不全',
          '补齐记录',
          '',
          '',
          '2027年1月15日',
          '已完成（2026年12月1日）',
          '已补齐全年学习笔记',
        ],
      ],
    ]);
  });

  it('blank where nothing is stored', () => {
    expect(rows('rectification-report').length).toBe(2);
    const blank = documentOf(form('rectification-report'));
    expect(
      blank.blocks
        .filter((block) => block.type === 'table')
        .every((table) => table.rows.flat().every((cell) => cell === '')),
    ).toBe(true);
  });
});

describe('a new year', () => {
  it('carries the problems not done, as they stand, and nothing else', () => {
    expect(carriedInto(ledger, 2027)).toEqual({ year: 2027, problems: [ledger.problems![0]] });
    expect(carriedInto({ problems: [ledger.problems![1]!] }, 2027)).toEqual({ year: 2027 });
  });
});
