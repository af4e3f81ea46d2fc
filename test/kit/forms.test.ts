/**
 * The meeting kit's forms (src/kit/), flow by flow: the agendas hold their meeting's steps in the
 * source's order, the name lists the groups their step names, each 公示 what its step publishes,
 * the 整改清单 the source's own column heads; and every word on a form is the source's or a label.
 */
import { describe, expect, it } from 'vitest';
import { loadFlows } from '../../src/flows/load.ts';
import { stepsOf, type Flow } from '../../src/flows/model.ts';
import { visibleText } from '../../src/flows/schema.ts';
import { formDocument, formTitle, type FormDocument } from '../../src/kit/papers.ts';
import { formsOf, type Form } from '../../src/kit/forms.ts';
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
    // The part 一 forms differ (the 非公 flow has no 方案, 公示 or 参会人员 step there, but 列席); the rest do not.
    const meeting =
      slug === 'nonpublic'
        ? ['invite-non-members', 'convene-agenda']
        : ['draft-plan', 'publicize', 'meeting-attendees', 'convene-agenda'];
    const review = ['review-plan', 'review-publicize', 'review-attendees', 'invite-assessors', 'assembly-agenda'];
    const expected = [...meeting, ...review, 'democratic-review', 'rectification'];
    expect([...forms.keys()]).toEqual(expected);
    const numbers = [...forms.values()].map((form) => form.serves.number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    for (const form of forms.values()) expect(formTitle(form)).not.toBe('');
  });

  it('agendas: the steps of 召开组织生活会 and of 党员大会, verbatim in source order, and the chair where the source names one', () => {
    for (const [id, stage] of [
      ['convene-agenda', 'convene'],
      ['assembly-agenda', 'assembly'],
    ] as const) {
      const document = formDocument(forms.get(id)!);
      const [table] = tables(document);
      expect(table!.rows.map((row) => row[1])).toEqual(stageTexts(flow, stage));
      expect(table!.rows.map((row) => row[0])).toEqual(table!.rows.map((_, index) => String(index + 1)));
      expect(table!.tall).toBe(true);
    }
    const chair = formDocument(forms.get('assembly-agenda')!).blocks.find((block) => block.type === 'line');
    expect(chair).toEqual({ type: 'line', text: '党支部书记主持' });
    expect(formDocument(forms.get('convene-agenda')!).blocks.some((block) => block.type === 'line')).toBe(false);
  });

  it('name lists: the groups its step names, verbatim and in order, as headings over 姓名、单位或职务、签到', () => {
    const lists = [...forms.values()].filter((form) => form.kind === 'names');
    expect(lists.length).toBeGreaterThanOrEqual(3);
    for (const form of lists) {
      const text = form.serves.text;
      // The groups as the step lists them: after 具体为 or the colon, split at 、 and ，.
      const listed = /(?:具体为|：)(.+)$/.exec(text)?.[1]?.split(/[、，]/);
      const document = formDocument(form);
      if (form.id !== 'democratic-review' && form.id !== 'invite-non-members')
        expect(headings(document), form.id).toEqual(listed);
      for (const heading of headings(document)) expect(text).toContain(heading);
      for (const table of tables(document))
        expect(table.columns.map((column) => column.label)).toEqual(['序号', '姓名', '单位或职务', '签到']);
    }
    expect(headings(formDocument(forms.get('democratic-review')!))).toEqual(['监（计）票员']);
  });

  it('公示 drafts: exactly what the step says is published, then blanks for 公示时间、方式、地点、联系人', () => {
    const notices = [...forms.values()].filter((form) => form.kind === 'notice');
    expect(notices.map((form) => form.id)).toEqual(
      slug === 'nonpublic' ? ['review-publicize'] : ['publicize', 'review-publicize'],
    );
    for (const form of notices) {
      const document = formDocument(form);
      expect(tables(document)[0]!.rows.map((row) => row[1])).toEqual(form.serves.paper!.publishes);
      expect(document.blocks.at(-1)).toEqual({
        type: 'fields',
        labels: ['公示时间', '公示方式', '公示地点', '联系人'],
      });
    }
    if (slug !== 'nonpublic')
      expect(
        formDocument(forms.get('publicize')!).blocks.flatMap((block) =>
          block.type === 'table' ? block.rows.map((row) => row[1]) : [],
        ),
      ).toEqual(['对照检查材料', '问题清单', '整改措施']);
  });

  it('整改清单: a section for 班子 and one for 党员个人, under the source’s five heads and 完成情况, headed as to be 公示', () => {
    const document = formDocument(forms.get('rectification')!);
    expect(document.title).toContain('公示');
    expect(headings(document)).toEqual(['班子', '党员个人']);
    for (const table of tables(document)) {
      expect(table.columns.map((column) => column.label)).toEqual([
        '整改问题',
        '整改目标',
        '整改措施',
        '责任主体',
        '整改时限',
        '完成情况',
      ]);
    }
    for (const head of ['整改问题', '整改目标', '整改措施', '责任主体', '整改时限', '班子', '党员个人', '公示']) {
      expect(step('rectification').text).toContain(head);
    }
  });

  it('方案 scaffolds: the steps of their part as 工作步骤, with 时间 and 负责人 to fill in, under headed sections', () => {
    for (const form of [...forms.values()].filter((candidate) => candidate.kind === 'plan')) {
      const document = formDocument(form);
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
        ui.chairedBy('党支部书记'),
      ].map(String),
    );
    const fromSource = (text: string) => source.includes(visibleText(text));
    for (const form of forms.values()) {
      const document = formDocument(form);
      // A 方案's title is its step's words and the draft mark; the others are labels.
      const words: string[] = [form.kind === 'plan' ? form.makes : formTitle(form)];
      for (const block of document.blocks) {
        if (block.type === 'line') words.push(block.text.replace(/^依据流程第\d+步：/, ''));
        if (block.type === 'heading') words.push(block.text);
        if (block.type === 'fields') words.push(...block.labels);
        if (block.type === 'table') words.push(...block.columns.map((column) => column.label), ...block.rows.flat());
      }
      const stray = words.filter(
        (word) => word !== '' && !/^\d+$/.test(word) && !labels.has(word) && !fromSource(word),
      );
      expect(stray, form.id).toEqual([]);
    }
  });
});

it('a name list fits two pages however many groups its step names', () => {
  const longest = Math.max(
    ...flows.flatMap((flow) =>
      formsOf(flow)
        .filter((form): form is Extract<Form, { kind: 'names' }> => form.kind === 'names')
        .map((form) => form.groups.length),
    ),
  );
  expect(longest).toBe(6);
  const rows = (groups: number) => groups * (Math.max(3, Math.floor(18 / groups)) + 2);
  expect(rows(longest)).toBeLessThanOrEqual(30);
});
