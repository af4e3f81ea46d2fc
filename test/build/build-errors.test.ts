/**
 * `npm run build` on broken copies of the project: each must stop with a message that names
 * file:line, the field and the fix (no stack trace), and leave the previous dist/ as it was.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the project with a dist/ from an earlier build, changed by `breakIt`. */
function brokenCopy(breakIt: (file: (name: string) => string) => void): string {
  const project = mkdtempSync(path.join(tmpdir(), 'site-'));
  copies.push(project);
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(entry, path.join(project, entry), { recursive: true });
  }
  symlinkSync(path.resolve('node_modules'), path.join(project, 'node_modules'));
  mkdirSync(path.join(project, 'dist'));
  writeFileSync(path.join(project, 'dist/index.html'), 'the previous build');
  breakIt((name) => path.join(project, name));
  return project;
}

async function build(project: string, command = ['npm', 'run', 'build'], env: Record<string, string> = {}) {
  const [bin, ...args] = command;
  const outcome = await run(bin!, args, { cwd: project, env: { ...process.env, CI: 'true', ...env } }).then(
    (result) => ({ code: 0, output: result.stdout + result.stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      output: error.stdout + error.stderr,
    }),
  );
  return outcome;
}

const lineOf = (file: string, text: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(text)) + 1;
const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(file, change(readFileSync(file, 'utf8')));

const village = 'content/flows/village.yaml';
const studyLine = lineOf(village, 'text: 组织学习：');
const errataFile = 'content/errata.yaml';

const cases: [string, (file: (name: string) => string) => void, string[], Record<string, string>?][] = [
  [
    'a flow file saved as GBK',
    (file) => {
      const text = readFileSync(file(village));
      // 摸底 in GBK: bytes that are not UTF-8.
      const at = text.indexOf(Buffer.from('摸底'));
      writeFileSync(
        file(village),
        Buffer.concat([text.subarray(0, at), Buffer.from([0xc3, 0xfe, 0xb5, 0xd7]), text.subarray(at + 6)]),
      );
    },
    [`${village} is not valid UTF-8`, 'iconv -f GBK -t UTF-8'],
  ],
  [
    'a step text changed by one character',
    (file) =>
      edit(file(village), (text) => text.replace('text: 组织学习：组织党员学习', 'text: 组织学习：组织党员学好')),
    [`${village}:${studyLine}: parts[0].stages[0].items[1].text: village/study:`, 'Fix: Copy the step'],
  ],
  [
    'an empty step text',
    (file) => edit(file(village), (text) => text.replace(/text: 组织学习：.*/, "text: ' '")),
    [
      `${village}:${studyLine}: parts[0].stages[0].items[1].text: text must not be empty`,
      "Fix: Copy the step's full text",
    ],
  ],
  [
    'an erratum whose original is not in the source',
    (file) => edit(file(errataFile), (text) => text.replace('original: "人员:辖区"', 'original: "人员;辖区"')),
    [`${errataFile}:${lineOf(errataFile, 'original: "人员:辖区"')}: [0].original:`, 'Fix: Quote `original` exactly'],
  ],
  [
    'an erratum naming an unknown step',
    (file) => edit(file(errataFile), (text) => text.replace('item: invite-assessors', 'item: invite-assessor')),
    [
      `${errataFile}:${lineOf(errataFile, 'item: invite-assessors')}: item: no step "invite-assessor" in the village flow`,
      'Fix: name one of its steps',
    ],
  ],
  [
    'a YAML syntax error',
    (file) =>
      edit(file(village), (text) =>
        text.replace('          - id: study\n', '          - id: study\n           bad: indent\n'),
      ),
    [`${village}:${lineOf(village, '- id: study') + 1}:`, 'Fix: check the indentation and quoting'],
  ],
  [
    'a guide naming another flow',
    (file) => edit(file('content/guides/school.mdx'), (text) => text.replace('flow: school', 'flow: village')),
    ['content/guides/school.mdx:2: flow: "village" does not match the file name', 'Fix: write flow: school'],
  ],
  [
    'a missing source text',
    (file) => rmSync(file('content/source.txt')),
    ['content/source.txt is missing', 'Fix: restore it'],
  ],
  ['a missing errata list', (file) => rmSync(file(errataFile)), [`${errataFile} is missing`, 'Fix: restore it']],
  [
    'missing stage notes',
    (file) => rmSync(file('content/guides/stages.yaml')),
    ['content/guides/stages.yaml is missing', 'Fix: restore it'],
  ],
  [
    'a changed chart with a wrong CHROMIUM_PATH',
    (file) => rmSync(file('src/diagrams/cache'), { recursive: true }),
    ['CHROMIUM_PATH is set to /no/such/chromium, which does not exist', 'Fix: point it at a Chromium binary'],
    { CHROMIUM_PATH: '/no/such/chromium' },
  ],
];

describe('npm run build stops on bad input, saying where and how to fix it, and leaves dist/ alone', () => {
  it.concurrent.each(cases)('%s', async (_what, breakIt, expected, env) => {
    const project = brokenCopy(breakIt);
    const { code, output } = await build(project, undefined, env);
    expect(code).not.toBe(0);
    for (const part of expected) expect(output).toContain(part);
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(output).not.toContain('ENOENT');
    expect(readFileSync(path.join(project, 'dist/index.html'), 'utf8')).toBe('the previous build');
    expect(existsSync(path.join(project, 'dist.next'))).toBe(false);
  });

  it('a page that fails half way through astro build', async () => {
    const project = brokenCopy((file) =>
      edit(file('src/pages/compare/[pair]/index.astro'), (text) =>
        text.replace('const rows = ', 'throw new Error("broken page");\nconst rows = '),
      ),
    );
    const { code, output } = await build(project);
    expect(code).not.toBe(0);
    expect(output).toContain('broken page');
    expect(output).toContain('dist/ was left as it was');
    expect(readFileSync(path.join(project, 'dist/index.html'), 'utf8')).toBe('the previous build');
    expect(existsSync(path.join(project, 'dist.next'))).toBe(false);
  });

  it('astro build on its own refuses wrong content too', async () => {
    const project = brokenCopy((file) =>
      edit(file(village), (text) => text.replace('text: 组织学习：组织党员学习', 'text: 组织学习：组织党员学好')),
    );
    const { code, output } = await build(project, ['npx', 'astro', 'build']);
    expect(code).not.toBe(0);
    expect(output).toContain(`${village}:${studyLine}: parts[0].stages[0].items[1].text: village/study:`);
  });
});
