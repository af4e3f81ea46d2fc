/** Helpers for the tests that break copies of the project on purpose. */
import { readFileSync, writeFileSync } from 'node:fs';

/** The 1-based line of `file` that holds `text` (0 when none does). */
export const lineOf = (file: string, text: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(text)) + 1;

/** Rewrites a file through `change`. */
export const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(file, change(readFileSync(file, 'utf8')));
