/**
 * 本支部信息 as data: a pasted list read as names (and what is not taken, with why), what a stored
 * record may hold, and what a branch writes into each form of the kit.
 */
import { describe, expect, it } from 'vitest';
import { documentOf } from '../kit/document.ts';
import { cleanBranch, isMeetingTime, limits, namesOf, type Branch } from '../../src/branch/branch.ts';
import { readPastedNames, repeatedNames } from '../../src/branch/pasted.ts';
import { formValues, peopleOf } from '../../src/branch/fill.ts';
import { meetingTimeText } from '../../src/plan/dates.ts';
import { loadFlows } from '../../src/flows/load.ts';
import { formsOf, peopleGroups } from '../../src/kit/forms.ts';
import { paperText } from '../paper/text.ts';

const flows = loadFlows();
const village = flows.find((flow) => flow.slug === 'village')!;
const forms = formsOf(village);
const form = (id: string) => forms.find((candidate) => candidate.id === id)!;
const groups = peopleGroups(forms).map(({ group }) => group);

describe('a pasted list of names', () => {
  it.each([
    ['a column copied from Excel or WPS', '张三\r\n李四\r\n王五\r\n', ['张三', '李四', '王五']],
    ['a WeChat message with 、', '张三、李四、王五', ['张三', '李四', '王五']],
    ['commas, full-width and not, and semicolons', '张三，李四,王五；赵六', ['张三', '李四', '王五', '赵六']],
    ['spaces, full-width spaces and tabs', '张三 李四\u3000王五\t赵六', ['张三', '李四', '王五', '赵六']],
    ['blank lines and spaces around', '\n\n  张三  \n\n李四\n', ['张三', '李四']],
    ['names with a middle dot', '买买提·艾力、阿依古丽', ['买买提·艾力', '阿依古丽']],
  ])('%s', (_case, text, names) => {
    const read = readPastedNames(text);
    expect(read.names.map(({ name }) => name)).toEqual(names);
    expect(read.refused).toEqual([]);
  });

  it('（预备）and （预备党员）, in either kind of bracket and after a space, mark a 预备党员', () => {
    const read = readPastedNames('张三（预备）\n李四(预备党员)\n王五 （预备党员）\n赵六');
    expect(read.names).toEqual([
      { name: '张三', probationary: true },
      { name: '李四', probationary: true },
      { name: '王五', probationary: true },
      { name: '赵六', probationary: false },
    ]);
  });

  it('says what it does not take and why: a 序号, a 100-character name, emoji, HTML', () => {
    const long = '长'.repeat(100);
    const read = readPastedNames(`1\t张三\n2.\t李四\n${long}\n王😀五\n<b>赵六</b>`);
    expect(read.names.map(({ name }) => name)).toEqual(['张三', '李四']);
    expect(read.refused).toEqual([
      { text: '1', reason: 'only-digits' },
      { text: '2.', reason: 'only-digits' },
      { text: long, reason: 'too-long' },
      { text: '王😀五', reason: 'not-a-name' },
      { text: '<b>赵六</b>', reason: 'not-a-name' },
    ]);
  });

  it('takes out control and bidirectional-override characters, and says so', () => {
    const read = readPastedNames('张\u202e三\n李\u0000四\n王\u200b五');
    expect(read.hadInvisible).toBe(true);
    expect(read.names.map(({ name }) => name)).toEqual(['张三', '李', '四', '王五']);
    expect(readPastedNames('张三\n李四').hadInvisible).toBe(false);
  });

  it('stops at the room left, and names every name it could not add', () => {
    const many = Array.from({ length: 500 }, (_, i) => `党员${i + 1}`).join('\n');
    const read = readPastedNames(many, limits.members);
    expect(read.names).toHaveLength(300);
    expect(read.refused).toHaveLength(200);
    expect(read.refused[0]).toEqual({ text: '党员301', reason: 'over-limit' });
  });

  it('points out names that appear more than once, keeping every one', () => {
    const read = readPastedNames('张伟、李四、张伟、王五、李四、张伟');
    expect(read.names).toHaveLength(6);
    expect(repeatedNames(read.names.map(({ name }) => name))).toEqual([
      { name: '张伟', count: 3 },
      { name: '李四', count: 2 },
    ]);
  });
});

describe('a stored branch, read back', () => {
  const whole: Branch = {
    org: '某某村党支部',
    secretary: '张书记',
    committee: [{ name: '李委员', post: '组织委员' }],
    members: [{ name: '张三' }, { name: '李四', probationary: true, group: '第一党小组' }],
    meetings: { assembly: { time: '2026-12-22T09:00', place: '村委会会议室', chair: '张书记', recorder: '李委员' } },
    people: { [groups[0]!]: ['王领导'] },
  };

  it('keeps a whole branch as it is, and an empty one empty', () => {
    expect(cleanBranch(whole, groups)).toEqual(whole);
    expect(cleanBranch({}, groups)).toEqual({});
    expect(cleanBranch('nonsense', groups)).toEqual({});
  });

  it.each([
    ['a name that is HTML', { members: [{ name: '<img src=x>' }] }, {}],
    ['a name of 21 characters', { members: [{ name: '长'.repeat(21) }] }, {}],
    ['a bidirectional override in a place', { org: '某\u202e村' }, { org: '某村' }],
    [
      'probationary that is not true',
      { members: [{ name: '张三', probationary: 'yes' }] },
      { members: [{ name: '张三' }] },
    ],
    ['an impossible meeting time', { meetings: { convene: { time: '2026-02-30T09:00' } } }, {}],
    ['a time of day that cannot be', { meetings: { convene: { time: '2026-12-22T25:00' } } }, {}],
    ['a group this flow does not have', { people: { 外来的组: ['张三'] } }, {}],
    ['a meeting this flow does not have', { meetings: { other: { place: '某处' } } }, {}],
  ])('leaves out %s', (_case, stored, kept) => {
    expect(cleanBranch(stored, groups)).toEqual(kept);
  });

  it('holds at most 300 members', () => {
    const members = Array.from({ length: 320 }, (_, i) => ({ name: `党员${i}` }));
    expect(cleanBranch({ members }, groups).members).toHaveLength(300);
  });

  it('meeting times: real days and times only', () => {
    expect(isMeetingTime('2026-12-22T09:00')).toBe(true);
    expect(isMeetingTime('2026-12-22 09:00')).toBe(false);
    expect(isMeetingTime('2026-02-29T09:00')).toBe(false);
    expect(meetingTimeText('2026-12-22T09:05')).toBe('2026年12月22日 9:05');
  });

  it('every name entered, once each, for the plan’s 负责人', () => {
    expect(namesOf(whole)).toEqual(['张书记', '李委员', '张三', '李四']);
  });
});

describe('a branch written into the forms', () => {
  const members = Array.from({ length: 40 }, (_, i) => ({
    name: `党员${String(i + 1).padStart(2, '0')}`,
    ...(i >= 37 ? { probationary: true as const } : {}),
  }));
  const branch: Branch = {
    org: '某某村党支部',
    secretary: '张书记',
    committee: [
      { name: '张书记', post: '书记' },
      { name: '李委员', post: '组织委员' },
    ],
    members,
    meetings: { assembly: { time: '2026-12-22T09:00', place: '村委会会议室', chair: '张书记', recorder: '李委员' } },
    people: { '乡镇（街道）党（工）委领导': ['王领导'] },
  };

  it('the groups she lists herself are the flow’s name lists’ groups, less the members and the committee', () => {
    expect(groups).toEqual([
      '乡镇（街道）党（工）委领导',
      '乡镇（街道）督导组成员',
      '辖区“两代表一委员”',
      '入党积极分子',
      '群众代表等',
      '监（计）票员',
    ]);
    for (const flow of flows) {
      const names = formsOf(flow).filter((candidate) => candidate.kind === 'names');
      // Every flow's 党员大会 list has exactly one group that is the whole membership.
      const attendees = names.find((candidate) => candidate.id === 'review-attendees')!;
      expect(attendees.kind === 'names' && attendees.groups.filter((group) => group.endsWith('全体党员'))).toHaveLength(
        1,
      );
    }
  });

  it('the 党员大会参会人员名单: her organisation, the meeting, 40 rows of members (预备 noted) and 应到', () => {
    const document = documentOf(form('review-attendees'), formValues(form('review-attendees'), branch, {}));
    expect(document.org).toBe('某某村党支部');
    const text = paperText(document);
    expect(text).toContain('会议时间：2026年12月22日 9:00');
    expect(text).toContain('会议地点：村委会会议室');
    expect(text).toContain('应到人数：41人');
    const tables = document.blocks.filter((block) => block.type === 'table');
    const [everyone, leaders] = tables.map((table) => (table.type === 'table' ? table.rows : []));
    expect(everyone!.map((row) => row[1]).filter(Boolean)).toEqual(members.map(({ name }) => name));
    expect(everyone!.filter((row) => row[2] === '预备党员')).toHaveLength(3);
    expect(everyone!.length).toBe(43);
    expect(leaders!.map((row) => row[1])).toEqual(['王领导', '', '', '']);
  });

  it('the committee list puts the secretary first and each member’s 职务 beside the name', () => {
    expect(peopleOf('党组织班子成员', branch)).toEqual([
      { name: '张书记', note: '党支部书记' },
      { name: '李委员', note: '组织委员' },
    ]);
  });

  it('the agenda takes its day from the plan when no meeting time is given', () => {
    const agenda = form('convene-agenda');
    const first = agenda.kind === 'agenda' ? agenda.items[0]!.id : '';
    const values = formValues(agenda, { org: '某某村党支部' }, { [first]: { date: '2026-12-22', owner: '' } });
    expect(values.fields).toEqual({ 党组织名称: '某某村党支部', 会议时间: '2026年12月22日' });
  });

  it('a 方案: time and place, 参加人员 by group, and each step’s date (with its year) and person', () => {
    const plan = form('review-plan');
    const document = documentOf(
      plan,
      formValues(plan, branch, { 'review-plan': { date: '2026-12-10', owner: '张书记' } }),
    );
    const text = paperText(document);
    expect(text).toContain('会议时间：2026年12月22日 9:00');
    expect(text).toContain('党支部全体党员：40人');
    expect(text).toContain('乡镇（街道）党（工）委领导：王领导');
    expect(text).toContain('2026年12月10日');
  });

  it('the 情况通报 table: a row per member under the step’s own columns, then spare rows', () => {
    const briefing = form('briefing');
    const [table] = documentOf(briefing, formValues(briefing, branch, {})).blocks.filter(
      (block) => block.type === 'table',
    );
    const rows = table!.type === 'table' ? table!.rows : [];
    expect(rows.map((row) => row[1]).filter(Boolean)).toEqual(members.map(({ name }) => name));
    expect(rows).toHaveLength(members.length + 3);
    expect(rows.every((row) => row.slice(2).every((cell) => cell === ''))).toBe(true);
  });

  it('a branch with nothing in it leaves a form as blank as the blank one', () => {
    for (const each of forms) {
      expect(paperText(documentOf(each, formValues(each, {}, {}))), each.id).toBe(paperText(documentOf(each)));
    }
  });
});
