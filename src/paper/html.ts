/**
 * A document as HTML, for its print page (src/components/Paper.astro draws it): the same blocks
 * as its Word file (./docx.ts), in the markup the paper's stylesheet (src/styles/handout.css)
 * and the page scripts (handout-progress.ts, kit-fill.ts) know. Pure: a string from a document.
 */
import {
  blankDate,
  columnAt,
  fieldLabel,
  type Block,
  type Cell,
  type Column,
  type Inline,
  type PaperDocument,
} from './model.ts';
import { columnsClass } from './columns.ts';
import { paperAttributes, paperClasses } from './hooks.ts';
import { paperWords } from '../words/paper.ts';
import { escapeHtml, tag } from './markup.ts';

const tableLabel = paperWords.tableLabel;

function inline(piece: Inline): string {
  if (typeof piece === 'string') return escapeHtml(piece);
  switch (piece.kind) {
    case 'number':
      return tag('span', { class: 'checklist-number' }, escapeHtml(piece.text));
    case 'paper':
      return tag('span', { class: 'checklist-paper' }, escapeHtml(piece.text));
    case 'erratum':
      return tag(
        'a',
        { class: 'erratum-mark', href: piece.href },
        tag('span', { class: 'erratum-sign' }, escapeHtml(piece.sign)) + escapeHtml(piece.label),
      );
  }
}

/** A column's classes: its role, and whether it is short (a number, a name, 签到, a date), whose cells a screen keeps whole. */
const columnClass = (column: Column | undefined) =>
  [column?.role && paperClasses.column(column.role), column && column.width <= shortColumn && paperClasses.short]
    .filter(Boolean)
    .join(' ') || undefined;
/** Columns this narrow or narrower (in shares of the width) hold a few characters: 序号, 姓名, 时间, 签到. */
const shortColumn = 3;

function cell(value: Cell, column: Column | undefined): string {
  const className = columnClass(column);
  if (typeof value === 'string') return tag('td', { class: className }, escapeHtml(value));
  if ('span' in value)
    return tag('td', { colspan: String(value.span), class: paperClasses.spanned }, escapeHtml(value.text));
  if ('tick' in value)
    return tag(
      'td',
      { class: className },
      tag('span', { class: 'tick', 'aria-hidden': 'true' }) +
        tag('span', { class: 'visually-hidden' }, escapeHtml(value.tick)),
    );
  return tag('td', { class: className }, value.inlines.map(inline).join(''));
}

function table(block: Extract<Block, { type: 'table' }>, heading: string | undefined): string {
  const checklist = block.look === 'checklist';
  const head = tag(
    'thead',
    {},
    tag(
      'tr',
      {},
      block.columns
        .map((column) => tag('th', { scope: 'col', class: columnClass(column) }, escapeHtml(column.label)))
        .join(''),
    ),
  );
  const body = tag(
    'tbody',
    {},
    block.rows
      .map((row, index) =>
        tag(
          'tr',
          { [paperAttributes.step]: block.steps?.[index] },
          row.map((value, i) => cell(value, block.columns[columnAt(row, i)])).join(''),
        ),
      )
      .join(''),
  );
  const classes = checklist
    ? 'checklist-table'
    : [
        'form-table',
        columnsClass(block.columns),
        block.tall ? 'tall' : '',
        block.compact ? 'compact' : '',
        block.dense ? 'dense' : '',
      ]
        .filter(Boolean)
        .join(' ');
  const columns = checklist ? '' : tag('colgroup', {}, block.columns.map(() => '<col>').join(''));
  const caption = block.caption ? tag('caption', {}, escapeHtml(block.caption)) : '';
  const table = tag('table', { class: classes }, caption + columns + head + body);
  // A paper's table scrolls sideways in a box of its own on a narrow screen, so that the page does
  // not and no short cell is broken (focusable, and named, to scroll by keyboard: a checklist's by
  // its stage, a form's by the heading over it, else by its columns).
  const name = (checklist ? block.caption : heading) ?? block.columns.map((column) => column.label).join('、');
  return tag('section', { class: paperClasses.tableScroll, tabindex: '0', 'aria-label': tableLabel(name) }, table);
}

function block(value: Block, heading?: string): string {
  switch (value.type) {
    case 'fields':
      return tag(
        'dl',
        { class: 'handout-fields' },
        value.labels
          .map((label, index) =>
            tag(
              'div',
              {},
              tag('dt', {}, escapeHtml(fieldLabel(label))) + tag('dd', {}, escapeHtml(value.values?.[index] ?? '')),
            ),
          )
          .join(''),
      );
    case 'line':
      return tag(
        'p',
        { class: 'form-line' },
        escapeHtml(value.text) +
          (value.address ? tag('a', { href: value.address.href }, escapeHtml(value.address.text)) : ''),
      );
    case 'heading':
      return value.level === 3
        ? tag('h3', { id: value.id }, escapeHtml(value.text))
        : tag('h2', { class: 'form-heading', id: value.id }, escapeHtml(value.text));
    case 'ruled':
      return tag('div', { class: 'form-ruled', 'aria-hidden': 'true' }, '<span></span>'.repeat(value.lines));
    case 'signature':
      return tag(
        'p',
        { class: 'paper-signature' },
        escapeHtml(fieldLabel(value.label)) + tag('span', { class: 'paper-sign-line' }),
      );
    case 'closing':
      return tag(
        'p',
        { class: 'paper-closing' },
        (value.org ? tag('span', {}, escapeHtml(value.org)) : tag('span', { class: 'paper-sign-line' })) +
          tag('span', {}, escapeHtml(value.date ?? blankDate)),
      );
    case 'page-break':
      return tag('div', { class: 'paper-page-break', 'aria-hidden': 'true' });
    case 'table':
      return table(value, heading);
  }
}

/** The blocks of a document. */
export function blocksHtml(blocks: readonly Block[]): string {
  let heading: string | undefined;
  return blocks
    .map((value) => {
      if (value.type === 'heading') heading = value.text;
      return block(value, heading);
    })
    .join('');
}

/** A document's head: the organisation, the title, the line under it. */
export function headHtml(document: PaperDocument): string {
  return (
    (document.org ? tag('p', { class: 'form-org' }, escapeHtml(document.org)) : '') +
    tag('h1', {}, escapeHtml(document.title)) +
    (document.meta ? tag('p', { class: 'handout-meta' }, escapeHtml(document.meta)) : '')
  );
}
