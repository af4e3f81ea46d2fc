/**
 * Everything the site prints is a document of blocks: the handout, every form of the meeting kit,
 * and the papers to come (ballots, tallies, minutes, 台账). Pure functions make documents from the
 * flow data, blank or filled with a reader's values; one HTML renderer (./html.ts, drawn by
 * src/components/Paper.astro) and one Word renderer (./docx.ts) lay out the same blocks, so paper
 * and Word hold the same words (a test checks every document).
 */

/** A piece of a cell's text, with what it is. */
export type Inline =
  | string
  /** A step's number before its text: "1." */
  | { kind: 'number'; text: string }
  /** What a step calls for, after its text: 〔需要准备：…〕 */
  | { kind: 'paper'; text: string }
  /** The mark of a corrected step, leading to its erratum. */
  | { kind: 'erratum'; sign: string; label: string; href: string };

/**
 * A table cell: text, pieces of text, a box to tick by hand (with what a screen reader says of it),
 * or text across several columns (a 预备党员's 不评定等次 across the grades).
 */
export type Cell = string | { inlines: readonly Inline[] } | { tick: string } | { text: string; span: number };

export interface Column {
  label: string;
  /** Share of the width, relative to the table's other columns. */
  width: number;
  /** What the column holds, where a script or the paper's style needs to know (完成, 日期, 备注). */
  role?: 'done' | 'date' | 'notes';
}

export type Block<C extends Cell = Cell> =
  /** Labels, each with a line to write on (党组织名称 ______), or the value written there. */
  | { type: 'fields'; labels: readonly string[]; values?: readonly string[] }
  /** A line of text: the source's words, or a label followed by them; then, where given, an address (a link on the page). */
  | { type: 'line'; text: string; address?: { text: string; href: string } }
  | { type: 'heading'; text: string; level?: 2 | 3; id?: string }
  /**
   * A table: column heads, rows (filled or empty), each tall enough to write in (10 mm), or twice
   * that where notes are taken during a meeting (tall).
   */
  | {
      type: 'table';
      columns: readonly Column[];
      rows: readonly (readonly C[])[];
      tall?: boolean;
      /** Rows 8 mm high instead: a list to sign, one name a row, that must hold a whole branch on few pages. */
      compact?: boolean;
      /** Rows 5.2 mm high, 10 pt: a ballot, whose every member is a row of boxes to tick, on one A4 page for a branch of 40. */
      dense?: boolean;
      /** Said above the table: a stage's title and who chairs it. */
      caption?: string;
      /** The step of each row, where a row is a step (a 方案's 工作步骤, the handout's checklist). */
      steps?: readonly string[];
      /** How it looks: a form's ruled table, or the handout's checklist. */
      look?: 'form' | 'checklist';
    }
  /** Ruled lines to write on. */
  | { type: 'ruled'; lines: number }
  /** A line to sign on, after its label (签名 ______). */
  | { type: 'signature'; label: string }
  /**
   * The 落款 at the foot of a notice or a report, set to the right: who issues it (the 党组织名称
   * written in, or a line to write it on) and the date (written in, or 年 月 日 with room before each).
   */
  | { type: 'closing'; org?: string; date?: string }
  /** The next block starts a new page. */
  | { type: 'page-break' };

/** A document; `C` narrows what its table cells hold (a form's are all plain text). */
export interface PaperDocument<C extends Cell = Cell> {
  /** The line above the title: the organisation type. */
  org?: string;
  title: string;
  /** The line under the title. */
  meta?: string;
  blocks: readonly Block<C>[];
  /** What closes it (where the copy came from): last in Word, under the chart on the handout's page two. */
  foot?: readonly Block<C>[];
}

/** A date to write by hand: 年, 月 and 日 with room before each, the same on paper and in Word. */
export const blankDate = '　　　　年　　月　　日';

/** Where a field's label ends: the same on paper and in Word. */
export const fieldLabel = (label: string) => `${label}：`;

/** The column a row's i-th cell starts in, past the cells before it that span several. */
export const columnAt = (row: readonly Cell[], i: number) =>
  row
    .slice(0, i)
    .reduce<number>((column, value) => column + (typeof value === 'object' && 'span' in value ? value.span : 1), 0);

/** A cell's words, as the Word file writes them (a tick box is the box alone). */
export function cellText(cell: Cell): string {
  if (typeof cell === 'string') return cell;
  if ('tick' in cell) return '□';
  if ('span' in cell) return cell.text;
  return cell.inlines.map(inlineText).join('');
}

export function inlineText(inline: Inline): string {
  if (typeof inline === 'string') return inline;
  if (inline.kind === 'erratum') return `［${inline.sign}］${inline.label}`;
  return inline.text;
}
