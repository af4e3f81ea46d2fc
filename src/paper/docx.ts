/**
 * A document as a Word file (.docx), with the `docx` library: the same blocks as its print page
 * (./html.ts). A4 with Word's default margins, the fonts Chinese offices use for official
 * documents (each with the fallback Word and WPS use where it is missing), and files that are
 * byte for byte the same for the same content.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeightRule,
  LineRuleType,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { commonWords } from '../words/common.ts';
import {
  blankDate,
  cellText,
  columnAt,
  fieldLabel,
  inlineText,
  type Block,
  type Cell,
  type PaperDocument,
} from './model.ts';

/** Font → the font Word uses in its place where it is missing (written into the font table). */
export const fonts = {
  title: { name: '方正小标宋简体', fallback: 'SimHei' },
  heading: { name: '黑体', fallback: 'SimHei' },
  body: { name: '仿宋_GB2312', fallback: 'FangSong' },
} as const;
export const runFont = (font: { name: string; fallback: string }) => ({
  eastAsia: font.name,
  ascii: font.fallback,
  hAnsi: font.fallback,
});

/** Half-points: 二号 22 pt (title), 三号 16 pt (headings), 四号 14 pt, 11 pt (fields), 五号 10.5 pt (tables). */
export const size = { title: 44, heading: 32, body: 28, field: 22, table: 21 } as const;

/** A4, with Word's default side margins and 1.5 cm above and below (a list to sign needs the room), in twentieths of a point. */
export const page = { width: 11906, height: 16838, margin: { top: 851, bottom: 851, left: 1800, right: 1800 } };
export const textWidth = page.width - page.margin.left - page.margin.right;
/** Rows at least 10 mm high, room to write by hand; a list to sign, 8 mm. */
export const rowHeight = 567;
export const compactRowHeight = 454;
/** A ballot's rows, 4.7 mm (Word's fields and title take more room than the page's): a branch of 40 on one page. */
export const denseRowHeight = 265;

export const text = (value: string, options: { bold?: boolean; font?: keyof typeof fonts; size?: number } = {}) =>
  new TextRun({
    text: value,
    bold: options.bold ?? false,
    font: runFont(fonts[options.font ?? 'body']),
    size: options.size ?? size.body,
  });

const cell = (runs: TextRun[], width: number, options: { center?: boolean; span?: number; tight?: boolean } = {}) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(options.span ? { columnSpan: options.span } : {}),
    verticalAlign: VerticalAlignTable.CENTER,
    margins: options.tight ? { top: 0, bottom: 0, left: 80, right: 80 } : { top: 60, bottom: 60, left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
        // A ballot's line exactly 12 pt high: 10 pt text with its box, in a 4.7 mm row.
        ...(options.tight ? { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.EXACT } } : {}),
        children: runs,
      }),
    ],
  });

/** A cell's pieces as runs: a step's number in bold, the rest as it is (an erratum mark as ［校］…). */
function cellRuns(value: Cell, bold = false): TextRun[] {
  if (typeof value === 'string' || !('inlines' in value)) return [text(cellText(value), { size: size.table, bold })];
  return value.inlines.map((piece) =>
    text(inlineText(piece), { size: size.table, bold: typeof piece !== 'string' && piece.kind === 'number' }),
  );
}

/**
 * Labels, each with a line to write on, or the value written there: two to a row, as a form sets
 * them out; a value too long for half the width has a row of its own.
 */
function fieldsTable(labels: readonly string[], values: readonly string[] = []): Table {
  const line = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const labelWidth = 1600;
  const valueWidth = Math.floor(textWidth / 2) - labelWidth;
  /** What half a row holds at this size: about one character per 11 pt of its width, less the cell's margins. */
  const fitsHalf = (value: string) => [...value].length <= Math.floor(valueWidth / 20 / 11) - 2;
  const field = (words: string) => text(words, { size: size.field });
  const cells = (index: number | null, span: 1 | 3) => [
    new TableCell({
      width: { size: labelWidth, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.BOTTOM,
      children: [new Paragraph({ children: index === null ? [] : [field(fieldLabel(labels[index]!))] })],
    }),
    new TableCell({
      width: { size: span === 1 ? valueWidth : textWidth - labelWidth, type: WidthType.DXA },
      columnSpan: span,
      verticalAlign: VerticalAlignTable.BOTTOM,
      borders: { bottom: index === null ? none : line, top: none, left: none, right: none },
      children: [new Paragraph({ children: index !== null && values[index] ? [field(values[index])] : [] })],
    }),
  ];
  const rows: TableCell[][] = [];
  let half: number | null = null;
  labels.forEach((_, index) => {
    if (!fitsHalf(values[index] ?? '')) {
      if (half !== null) rows.push([...cells(half, 1), ...cells(null, 1)]);
      half = null;
      rows.push(cells(index, 3));
    } else if (half === null) half = index;
    else {
      rows.push([...cells(half, 1), ...cells(index, 1)]);
      half = null;
    }
  });
  if (half !== null) rows.push([...cells(half, 1), ...cells(null, 1)]);
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [labelWidth, valueWidth, labelWidth, valueWidth],
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: rows.map(
      (children) => new TableRow({ height: { value: compactRowHeight, rule: HeightRule.ATLEAST }, children }),
    ),
  });
}

const ruledLine = { style: BorderStyle.SINGLE, size: 6, color: '000000' };

function tableOf(block: Extract<Block, { type: 'table' }>): (Paragraph | Table)[] {
  const total = block.columns.reduce((sum, column) => sum + column.width, 0);
  const widths = block.columns.map((column) => Math.floor((column.width / total) * textWidth));
  const header = new TableRow({
    tableHeader: true,
    children: block.columns.map((column, i) => cell(cellRuns(column.label, true), widths[i]!, { center: true })),
  });
  const rows = block.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        height: {
          value: block.tall
            ? 2 * rowHeight
            : block.dense
              ? denseRowHeight
              : block.compact
                ? compactRowHeight
                : rowHeight,
          rule: HeightRule.ATLEAST,
        },
        children: row.map((value, i) => {
          const column = columnAt(row, i);
          const span = typeof value === 'object' && 'span' in value ? value.span : 1;
          const width = widths.slice(column, column + span).reduce((sum, each) => sum + each, 0);
          return cell(cellRuns(value), width, {
            center:
              (column === 0 && (block.look !== 'checklist' || typeof value !== 'string')) ||
              span > 1 ||
              (typeof value === 'object' && 'tick' in value),
            ...(span > 1 ? { span } : {}),
            ...(block.dense ? { tight: true } : {}),
          });
        }),
      }),
  );
  const caption = block.caption
    ? [
        new Paragraph({
          spacing: { before: 160, after: 80 },
          keepNext: true,
          children: [text(block.caption, { bold: true })],
        }),
      ]
    : [];
  return [
    ...caption,
    new Table({ width: { size: textWidth, type: WidthType.DXA }, columnWidths: widths, rows: [header, ...rows] }),
  ];
}

function blockOf(block: Block): (Paragraph | Table)[] {
  switch (block.type) {
    case 'fields':
      return [fieldsTable(block.labels, block.values)];
    case 'line':
      return [
        new Paragraph({
          spacing: { before: 80, after: 80 },
          children: [
            text(block.text, { size: size.field }),
            ...(block.address ? [text(block.address.text, { size: size.field })] : []),
          ],
        }),
      ];
    case 'heading':
      return [
        new Paragraph({
          spacing: { before: 240, after: 80 },
          keepNext: true,
          children: [text(block.text, { font: 'heading', size: block.level === 3 ? size.body : size.heading })],
        }),
      ];
    case 'ruled':
      // A border between the paragraphs too: Word and LibreOffice draw a run of paragraphs with the
      // same borders as one box, with only its outer lines.
      return Array.from(
        { length: block.lines },
        () =>
          new Paragraph({ border: { bottom: ruledLine, between: ruledLine }, spacing: { before: 320 }, children: [] }),
      );
    case 'signature':
      return [new Paragraph({ spacing: { before: 240 }, children: [] }), fieldsTable([block.label])];
    case 'closing':
      return [
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          spacing: { before: 480 },
          // Without a name, a line to write it on: a paragraph ruled below, as wide as a name.
          ...(block.org ? {} : { indent: { left: textWidth - 3400 }, border: { bottom: ruledLine } }),
          children: block.org ? [text(block.org)] : [],
        }),
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          spacing: { before: 120 },
          children: [text(block.date ?? blankDate)],
        }),
      ];
    case 'page-break':
      return [new Paragraph({ pageBreakBefore: true, children: [] })];
    case 'table':
      return tableOf(block);
  }
}

/** A document as a Word file: its organisation, title and the line under it, then each block in turn, then its foot. */
export async function wordDocument(document: PaperDocument, fileTitle = document.title): Promise<Uint8Array> {
  return wordFile(fileTitle, [
    ...(document.org ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [text(document.org)] })] : []),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: document.meta ? 200 : 240 },
      children: [text(document.title, { font: 'title', size: size.title })],
    }),
    ...(document.meta
      ? [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [text(document.meta)] })]
      : []),
    ...apart([...document.blocks, ...(document.foot ?? [])].flatMap(blockOf)),
  ]);
}

/**
 * A small paragraph between two tables that would otherwise touch: Word and LibreOffice join
 * touching tables into one, and the fields' borderless rows take the next table's borders.
 */
function apart(children: (Paragraph | Table)[]): (Paragraph | Table)[] {
  return children.flatMap((child, index) =>
    child instanceof Table && children[index - 1] instanceof Table
      ? [
          new Paragraph({ spacing: { before: 0, after: 0, line: 120, lineRule: LineRuleType.EXACT }, children: [] }),
          child,
        ]
      : [child],
  );
}

/** A Word file of these paragraphs and tables, on A4, in the body font. */
async function wordFile(title: string, children: (Paragraph | Table)[]): Promise<Uint8Array> {
  const document = new Document({
    title,
    creator: commonWords.siteName,
    styles: { default: { document: { run: { font: runFont(fonts.body), size: size.body } } } },
    sections: [
      { properties: { page: { size: { width: page.width, height: page.height }, margin: page.margin } }, children },
    ],
  });
  // Bytes, not Node's own kind: the same code makes a filled form's Word file in the browser.
  return finished(new Uint8Array(await Packer.toArrayBuffer(document)));
}

/**
 * The same content always gives the same bytes (readers' caches keep a file until it changes):
 * no creation time in the document's properties or in the zip. The date is the one the format
 * itself counts from.
 */
const fixedTime = new Date('1980-01-01T00:00:00Z');

/**
 * Parts the docx library always writes and these documents never use: no footnotes, endnotes,
 * lists or custom properties, and no theme (every run names its fonts). Leaving them out, with
 * their relationships and content types, takes a third off each file: the Word handout is
 * downloaded on a reader's first visit, on metered connections.
 */
const unusedParts = [
  'word/footnotes.xml',
  'word/_rels/footnotes.xml.rels',
  'word/endnotes.xml',
  'word/_rels/endnotes.xml.rels',
  'word/numbering.xml',
  'word/theme/theme1.xml',
  'word/_rels/fontTable.xml.rels',
  'docProps/custom.xml',
];
/** What in a document would need one of the unused parts. */
const needsUnusedPart = /<w:(footnoteReference|endnoteReference|numPr)\b|(ascii|hAnsi|eastAsia|cs)Theme=/;

function withoutUnusedParts(files: Record<string, Uint8Array>): void {
  for (const part of ['word/document.xml', 'word/styles.xml', 'word/settings.xml']) {
    if (needsUnusedPart.test(strFromU8(files[part]!)))
      throw new Error(`${part} refers to a part the Word files leave out (see unusedParts in src/paper/docx.ts).`);
  }
  const unused = new Set(unusedParts);
  for (const part of unusedParts) delete files[part];
  const relative = (from: string, target: string) => (from === '_rels/.rels' ? target : `word/${target}`);
  for (const rels of ['_rels/.rels', 'word/_rels/document.xml.rels']) {
    files[rels] = strToU8(
      strFromU8(files[rels]!).replace(/<Relationship [^>]*Target="([^"]+)"\/>/g, (relationship, target: string) =>
        unused.has(relative(rels, target)) ? '' : relationship,
      ),
    );
  }
  files['[Content_Types].xml'] = strToU8(
    strFromU8(files['[Content_Types].xml']!).replace(
      /<Override [^>]*PartName="\/([^"]+)"\/>/g,
      (override, part: string) => (unused.has(part) ? '' : override),
    ),
  );
}

/**
 * Writes each font's fallback (w:altName) into the file's font table, which docx leaves empty,
 * leaves out the parts these documents do not use, and takes the times out (see fixedTime).
 */
function finished(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  const core = strFromU8(files['docProps/core.xml']!);
  files['docProps/core.xml'] = strToU8(
    core.replace(
      /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g,
      `$1${fixedTime.toISOString().replace('.000', '')}$3`,
    ),
  );
  const table = strFromU8(files['word/fontTable.xml']!);
  const entries = Object.values(fonts)
    .map(
      (font) =>
        `<w:font w:name="${font.name}"><w:altName w:val="${font.fallback}"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>`,
    )
    .join('');
  const filled = table.replace(/<w:fonts([^>]*)\/>$/, `<w:fonts$1>${entries}</w:fonts>`);
  if (filled === table)
    throw new Error('The Word file’s font table is not in the expected form; fallbacks not written.');
  files['word/fontTable.xml'] = strToU8(filled);
  withoutUnusedParts(files);
  return zipSync(files, { mtime: fixedTime, level: 9 });
}
