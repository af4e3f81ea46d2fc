/**
 * Each form of the kit as a document of the paper model (src/paper/): a title and its blocks
 * (fields to fill in, lines of text, headings, tables, ruled lines), blank or filled with a
 * reader's values by the same function. The words inside come from the source (step texts,
 * chairs, quotes checked against their steps); the labels from src/words/.
 */
import { commonWords } from '../words/common.ts';
import { kitWords } from '../words/kit.ts';
import type { Block, Cell, Column, PaperDocument } from '../paper/model.ts';
import type { Grading } from '../review/grading.ts';
import { isAllMembers, isIndividual, programmeWord, type Form } from './forms.ts';
import { isDeadline } from '../ledger/ledger.ts';

/** A form as a document of the paper model: text, a box to tick, or text across the grades. */
export interface FormDocument extends PaperDocument {
  form: Form;
  blocks: Block[];
}

/** What a reader's own data writes into a form; a form made without it is blank. */
export interface FormValues {
  /** The organisation type, above the title. */
  org?: string;
  /** What is written after a field's label, by the label (党组织名称 → 某村党支部). */
  fields?: Readonly<Record<string, string>>;
  /** The people of each group a name list (or a 方案's 参加人员) heads, by the group's words. */
  names?: Readonly<Record<string, readonly ListedPerson[]>>;
  /** The branch's members, a row each, where a paper lists every member (the 情况通报). */
  members?: readonly ListedPerson[];
  /** A 方案's 工作步骤: the time and the person of each step, as they are to be written. */
  plan?: Readonly<Record<string, { time: string; owner: string }>>;
  /** The members assessed (a ballot, its count, the results), each with the count and the grade recorded. */
  assessed?: readonly AssessedMember[];
  /** The problems of a 问题清单 or a 整改 table, by group (班子, 党员个人). */
  problems?: Readonly<Record<string, readonly ListedProblem[]>>;
}

/** A problem on a list: whose (a member's name, for 党员个人), what, its 整改 in the table's column order, and how it stands. */
export interface ListedProblem {
  member?: string;
  text: string;
  /** What is written under each of the 整改 table's columns, in its order (the 时限 as a date). */
  columns: readonly string[];
  /** 未开始, 进行中, 已完成（2027年1月10日）: on the 整改落实情况 only. */
  status?: string;
  outcome?: string;
}

/** A member on a ballot, its count or the results: 预备党员 are not graded. */
export interface AssessedMember {
  name: string;
  probationary: boolean;
  /** The ballots for each grade, in the grades' order, where counted. */
  counts?: readonly number[];
  /** The grade decided, where it is. */
  grade?: string;
}

/** A person on a name list: the name, and what is written beside it (职务, 预备党员). */
export interface ListedPerson {
  name: string;
  note?: string;
}

const words = kitWords;
/**
 * Empty rows to write in: the whole membership of a branch 40, room for a large branch, and 3 for
 * each group beside it (those who come to the branch's meeting from above); the groups of any other
 * list a share of 18 (at least 3): so that a list prints on two pages however many groups its step
 * names. A table 4 per group.
 */
export const blankRows = {
  names: (group: string, groups: readonly string[]) =>
    isAllMembers(group)
      ? blankRows.members
      : groups.some(isAllMembers)
        ? 3
        : Math.max(3, Math.floor(18 / groups.length)),
  /** The whole membership, wherever a paper lists it. */
  members: 40,
  table: 4,
  /** A 问题清单's rows per group. */
  problems: 6,
} as const;
const empty = (count: number, columns: number) => Array.from({ length: count }, () => Array<Cell>(columns).fill(''));

type FormBlock = Block;

/** The step a form serves, quoted in full under its title: 依据流程第N步：…. */
const basisLine = (form: Form): FormBlock => ({
  type: 'line',
  text: `${words.basis(form.serves.number)}${form.serves.text}`,
});

/** Fields, with what the reader's values write after each label. */
const fields = (labels: readonly string[], values: FormValues): FormBlock =>
  values.fields && labels.some((label) => values.fields![label])
    ? { type: 'fields', labels, values: labels.map((label) => values.fields![label] ?? '') }
    : { type: 'fields', labels };

/** A name list's or a table's sections: each group's heading over its table. */
const perGroup = (
  groups: readonly string[],
  columns: Column[],
  rows: (group: string) => Cell[][],
  compact = false,
): FormBlock[] =>
  groups.flatMap((group): FormBlock[] => [
    { type: 'heading', text: group },
    { type: 'table', columns, rows: rows(group), ...(compact ? { compact } : {}) },
  ]);

export function formTitle(form: Form): string {
  if (form.kind === 'plan') return `${form.makes}${words.draftMark}`;
  const title = words.titles[form.id];
  if (!title) throw new Error(`The form "${form.id}" has no title: add one to kitWords.titles in src/words/kit.ts.`);
  return title;
}

/** The forms of the 民主评议, whose grades come from the checked guidance. */
const graded = new Set<Form['kind']>(['ballot', 'tally', 'results']);
export const needsGrading = (form: Form) => graded.has(form.kind);

/** A form as a document: blank, or filled with a reader's values; the 民主评议's with the grading. */
export function formDocument(form: Form, values: FormValues = {}, grading?: Grading): FormDocument {
  if (needsGrading(form) && !grading)
    throw new Error(`The form "${form.id}" needs the grading (src/review/grading.ts).`);
  return {
    form,
    ...(values.org ? { org: values.org } : {}),
    title: formTitle(form),
    blocks: blocksOf(form, values, grading!),
  };
}

/** The 序号 column that every numbered table starts with. */
const numberColumn = { label: words.number, width: 1 };

/**
 * Rows of people, numbered throughout, `columns` wide: blank (`blank` of them); or, filled, one per
 * person — the name in the second column, what is written beside it (职务, 预备党员) in the third
 * where `withNote` — and a few spare.
 */
function peopleRows(columns: number, blank: number, people?: readonly ListedPerson[], withNote = false): Cell[][] {
  return empty(people ? people.length + spareRows : blank, columns).map((row, index) => {
    row[0] = String(index + 1);
    row[1] = people?.[index]?.name ?? '';
    if (withNote) row[2] = people?.[index]?.note ?? '';
    return row;
  });
}
/** Rows left empty under a filled name list, for whoever comes unlisted. */
export const spareRows = 3;

/** The 落款: her 党组织名称 where she gave one, else a line to write it on; the date to write. */
const closing = (values: FormValues): FormBlock => ({
  type: 'closing',
  ...(values.fields?.[words.orgField] ? { org: values.fields[words.orgField] } : {}),
});

/** A 方案's 参加人员 of one group: how many, for the whole membership; else their names. */
const attendees = (group: string, people: readonly ListedPerson[]) =>
  isAllMembers(group)
    ? people.length
      ? words.headcount(people.length)
      : ''
    : people.map(({ name }) => name).join('、');

/**
 * The rows of the members assessed, numbered: each name, then `cells` of a 正式党员, or, for a
 * 预备党员, 不评定等次 across the grades; blank, `blankRows.members` rows of `blank` cells.
 */
function assessedRows(
  values: FormValues,
  grading: Grading,
  span: number,
  cells: (member: AssessedMember | null) => Cell[],
): Cell[][] {
  const members = values.assessed;
  if (!members) return Array.from({ length: blankRows.members }, (_, n) => [String(n + 1), '', ...cells(null)]);
  return members.map((member, n) => [
    String(n + 1),
    member.name,
    ...(member.probationary ? [{ text: grading.notGraded, span }] : cells(member)),
  ]);
}

/**
 * A list of problems, a section per group: its heading over a table whose columns are `columns`,
 * after the member's 姓名 where the group is one member's (and after 序号 where `numbered`).
 */
function problemSections(
  values: FormValues,
  groups: readonly string[],
  blank: number,
  columns: readonly Column[],
  rest: (problem: ListedProblem) => readonly string[],
  numbered = false,
): FormBlock[] {
  return groups.flatMap((group): FormBlock[] => {
    const heads: Column[] = [...(isIndividual(group) ? [{ label: words.name, width: 2 }] : []), ...columns];
    const rows = problemRows(values, group, blank, heads.length, rest);
    return [
      { type: 'heading', text: group },
      {
        type: 'table',
        columns: numbered ? [numberColumn, ...heads] : heads,
        rows: numbered ? rows.map((row, n) => [String(n + 1), ...row]) : rows,
      },
    ];
  });
}

/**
 * The rows of a list of problems for one group: blank (`blank` of them), or one per problem, the
 * member's name first where the group is one member's, then the problem and what `rest` gives.
 */
function problemRows(
  values: FormValues,
  group: string,
  blank: number,
  width: number,
  rest: (problem: ListedProblem) => readonly string[],
): Cell[][] {
  const listed = values.problems?.[group];
  if (!values.problems) return empty(blank, width);
  if (!listed?.length) return empty(1, width);
  return listed.map((problem) => [
    ...(isIndividual(group) ? [problem.member ?? ''] : []),
    problem.text,
    ...rest(problem),
  ]);
}

/** The grades as columns, after 序号 and 姓名. */
const gradeColumns = (grading: Grading): Column[] => [
  numberColumn,
  { label: words.name, width: 3 },
  ...grading.grades.map((label) => ({ label, width: 2 })),
];

function blocksOf(form: Form, values: FormValues, grading: Grading): FormBlock[] {
  switch (form.kind) {
    case 'ballot':
      return [
        fields([words.orgField, words.assessedOn], values),
        { type: 'line', text: words.ballotHowTo },
        {
          type: 'table',
          columns: gradeColumns(grading),
          rows: assessedRows(values, grading, grading.grades.length, (member) =>
            grading.grades.map((grade) => ({ tick: words.ballotBox(member?.name ?? '', grade) })),
          ),
          dense: true,
        },
        { type: 'line', text: words.gradesFrom(commonWords.basis.cite(grading.quotes.grades)) },
      ];
    case 'tally':
      return [
        fields([words.orgField, words.assessedOn, words.ballotsIssued, words.ballotsReturned], values),
        basisLine(form),
        {
          type: 'table',
          columns: gradeColumns(grading),
          rows: assessedRows(values, grading, grading.grades.length, (member) =>
            grading.grades.map((_, g) => (member?.counts ? String(member.counts[g] ?? 0) : '')),
          ),
          compact: true,
        },
        ...words.tallySignatures.map((label): FormBlock => ({ type: 'signature', label })),
      ];
    case 'results': {
      const members = values.assessed ?? [];
      const formal = members.filter((member) => !member.probationary);
      const labels = [words.orgField, words.formalMembers, words.probationaryMembers, ...grading.grades];
      const counts: Record<string, string> = values.assessed
        ? {
            [words.formalMembers]: words.headcount(formal.length),
            [words.probationaryMembers]: words.headcount(members.length - formal.length),
            ...Object.fromEntries(
              grading.grades.map((grade) => [
                grade,
                words.headcount(formal.filter((member) => member.grade === grade).length),
              ]),
            ),
          }
        : {};
      return [
        fields(labels, { fields: { ...values.fields, ...counts } }),
        basisLine(form),
        {
          type: 'table',
          columns: [
            numberColumn,
            { label: words.name, width: 3 },
            { label: words.rating, width: 3 },
            { label: words.remarks, width: 5 },
          ],
          rows: assessedRows(values, grading, 1, (member) => [member?.grade ?? '']).map((row) => [...row, '']),
          compact: true,
        },
        closing(values),
      ];
    }
    case 'agenda':
      return [
        fields(words.meetingFields, values),
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
        fields(words.meetingFields, values),
        fields(words.attendanceFields, values),
        basisLine(form),
        ...perGroup(
          form.groups,
          [
            numberColumn,
            { label: words.name, width: 3 },
            { label: words.unitOrPost, width: 5 },
            { label: words.signIn, width: 3 },
          ],
          (group) => peopleRows(4, blankRows.names(group, form.groups), values.names?.[group], true),
          true,
        ),
      ];
    case 'notice':
      return [
        fields([words.orgField], values),
        basisLine(form),
        ...form.publishes.flatMap((item, index): FormBlock[] => [
          { type: 'heading', text: words.sectionNumber(index + 1) + item },
          ...(item === programmeWord && form.programme.length
            ? form.programme.map((step, n): FormBlock => ({ type: 'line', text: words.itemNumber(n + 1) + step.text }))
            : [{ type: 'ruled', lines: 3 } as const]),
        ]),
        { type: 'line', text: words.noticePeriod },
        fields(words.noticeFields, values),
        closing(values),
      ];
    case 'table':
      return [
        fields([words.orgField], values),
        basisLine(form),
        ...problemSections(
          values,
          form.groups,
          blankRows.table,
          [
            { label: form.serves.paper?.makes?.[0] ?? '', width: 4 },
            ...form.columns.map((label) => ({ label, width: 3 })),
          ],
          (problem) => problem.columns,
        ),
        { type: 'line', text: words.noticePeriod },
        closing(values),
      ];
    case 'problems':
      return [
        fields([words.orgField], values),
        basisLine(form),
        ...problemSections(
          values,
          form.groups,
          blankRows.problems,
          [{ label: words.problem, width: 10 }],
          () => [],
          true,
        ),
      ];
    case 'ledger':
      return [
        fields([words.orgField], values),
        basisLine(form),
        ...problemSections(
          values,
          form.groups,
          blankRows.table,
          [
            { label: form.serves.paper?.makes?.[0] ?? '', width: 3 },
            // A date (2026年12月1日) and a status with its day take more room than a word.
            ...form.columns.map((label) => ({ label, width: isDeadline(label) ? 3 : 2 })),
            { label: words.status, width: 3 },
            { label: words.outcome, width: 3 },
          ],
          (problem) => [...problem.columns, problem.status ?? '', problem.outcome ?? ''],
        ),
        closing(values),
      ];
    case 'minutes':
      return [
        fields([words.meetingName, ...words.meetingFields], {
          ...values,
          fields: { [words.meetingName]: form.name, ...values.fields },
        }),
        fields([...words.attendanceFields, words.observers], values),
        { type: 'heading', text: words.minutesItems },
        ...form.items.flatMap((step, index): FormBlock[] => [
          { type: 'line', text: words.sectionNumber(index + 1) + step.text },
          { type: 'ruled', lines: 4 },
        ]),
        { type: 'signature', label: words.chairSignature },
        { type: 'signature', label: words.recorderSignature },
      ];
    case 'script':
      return [
        fields([words.meetingTime, words.meetingPlace, words.chair], values),
        ...(form.stage.chair ? [{ type: 'line', text: commonWords.chairedBy(form.stage.chair) } as const] : []),
        ...form.items.flatMap((step, index): FormBlock[] => [
          { type: 'line', text: words.scriptItem(index + 1) + step.text },
          { type: 'ruled', lines: 2 },
        ]),
      ];
    case 'opinions':
      return [
        fields([words.orgField], values),
        basisLine(form),
        {
          type: 'table',
          columns: [numberColumn, { label: words.asked, width: 3 }, { label: words.opinions, width: 9 }],
          rows: form.asks.map((asked, index) => [String(index + 1), asked, '']),
          tall: true,
        },
      ];
    case 'record':
      return [
        ...form.steps.map((step) => ({ type: 'line', text: `${words.basis(step.number)}${step.text}` }) as const),
        fields(words.talkFields, values),
        { type: 'heading', text: words.talkContent },
        { type: 'ruled', lines: 12 },
      ];
    case 'report':
      return [
        { type: 'line', text: `${form.reports.join('、')}：` },
        basisLine(form),
        { type: 'heading', text: words.reportContent },
        { type: 'ruled', lines: 10 },
        closing(values),
      ];
    case 'roster': {
      const columns: Column[] = [
        numberColumn,
        { label: words.name, width: 3 },
        ...form.columns.map((label) => ({ label, width: 4 })),
      ];
      return [
        fields([words.orgField], values),
        basisLine(form),
        {
          type: 'table',
          columns,
          rows: peopleRows(columns.length, blankRows.members, values.members),
          compact: true,
        },
      ];
    }
    case 'plan': {
      const [when, who, steps, other] = words.planSections as [string, string, string, string];
      const section = (n: number, title: string): FormBlock => ({
        type: 'heading',
        text: words.sectionNumber(n) + title,
      });
      return [
        fields([words.orgField], values),
        basisLine(form),
        section(1, when),
        values.fields?.[words.meetingTime] || values.fields?.[words.meetingPlace]
          ? fields([words.meetingTime, words.meetingPlace], values)
          : { type: 'ruled', lines: 2 },
        section(2, who),
        values.names && form.groups.some((group) => values.names![group]!.length)
          ? {
              type: 'fields',
              labels: form.groups,
              values: form.groups.map((group) => attendees(group, values.names![group]!)),
            }
          : { type: 'ruled', lines: 2 },
        section(3, steps),
        {
          type: 'table',
          columns: [
            numberColumn,
            { label: words.planStep, width: 8 },
            { label: words.time, width: 2 },
            { label: words.owner, width: 2 },
          ],
          rows: form.steps.map((step) => [
            String(step.number),
            step.text,
            values.plan?.[step.id]?.time ?? '',
            values.plan?.[step.id]?.owner ?? '',
          ]),
          steps: form.steps.map((step) => step.id),
        },
        section(4, other),
        { type: 'ruled', lines: 3 },
      ];
    }
  }
}
