/**
 * The meeting kit's forms (src/kit/), flow by flow: the agendas hold their meeting's steps in the
 * source's order, the name lists the groups their step names, each 公示 what its step publishes,
 * the 整改清单 the source's own column heads; and every word on a form is the source's or a label.
 */
import { describe, expect, it } from 'vitest';
import { cellWords, documentOf, grading } from './document.ts';
import { loadFlows } from '../../src/flows/load.ts';
import { stepsOf, type Flow } from '../../src/flows/model.ts';
import { visibleText } from '../../src/flows/schema.ts';
import { blankRows, formTitle, type FormDocument } from '../../src/kit/papers.ts';
import { formsOf, isAllMembers, type Form } from '../../src/kit/forms.ts';
import { ui } from '../../src/words/pages.ts';

const flows = loadFlows();
const byId = (flow: Flow) => new Map(formsOf(flow).map((form) => [form.id, form]));
const stageTexts = (flow: Flow, stageId: string) =>
  flow.parts
    .flatMap((part) => part.stages.filter((stage) => stage.id === stageId))
    .flatMap((stage) => stage.steps.map((step) => step.text));
const tables = (document: FormDocument) => document.blocks.filter((block) => block.type === 'table');
const headings = (document: FormDocument) =>
  document.blocks.filter((block) => block.type === 'heading').map((block) => block.text);

describe.each(flows.map((flow) => [flow.slug, flow] as const))('%s', (slug, flow) => {
  const forms = byId(flow);
  const step = (id: string) => stepsOf(flow).find(({ step }) => step.id === id)!.step;

  it('has the forms its steps call for, in the order of the steps they serve', () => {
    // The part 一 forms differ (the 非公 flow has no 方案, 公示 or 参会人员 step there, but a report
    // and 列席); the rest do not.
    const meeting =
      slug === 'nonpublic'
        ? ['solicit-opinions', 'talk-record', 'report-invite', 'invite-non-members']
        : ['solicit-opinions', 'talk-record', 'draft-plan', 'publicize', 'problem-list', 'meeting-attendees'];
    const convene = ['convene-agenda', 'convene-script', 'convene-minutes'];
    const review = ['review-plan', 'review-publicize', 'review-attendees', 'invite-assessors'];
    const assembly = ['assembly-agenda', 'assembly-script', 'assembly-minutes', 'briefing', 'democratic-review'];
    const rating = ['ballot', 'ballot-tally', 'rating-results'];
    expect([...forms.keys()]).toEqual([
      ...meeting,
      ...convene,
      ...review,
      ...assembly,
      ...rating,
      'rectification',
      'rectification-report',
    ]);
    const numbers = [...forms.values()].map((form) => form.serves.number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    for (const form of forms.values()) expect(formTitle(form)).not.toBe('');
    // Each paper where its step is, and nowhere else.
    expect(forms.has('report-invite')).toBe(slug === 'nonpublic');
    expect(forms.has('publicize')).toBe(slug !== 'nonpublic');
  });

  it('minutes and 主持词: each item of the meeting verbatim, in the source’s order; minutes with 应到、实到、缺席 and two signatures', () => {
    for (const stage of ['convene', 'assembly'] as const) {
      const items = stageTexts(flow, stage);
      const minutes = documentOf(forms.get(`${stage}-minutes`)!);
      const lines = minutes.blocks.filter((block) => block.type === 'line').map((block) => block.text);
      expect(lines).toEqual(items.map((text, index) => ui.kit.sectionNumber(index + 1) + text));
      const labels = minutes.blocks.flatMap((block) => (block.type === 'fields' ? block.labels : []));
      for (const label of [
        '会议名称',
        '会议时间',
        '会议地点',
        '主持人',
        '记录人',
        '应到人数',
        '实到人数',
        '缺席人员及原因',
        '列席人员',
      ])
        expect(labels).toContain(label);
      expect(minutes.blocks.filter((block) => block.type === 'signature').map((block) => block.label)).toEqual([
        '主持人签字',
        '记录人签字',
      ]);
      const script = documentOf(forms.get(`${stage}-script`)!);
      expect(
        script.blocks
          .filter((block) => block.type === 'line' && block.text.startsWith('进行'))
          .map((block) => (block.type === 'line' ? block.text : '')),
      ).toEqual(items.map((text, index) => ui.kit.scriptItem(index + 1) + text));
    }
    expect(documentOf(forms.get('assembly-minutes')!).blocks[0]).toEqual({
      type: 'fields',
      labels: ['会议名称', '党组织名称', '会议时间', '会议地点', '主持人', '记录人'],
      values: ['党员大会', '', '', '', '', ''],
    });
  });

  it('征求意见表, 谈心谈话记录 and 情况通报: whom the step asks, the steps that talk, the step’s own columns', () => {
    const opinions = documentOf(forms.get('solicit-opinions')!);
    expect(tables(opinions)[0]!.rows.map((row) => row[1])).toEqual(step('solicit-opinions').paper!.asks);
    for (const asked of step('solicit-opinions').paper!.asks!) expect(step('solicit-opinions').text).toContain(asked);
    const talk = documentOf(forms.get('talk-record')!);
    const talkSteps = stepsOf(flow).filter(({ step: each }) => each.text.includes('谈心谈话'));
    expect(talk.blocks.filter((block) => block.type === 'line').length).toBe(talkSteps.length);
    const briefing = documentOf(forms.get('briefing')!);
    expect(tables(briefing)[0]!.columns.map((column) => column.label)).toEqual([
      '序号',
      '姓名',
      '参加党组织活动',
      '党费缴纳',
      '完成支部交办事项',
    ]);
    expect(tables(briefing)[0]!.rows.length).toBeGreaterThanOrEqual(40);
  });

  it('agendas: the steps of 召开组织生活会 and of 党员大会, verbatim in source order, and the chair where the source names one', () => {
    for (const [id, stage] of [
      ['convene-agenda', 'convene'],
      ['assembly-agenda', 'assembly'],
    ] as const) {
      const document = documentOf(forms.get(id)!);
      const [table] = tables(document);
      expect(table!.rows.map((row) => row[1])).toEqual(stageTexts(flow, stage));
      expect(table!.rows.map((row) => row[0])).toEqual(table!.rows.map((_, index) => String(index + 1)));
      expect(table!.tall).toBe(true);
    }
    const chair = documentOf(forms.get('assembly-agenda')!).blocks.find((block) => block.type === 'line');
    expect(chair).toEqual({ type: 'line', text: '党支部书记主持' });
    expect(documentOf(forms.get('convene-agenda')!).blocks.some((block) => block.type === 'line')).toBe(false);
  });

  it('name lists: the groups its step names, verbatim and in order, as headings over 姓名、单位或职务、签到', () => {
    const lists = [...forms.values()].filter((form) => form.kind === 'names');
    expect(lists.length).toBeGreaterThanOrEqual(3);
    for (const form of lists) {
      const text = form.serves.text;
      // The groups as the step lists them: after 具体为 or the colon, split at 、 and ，.
      const listed = /(?:具体为|：)(.+)$/.exec(text)?.[1]?.split(/[、，]/);
      const document = documentOf(form);
      if (form.id !== 'democratic-review' && form.id !== 'invite-non-members')
        expect(headings(document), form.id).toEqual(listed);
      for (const heading of headings(document)) expect(text).toContain(heading);
      for (const table of tables(document))
        expect(table.columns.map((column) => column.label)).toEqual(['序号', '姓名', '单位或职务', '签到']);
    }
    expect(headings(documentOf(forms.get('democratic-review')!))).toEqual(['监（计）票员']);
  });

  it('公示 drafts: what the step says is published, each a section; the 程序 the 党员大会’s steps verbatim; 公示期 and 落款', () => {
    const notices = [...forms.values()].filter((form) => form.kind === 'notice');
    expect(notices.map((form) => form.id)).toEqual(
      slug === 'nonpublic' ? ['review-publicize'] : ['publicize', 'review-publicize'],
    );
    for (const form of notices) {
      const document = documentOf(form);
      expect(headings(document)).toEqual(
        form.serves.paper!.publishes!.map((item, index) => ui.kit.sectionNumber(index + 1) + item),
      );
      expect(document.blocks.at(-1)).toEqual({ type: 'closing' });
      expect(document.blocks.some((block) => block.type === 'line' && block.text.startsWith('公示期'))).toBe(true);
    }
    const review = documentOf(forms.get('review-publicize')!);
    const programme = review.blocks
      .filter((block) => block.type === 'line' && block.text.startsWith('（'))
      .map((block) => (block.type === 'line' ? block.text : ''));
    expect(programme).toEqual(stageTexts(flow, 'assembly').map((text, index) => ui.kit.itemNumber(index + 1) + text));
  });

  it('整改清单（公示稿）: 班子 and 党员个人 (with 姓名) under the source’s five heads, no 完成情况 on a notice', () => {
    const document = documentOf(forms.get('rectification')!);
    expect(document.title).toContain('公示');
    expect(headings(document)).toEqual(['班子', '党员个人']);
    const heads = ['整改问题', '整改目标', '整改措施', '责任主体', '整改时限'];
    const [team, members] = tables(document).map((table) => table.columns.map((column) => column.label));
    expect(team).toEqual(heads);
    expect(members).toEqual(['姓名', ...heads]);
    expect(JSON.stringify(document)).not.toContain('完成情况');
    for (const head of [...heads, '班子', '党员个人', '公示']) expect(step('rectification').text).toContain(head);
  });

  it('方案 scaffolds: the steps of their part as 工作步骤, with 时间 and 负责人 to fill in, under headed sections', () => {
    for (const form of [...forms.values()].filter((candidate) => candidate.kind === 'plan')) {
      const document = documentOf(form);
      expect(document.title).toBe(`${form.kind === 'plan' ? form.makes : ''}（草稿）`);
      const part = flow.parts.find((candidate) => candidate.stages.some((stage) => stage.steps.includes(form.serves)))!;
      const [table] = tables(document);
      expect(table!.rows.map((row) => row[1])).toEqual(part.stages.flatMap((stage) => stage.steps.map((s) => s.text)));
      expect(table!.columns.map((column) => column.label)).toEqual(['序号', '工作步骤（原文全文）', '时间', '负责人']);
      expect(headings(document)).toEqual(['一、时间和地点', '二、参加人员', '三、工作步骤', '四、其他事项']);
    }
  });

  it('every word on every form is the source’s (a step’s text, a quote from it) or an interface label', () => {
    const source = visibleText(
      stepsOf(flow)
        .map(({ step }) => step.text)
        .join('\n'),
    );
    const labels = new Set(
      [
        ...Object.values(ui.kit).flatMap((value) =>
          typeof value === 'string'
            ? [value]
            : Array.isArray(value)
              ? value
              : typeof value === 'object'
                ? Object.values(value)
                : [],
        ),
        ...ui.kit.planSections.map((title, index) => ui.kit.sectionNumber(index + 1) + title),
        ...Object.values(ui.kit.titles),
        ui.chairedBy('党支部书记'),
        // The grades are the checked guidance's words, cited on the ballot by its publication.
        ...grading.grades,
        grading.notGraded,
        ui.kit.gradesFrom(ui.basis.cite(grading.quotes.grades)),
      ].map(String),
    );
    const fromSource = (text: string) => source.includes(visibleText(text));
    // A numbered item (一、 （一） 进行第一项：) is its number, a label, and the source's words.
    const unnumbered = (word: string) =>
      word.replace(/^(?:[一二三四五六七八九十]、|（[一二三四五六七八九十]）|进行第[一二三四五六七八九十]项：)/, '');

    for (const form of forms.values()) {
      const document = documentOf(form);
      // A 方案's title is its step's words and the draft mark; the others are labels.
      const words: string[] = [form.kind === 'plan' ? form.makes : formTitle(form)];
      for (const block of document.blocks) {
        if (block.type === 'line')
          words.push(...unnumbered(block.text.replace(/^依据流程第\d+步：/, '')).split(/[、：]$|、/));
        if (block.type === 'heading') words.push(block.text);
        if (block.type === 'fields') words.push(...block.labels);
        if (block.type === 'table')
          words.push(...block.columns.map((column) => column.label), ...block.rows.flat().map(cellWords));
      }
      const stray = words
        .map(unnumbered)
        .filter((word) => word !== '' && !/^\d+$/.test(word) && !labels.has(word) && !fromSource(word));
      expect(stray, form.id).toEqual([]);
    }
  });
});

it('a name list fits two pages however many groups its step names', () => {
  const lists = flows.flatMap((flow) =>
    formsOf(flow).filter((form): form is Extract<Form, { kind: 'names' }> => form.kind === 'names'),
  );
  expect(Math.max(...lists.map((form) => form.groups.length))).toBe(6);
  // Rows, with a heading and a head row (about two rows) per group: 8 mm rows, two A4 pages hold about 50.
  const rows = (form: Extract<Form, { kind: 'names' }>) =>
    form.groups.reduce((sum, group) => sum + blankRows.names(group, form.groups) + 2, 0);
  expect(Math.max(...lists.map(rows))).toBeLessThanOrEqual(52);
  // And the whole membership of a large branch on every list of it.
  for (const form of lists.filter((each) => each.groups.some(isAllMembers)))
    expect(blankRows.names(form.groups.find(isAllMembers)!, form.groups)).toBe(40);
});
