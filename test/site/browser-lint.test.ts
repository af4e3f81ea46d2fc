/** The code that runs in the browser is held to the supported browsers (package.json browserslist) by npm run lint. */
import { ESLint } from 'eslint';
import stylelint from 'stylelint';
import { describe, expect, it } from 'vitest';

const lint = async (code: string, filePath: string) => {
  const [result] = await new ESLint({ overrideConfigFile: 'test/eslint.config.js' }).lintText(code, { filePath });
  return result!.messages.map((message) => `${message.line}: ${message.ruleId}`);
};

describe('npm run lint, for the browsers the site supports', () => {
  it('refuses in a page script a newer API added without a fallback', async () => {
    const code = [
      'export const copy = structuredClone({});',
      'export const last = [1].at(-1);',
      "export const channel = new BroadcastChannel('x');",
      // Listed with its fallback in test/eslint.config.js.
      "export const deflate = typeof CompressionStream === 'undefined' ? null : new CompressionStream('deflate-raw');",
    ].join('\n');
    expect(await lint(code, 'src/scripts/probe.ts')).toEqual([
      '1: compat/compat',
      '2: compat/compat',
      '3: compat/compat',
    ]);
  }, 30_000);

  it('leaves the build’s own code (Node) alone', async () => {
    expect(await lint('export const copy = structuredClone({});', 'src/publish/probe.ts')).toEqual([]);
  }, 30_000);
});

describe('npm run lint, for the styles', () => {
  const lintStyle = async (code: string) => {
    const { results } = await stylelint.lint({
      code,
      codeFilename: 'src/styles/probe.css',
      configFile: 'test/stylelint.config.js',
    });
    return results.flatMap((result) => result.warnings.map((warning) => `${warning.line}: ${warning.rule}`));
  };

  it('refuses a feature a supported browser lacks, and passes one listed with its fallback', async () => {
    const code = [
      // Chrome 87–107 and Safari 15.0–15.3 have no dvh.
      '.sheet { max-height: 80dvh; }',
      // Listed in test/stylelint.config.js: the comparison's script sets classes where :has() is missing.
      'body:has(#only-diff:checked) .row { display: none; }',
    ].join('\n');
    expect(await lintStyle(code)).toEqual(['1: plugin/no-unsupported-browser-features']);
  }, 30_000);
});
