/** A flow's plan: what is kept, what is overdue, what comes next, the schedule, and the link (src/plan/). */
import { describe, expect, it } from 'vitest';
import { loadFlows } from '../../src/flows/load.ts';
import { planFragment, readPlanFragment } from '../../src/plan/link.ts';
import { displayDate, isCalendarDate } from '../../src/plan/dates.ts';
import { cleanOwner, cleanPlan, nextStep, overdueSteps, type PlanStep } from '../../src/plan/plan.ts';
import { scheduleText } from '../../src/plan/schedule.ts';

const village = loadFlows().find((flow) => flow.slug === 'village')!;
const steps: PlanStep[] = village.parts.flatMap((part) =>
  part.stages.flatMap((stage) => stage.steps.map(({ id, number, label }) => ({ id, number, label }))),
);
const ids = steps.map((step) => step.id);
const today = '2026-12-03';

describe('cleanPlan', () => {
  it.each([
    ['null', null, {}],
    ['an array', [{ date: '2026-12-05' }], {}],
    ['a string entry', { study: '2026-12-05' }, {}],
    ['a step of no flow', { x: { date: '2026-12-05', owner: '张三' } }, {}],
    ['an impossible date', { study: { date: '2026-02-30', owner: '' } }, {}],
    ['a date of another century', { study: { date: '2126-01-01', owner: '' } }, {}],
    ['a number for a name', { study: { date: '', owner: 42 } }, {}],
    [
      'a name over several lines, with control characters',
      { study: { date: '', owner: ' 张三\n\u0007李四\u2028 ' } },
      { study: { date: '', owner: '张三 李四' } },
    ],
    [
      'a date in the future and a name',
      { study: { date: '2027-01-05', owner: '支部委员会' } },
      { study: { date: '2027-01-05', owner: '支部委员会' } },
    ],
  ])('%s', (_what, data, expected) => {
    expect(cleanPlan(data, ids)).toEqual(expected);
  });

  it('cuts a name to 20 characters, counting characters, not UTF-16 units', () => {
    expect(cleanOwner('𠮷'.repeat(30))).toBe('𠮷'.repeat(20));
    expect(cleanOwner('张'.repeat(30))).toHaveLength(20);
  });

  it.each([
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2099-12-31', true],
    ['1999-12-31', false],
    ['2026-1-5', false],
  ])('%s is a calendar date: %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});

describe('overdue and next', () => {
  const plan = {
    study: { date: '2026-12-01', owner: '张三' },
    'solicit-opinions': { date: '2026-12-02', owner: '' },
    'heart-to-heart': { date: today, owner: '' },
    'self-examination': { date: '2026-12-10', owner: '' },
  };

  it('a step is overdue when its planned day has passed and it is not ticked off', () => {
    const progress = { study: { done: true, date: '2026-12-01' } };
    expect(overdueSteps(steps, plan, progress, today).map((step) => step.number)).toEqual([3]);
    // The planned day itself is not overdue yet.
    expect(overdueSteps(steps, plan, {}, '2026-12-02').map((step) => step.number)).toEqual([2]);
  });

  it('the next step is the first not ticked off, wherever the ticks are', () => {
    expect(nextStep(steps, {})?.number).toBe(1);
    const ticked = { 'mobilize-members': { done: true, date: '' }, 'solicit-opinions': { done: true, date: '' } };
    expect(nextStep(steps, ticked)?.number).toBe(2);
    const all = Object.fromEntries(ids.map((id) => [id, { done: true, date: '' }]));
    expect(nextStep(steps, all)).toBeUndefined();
  });

  it('shows a date of this year without its year, of another with it', () => {
    expect(displayDate('2026-12-05', today)).toBe('12月5日');
    expect(displayDate('2027-01-05', today)).toBe('2027年1月5日');
    expect(displayDate('', today)).toBe('');
  });
});

describe('the schedule for a group chat', () => {
  const plan = {
    'mobilize-members': { date: '2026-11-28', owner: '张书记' },
    study: { date: '2026-12-01', owner: '李委员' },
    'solicit-opinions': { date: '2026-12-08', owner: '' },
    rectification: { date: '2027-01-15', owner: '支部委员会' },
  };
  const progress = { 'mobilize-members': { done: true, date: '2026-11-28' } };

  it('is her organisation and the flow’s name, then a line per planned step with the step’s own number; years written when the plan spans two', () => {
    const lines = scheduleText(village.title, steps, plan, progress, today, { org: '某某村党支部' }).split('\n');
    expect(lines).toEqual([
      '某某村党支部：村（社区）党组织召开专题组织生活会和民主评议党员工作指导流程',
      '第1步 摸底动员 — 2026年11月28日 — 张书记 — 已完成',
      '第2步 组织学习 — 2026年12月1日 — 李委员 — 未完成（逾期）',
      '第3步 征求意见 — 2026年12月8日 — 负责人未定 — 未完成',
      '第28步 制定整改措施 — 2027年1月15日 — 支部委员会 — 未完成',
    ]);
  });

  it('asked for all, has every step; a plan within this year writes no year', () => {
    const thisYear = { study: { date: '2026-12-01', owner: '李委员' } };
    const lines = scheduleText(village.title, steps, thisYear, {}, today, { all: true }).split('\n');
    expect(lines).toHaveLength(1 + 28);
    expect(lines[0]).toBe('村（社区）党组织召开专题组织生活会和民主评议党员工作指导流程');
    expect(lines[2]).toBe('第2步 组织学习 — 12月1日 — 李委员 — 未完成（逾期）');
    expect(lines[4]).toBe('第4步 谈心谈话 — 日期未定 — 负责人未定 — 未完成');
  });
});

describe('the plan in a link', () => {
  const plan = {
    study: { date: '2026-12-01', owner: '李委员' },
    rectification: { date: '2027-01-15', owner: '支部委员会' },
  };

  it('comes back whole, compressed, from the fragment it makes', async () => {
    const fragment = await planFragment('village', plan);
    expect(fragment).toMatch(/^plan=1\.[\w-]+$/);
    expect(await readPlanFragment(`#${fragment}`, 'village', ids)).toEqual({ kind: 'plan', plan, sent: {} });
  });

  it('carries what the sender saw: her organisation, the steps she ticked off, and the day, checked', async () => {
    const sent = { org: '某某村党支部', done: ['mobilize-members'], sentOn: '2026-12-03' };
    const fragment = await planFragment('village', plan, sent);
    expect(await readPlanFragment(`#${fragment}`, 'village', ids)).toEqual({ kind: 'plan', plan, sent });
    const json = JSON.stringify([
      1,
      'village',
      [],
      { org: '某\u202e村', done: ['nope', 'study'], sentOn: '2026-13-01' },
    ]);
    const read = await readPlanFragment(`#plan=0.${Buffer.from(json).toString('base64url')}`, 'village', ids);
    expect(read).toEqual({ kind: 'plan', plan: {}, sent: { org: '某村', done: ['study'] } });
  });

  it('says a link cut short, or altered, is bad, and that another flow’s plan is not this one', async () => {
    const fragment = await planFragment('village', plan);
    for (const cut of [fragment.slice(0, -6), fragment.slice(0, 12), 'plan=1.', 'plan=2.abc', 'plan=1.!!!']) {
      expect(await readPlanFragment(`#${cut}`, 'village', ids), cut).toEqual({ kind: 'bad' });
    }
    const altered = fragment.slice(0, 20) + (fragment[20] === 'A' ? 'B' : 'A') + fragment.slice(21);
    expect((await readPlanFragment(`#${altered}`, 'village', ids))?.kind).not.toBe('plan');
    expect(await readPlanFragment(`#${fragment}`, 'school', ids)).toEqual({ kind: 'other-flow' });
  });

  it('is checked like storage: unknown steps and bad dates are left out', async () => {
    const json = JSON.stringify([1, 'village', [['study', '2026-02-30', '王五'], ['nope', '2026-12-01', 'x'], 'junk']]);
    const body = Buffer.from(json).toString('base64url');
    expect(await readPlanFragment(`#plan=0.${body}`, 'village', ids)).toEqual({
      kind: 'plan',
      plan: { study: { date: '', owner: '王五' } },
      sent: {},
    });
  });

  it('leaves out the bidi and format characters of a name, so a step cannot be made to read 已完成', async () => {
    // U+202E turns what follows around on screen: "…—\u202e成完已" showed as "已完成" in the schedule.
    const owner = '张三 — \u202e成完已\u200b\u2066';
    const json = JSON.stringify([1, 'village', [['study', '2026-12-01', owner]]]);
    const body = Buffer.from(json).toString('base64url');
    const read = await readPlanFragment(`#plan=0.${body}`, 'village', ids);
    expect(read).toEqual({ kind: 'plan', plan: { study: { date: '2026-12-01', owner: '张三 — 成完已' } }, sent: {} });
    const text = scheduleText(village.title, steps, read!.kind === 'plan' ? read!.plan : {}, {}, today);
    expect(text).not.toMatch(/\p{Cf}/u);
    expect(text.split('\n')[1]).toBe('第2步 组织学习 — 12月1日 — 张三 — 成完已 — 未完成（逾期）');
  });

  it('carries nothing when the fragment is a step’s anchor', async () => {
    expect(await readPlanFragment('#step-study', 'village', ids)).toBeNull();
    expect(await readPlanFragment('', 'village', ids)).toBeNull();
  });
});
