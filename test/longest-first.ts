/**
 * Starts the longest test files first, so that on two cores no long file is left running alone at
 * the end. Vitest does this by itself from the durations of earlier runs; a fresh checkout (CI)
 * has none, and would start by file size. The list is a hint only: every file runs either way.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const longest = [
  'test/browser/handout.test.ts',
  'test/browser/pages.test.ts',
  'test/browser/pairs.test.ts',
  'test/browser/search.test.ts',
  'test/browser/firefox.test.ts',
  'test/build/build-errors.test.ts',
  'test/browser/flow-page.test.ts',
  'test/browser/compare.test.ts',
  'test/browser/offline.test.ts',
];

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const index = longest.findIndex((name) => file.moduleId.endsWith(name));
      return index < 0 ? longest.length : index;
    };
    return sorted
      .map((file, index) => ({ file, index }))
      .sort((a, b) => rank(a.file) - rank(b.file) || a.index - b.index)
      .map(({ file }) => file);
  }
}
