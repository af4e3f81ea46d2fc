/**
 * What a page script finds in a paper's markup (./html.ts writes it; src/scripts/handout-progress.ts
 * reads it): named once, here, so a renamed attribute or class fails the type
 * check rather than a reader's printout.
 */
import type { Column } from './model.ts';

export const paperAttributes = {
  /** On a row that is a step: the step's id. */
  step: 'data-step',
} as const;

export const paperClasses = {
  tick: 'tick',
  /** A cell of a short column (序号, 姓名, 签到, 时间): kept on one line on screen. */
  short: 'col-short',
  /** The box a form's table scrolls in on a narrow screen. */
  tableScroll: 'paper-table-scroll',
  hidden: 'visually-hidden',
  /** A cell across several columns (不评定等次 across the grades). */
  spanned: 'col-spanned',
  column: (role: NonNullable<Column['role']>) => `col-${role}`,
} as const;

export const paperSelectors = {
  stepRow: `tr[${paperAttributes.step}]`,
  tick: `.${paperClasses.tick}`,
  doneHint: `.${paperClasses.column('done')} .${paperClasses.hidden}`,
  dateCell: `.${paperClasses.column('date')}`,
  notesCell: `.${paperClasses.column('notes')}`,
} as const;
