/**
 * The handout as a Word file (.docx), made at build time with the `docx` library: the title,
 * fields to fill in, every step in full as a checklist table, the chair line and the source.
 * A4 with Word's default margins, and the fonts Chinese offices use for official documents,
 * each with a fallback that Word and WPS use where it is not installed.
 */
import { AlignmentType, HeightRule, Paragraph, Table, TableRow, WidthType } from 'docx';
import { cell, fieldsTable, rowHeight, size, text, textWidth, wordFile } from './docx.ts';
import type { Flow, Stage } from '../flows/model.ts';
import { commonWords } from '../words/common.ts';
import { paperWords } from '../words/paper.ts';

/** 序号, 步骤, 完成, 日期, 负责人, 备注 (twips; they add up to the text width). */
const columns = [680, 3880, 680, 1080, 1000, 1186];

function stageTable(stage: Stage, corrected: ReadonlySet<string>): Table {
  const header = new TableRow({
    tableHeader: true,
    children: [
      paperWords.handoutColumns.number,
      paperWords.handoutColumns.step,
      paperWords.handoutColumns.done,
      paperWords.handoutColumns.date,
      paperWords.handoutColumns.owner,
      paperWords.handoutColumns.notes,
    ].map((title, i) => cell(title, columns[i]!, { bold: true, center: true })),
  });
  const rows = stage.steps.map(
    (step) =>
      new TableRow({
        cantSplit: true,
        height: { value: rowHeight, rule: HeightRule.ATLEAST },
        children: [
          cell(String(step.number), columns[0]!, { center: true }),
          cell(corrected.has(step.id) ? `${step.text}［${commonWords.erratumMark}］` : step.text, columns[1]!),
          cell('□', columns[2]!, { center: true }),
          cell('', columns[3]!),
          cell('', columns[4]!),
          cell('', columns[5]!),
        ],
      }),
  );
  return new Table({ width: { size: textWidth, type: WidthType.DXA }, columnWidths: columns, rows: [header, ...rows] });
}

export async function wordHandout(
  flow: Flow,
  corrected: ReadonlySet<string>,
  addresses: { flow: string; source: string },
): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 200 },
      children: [text(flow.title, { font: 'title', size: size.title })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [text(paperWords.handoutMeta(flow.orgType, flow.stepCount))],
    }),
    fieldsTable(paperWords.handoutFields),
  ];
  for (const part of flow.parts) {
    children.push(
      new Paragraph({
        spacing: { before: 360, after: 120 },
        keepNext: true,
        children: [text(part.heading, { font: 'heading', size: size.heading })],
      }),
    );
    for (const stage of part.stages) {
      if (stage.title) {
        children.push(
          new Paragraph({
            spacing: { before: 160, after: 80 },
            keepNext: true,
            children: [
              text(stage.title, { bold: true }),
              ...(stage.chair ? [text(`（${commonWords.chairedBy(stage.chair)}）`)] : []),
            ],
          }),
        );
      }
      children.push(stageTable(stage, corrected));
    }
  }
  children.push(
    new Paragraph({
      spacing: { before: 360 },
      children: [text(`${paperWords.handoutSource} ${addresses.source}`, { size: size.table })],
    }),
    ...(corrected.size
      ? [new Paragraph({ children: [text(`${paperWords.erratumWordNote} ${addresses.source}`, { size: size.table })] })]
      : []),
    new Paragraph({ children: [text(`${paperWords.handoutFlowUrl}${addresses.flow}`, { size: size.table })] }),
  );

  return wordFile(flow.title, children);
}
