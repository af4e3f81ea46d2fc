/**
 * Each form of the kit as a document: a title and a list of blocks (fields to fill in, lines of
 * text, headings, tables, ruled lines). The print page and the Word file both lay out the same
 * blocks, so paper and Word never differ. The words inside come from the source (step texts,
 * chairs, quotes checked against their steps); the labels from src/words/.
 */
import { commonWords } from '../words/common.ts';
import { kitWords } from '../words/kit.ts';
import type { Form } from './forms.ts';

export type Block =
  /** Labels, each with a line to write on (党组织名称 ______). */
  | { type: 'fields'; labels: readonly string[] }
  /** A line of text: the source's words, or a label followed by them. */
  | { type: 'line'; text: string }
  | { type: 'heading'; text: string }
  /**
   * A table: column heads with relative widths, rows (filled or empty), each tall enough to write
   * in (10 mm), or twice that where notes are taken during a meeting (tall).
   */
  | {
      type: 'table';
      columns: readonly Column[];
      rows: readonly (readonly string[])[];
      tall?: boolean;
      /**
       * Where a row is a step with a time and a person to fill in (a 方案's 工作步骤): the step's id
       * per row, so a page printed from the browser that planned them fills them in.
       */
      planned?: readonly string[];
    }
  /** Ruled lines to write on. */
  | { type: 'ruled'; lines: number };

export interface Column {
  label: string;
  /** Share of the width, relative to the table's other columns. */
  width: number;
}

export interface FormDocument {
  form: Form;
  title: string;
  blocks: Block[];
}

const words = kitWords;
/**
 * Empty rows to write in: a name list has about 18 in all, shared among its groups (at least 3
 * each), so that it prints on two pages however many groups its step names; a table 4 per group.
 */
export const blankRows = { names: (groups: number) => Math.max(3, Math.floor(18 / groups)), table: 4 } as const;
const empty = (count: number, columns: number) => Array.from({ length: count }, () => Array<string>(columns).fill(''));

/** The step a form serves, quoted in full under its title: 依据流程第N步：…. */
const basisLine = (form: Form): Block => ({
  type: 'line',
  text: `${words.basis(form.serves.number)}${form.serves.text}`,
});

/** A name list's or a table's sections: each group's heading over the same empty table. */
const perGroup = (groups: readonly string[], columns: Column[], rows: string[][]): Block[] =>
  groups.flatMap((group): Block[] => [
    { type: 'heading', text: group },
    { type: 'table', columns, rows },
  ]);

export function formTitle(form: Form): string {
  if (form.kind === 'plan') return `${form.makes}${words.draftMark}`;
  const title = words.titles[form.id];
  if (!title) throw new Error(`The form "${form.id}" has no title: add one to kitWords.titles in src/words/kit.ts.`);
  return title;
}

export function formDocument(form: Form): FormDocument {
  return { form, title: formTitle(form), blocks: blocksOf(form) };
}

/** The 序号 column that every numbered table starts with. */
const numberColumn = { label: words.number, width: 1 };

function blocksOf(form: Form): Block[] {
  switch (form.kind) {
    case 'agenda':
      return [
        { type: 'fields', labels: words.meetingFields },
        ...(form.stage.chair ? [{ type: 'line', text: commonWords.chairedBy(form.stage.chair) } as const] : []),
        {
          type: 'table',
          columns: [
            numberColumn,
            { label: words.agendaItem, width: 7 },
            { label: words.time, width: 2 },
            { label: words.notes, width: 4 },
          ],
          rows: form.items.map((step, index) => [String(index + 1), step.text, '', '']),
          tall: true,
        },
      ];
    case 'names':
      return [
        { type: 'fields', labels: words.meetingFields },
        basisLine(form),
        ...perGroup(
          form.groups,
          [
            numberColumn,
            { label: words.name, width: 3 },
            { label: words.unitOrPost, width: 5 },
            { label: words.signIn, width: 3 },
          ],
          empty(blankRows.names(form.groups.length), 4).map((row, index) => [String(index + 1), ...row.slice(1)]),
        ),
      ];
    case 'notice':
      return [
        basisLine(form),
        {
          type: 'table',
          columns: [numberColumn, { label: words.published, width: 4 }, { label: words.publishedText, width: 9 }],
          rows: form.publishes.map((item, index) => [String(index + 1), item, '']),
        },
        { type: 'fields', labels: words.noticeFields },
      ];
    case 'table':
      return [
        { type: 'fields', labels: words.tableFields },
        basisLine(form),
        ...perGroup(
          form.groups,
          [
            { label: form.serves.paper?.makes?.[0] ?? '', width: 4 },
            ...form.columns.map((label) => ({ label, width: 3 })),
            { label: words.progress, width: 3 },
          ],
          empty(blankRows.table, form.columns.length + 2),
        ),
      ];
    case 'plan': {
      const [when, who, steps, other] = words.planSections as [string, string, string, string];
      const section = (n: number, title: string): Block => ({ type: 'heading', text: words.sectionNumber(n) + title });
      return [
        { type: 'fields', labels: [words.orgField] },
        basisLine(form),
        section(1, when),
        { type: 'ruled', lines: 2 },
        section(2, who),
        { type: 'ruled', lines: 2 },
        section(3, steps),
        {
          type: 'table',
          columns: [
            numberColumn,
            { label: words.planStep, width: 8 },
            { label: words.time, width: 2 },
            { label: words.owner, width: 2 },
          ],
          rows: form.steps.map((step) => [String(step.number), step.text, '', '']),
          planned: form.steps.map((step) => step.id),
        },
        section(4, other),
        { type: 'ruled', lines: 3 },
      ];
    }
  }
}

/**
 * A table's column widths as a class name ("cols-1-7-2-4"), and the stylesheet that sizes every
 * such class (src/pages/kit.css.ts): the widths live here only, and a page needs no inline style.
 */
export const columnsClass = (columns: readonly Column[]) => `cols-${columns.map((column) => column.width).join('-')}`;

export function columnStyles(documents: readonly FormDocument[]): string {
  const rules = new Map<string, string>();
  for (const { blocks } of documents) {
    for (const block of blocks) {
      if (block.type !== 'table') continue;
      const name = columnsClass(block.columns);
      const total = block.columns.reduce((sum, column) => sum + column.width, 0);
      rules.set(
        name,
        block.columns
          .map(
            (column, index) =>
              `.${name} col:nth-child(${index + 1}) { width: ${((column.width / total) * 100).toFixed(1)}%; }`,
          )
          .join('\n'),
      );
    }
  }
  return (
    [...rules.keys()]
      .sort()
      .map((name) => rules.get(name))
      .join('\n') + '\n'
  );
}
