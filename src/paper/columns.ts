/**
 * A table's column widths as a class name ("cols-1-7-2-4"), and the stylesheet that sizes every
 * such class (src/pages/kit.css.ts): the widths live in the documents only, and a page needs no
 * inline style.
 */
import type { Column, PaperDocument } from './model.ts';

export const columnsClass = (columns: readonly Column[]) => `cols-${columns.map((column) => column.width).join('-')}`;

export function columnStyles(documents: readonly PaperDocument[]): string {
  const rules = new Map<string, string>();
  for (const { blocks } of documents) {
    for (const block of blocks) {
      if (block.type !== 'table' || block.look === 'checklist') continue;
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
