/** Helpers for the tests that break copies of the project on purpose. */
import { readFileSync, writeFileSync } from 'node:fs';

/** The 1-based line of `file` that holds `text` (0 when none does). */
export const lineOf = (file: string, text: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(text)) + 1;

/** Rewrites a file through `change`; a change that changes nothing is a broken test, and says so. */
export function edit(file: string, change: (text: string) => string): void {
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`test setup: the edit of ${file} changed nothing (has the text moved?)`);
  writeFileSync(file, after);
}
