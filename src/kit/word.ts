/**
 * A form of the meeting kit as a Word file, made at build time from the same blocks as its print
 * page (./documents.ts): the flow, the title, then each block in turn.
 */
import { AlignmentType, BorderStyle, HeightRule, Paragraph, Table, TableRow, WidthType } from 'docx';
import type { Flow } from '../flows/model.ts';
import { cell, fieldsTable, rowHeight, size, text, textWidth, wordFile } from '../handouts/docx.ts';
import type { Block, FormDocument } from './documents.ts';

const line = { style: BorderStyle.SINGLE, size: 6, color: '000000' };

function blockOf(block: Block): (Paragraph | Table)[] {
  switch (block.type) {
    case 'fields':
      return [fieldsTable(block.labels)];
    case 'line':
      return [new Paragraph({ spacing: { before: 120, after: 120 }, children: [text(block.text)] })];
    case 'heading':
      return [
        new Paragraph({
          spacing: { before: 240, after: 80 },
          keepNext: true,
          children: [text(block.text, { font: 'heading', size: size.body })],
        }),
      ];
    case 'ruled':
      return Array.from(
        { length: block.lines },
        () => new Paragraph({ border: { bottom: line }, spacing: { before: 320 }, children: [] }),
      );
    case 'table': {
      const total = block.columns.reduce((sum, column) => sum + column.width, 0);
      const widths = block.columns.map((column) => Math.floor((column.width / total) * textWidth));
      const header = new TableRow({
        tableHeader: true,
        children: block.columns.map((column, i) => cell(column.label, widths[i]!, { bold: true, center: true })),
      });
      const rows = block.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            height: { value: block.tall ? 2 * rowHeight : rowHeight, rule: HeightRule.ATLEAST },
            children: row.map((value, i) => cell(value, widths[i]!, { center: i === 0 })),
          }),
      );
      return [
        new Table({ width: { size: textWidth, type: WidthType.DXA }, columnWidths: widths, rows: [header, ...rows] }),
      ];
    }
  }
}

export async function wordForm(flow: Flow, document: FormDocument): Promise<Buffer> {
  return wordFile(`${flow.orgType}：${document.title}`, [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [text(flow.orgType)] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [text(document.title, { font: 'title', size: size.title })],
    }),
    ...document.blocks.flatMap(blockOf),
  ]);
}
