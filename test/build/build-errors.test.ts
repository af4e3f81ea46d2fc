/**
 * `npm run build` on broken copies of the project: each must stop with a message that names
 * file:line, the field and the fix (no stack trace), and leave the previous dist/ as it was.
 */
import { execFile, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { helperEnv, stopHelpersOnExit } from '../browser/processes.ts';
import { edit, lineOf } from '../content/edit.ts';

stopHelpersOnExit();

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

/**
 * Leaves out of a copy the pages a case does not need — the kit's forms, the pages that keep her
 * records, the Word handouts, share cards and chart pages (most of the pages), and `more` — so that
 * its build takes a fraction of the time.
 */
function withoutPages(file: (name: string) => string, more: string[] = []): void {
  for (const page of [
    'flows/[slug]/kit/[form]',
    'flows/[slug]/kit/[form].docx.ts',
    'flows/[slug]/branch',
    'flows/[slug]/review',
    'flows/[slug]/rectify',
    'flows/[slug]/handout.docx.ts',
    'flows/[slug]/share.png.ts',
    'flows/[slug]/chart.astro',
    ...more,
  ])
    rmSync(file(`src/pages/${page}`), { recursive: true });
}

async function build(project: string, command = ['npm', 'run', 'build'], env: Record<string, string> = {}) {
  const [bin, ...args] = command;
  const outcome = await run(bin!, args, { cwd: project, env: helperEnv({ CI: 'true', ...env }) }).then(
    (result) => ({ code: 0, output: result.stdout + result.stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      output: error.stdout + error.stderr,
    }),
  );
  return outcome;
}

const village = 'content/flows/village.yaml';
const studyLine = lineOf(village, 'text: 组织学习：');

// Every bad input of content/ is refused by the gate (test/content/gate.test.ts); here the
// build itself is shown to stop before writing anything, for one of them and for the other
// ways a build can fail.
const cases: [string, (file: (name: string) => string) => void, string[], Record<string, string>?][] = [
  [
    'a step text changed by one character',
    (file) =>
      edit(file(village), (text) => text.replace('text: 组织学习：组织党员学习', 'text: 组织学习：组织党员学好')),
    [
      `${village}:${studyLine}: parts[0].stages[0].items[1].text: village/study:`,
      'Fix: Copy the step',
      'nothing was built; dist/ was left as it was',
      'build: SITE is not set, so handouts and shared links show paths only',
    ],
  ],
  [
    'a guide within its size limit that takes its flow page over the first round trip',
    (file) => {
      edit(file('content/guides/village.mdx'), (text) => {
        // Prose within the guide's 8 KB that compresses poorly: real prose, or the source's own lines,
        // no longer takes the page over its 12 KB (the chart is a file of its own), which is the point.
        const prose = Array.from({ length: 2_400 }, (_, i) =>
          String.fromCodePoint(0x4e00 + ((i * 7919) % 20_000)),
        ).join('');
        return `${text}\n${prose}\n`;
      });
      withoutPages(file, ['compare/[pair]']);
    },
    [
      'A built page is over its budget (src/publish/built-site.ts):',
      '/flows/village/: ',
      'of HTML (budget 12.0 KB: the first round trip, with room to grow)',
      'Fix: shorten what was added to the page',
      'dist/ was left as it was',
    ],
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
    const project = brokenCopy((file) => {
      withoutPages(file);
      edit(file('src/pages/compare/[pair]/index.astro'), (text) =>
        text.replace('= Astro.props;', '= Astro.props;\nthrow new Error("broken page");'),
      );
    });
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

  it('a build stopped between its two renames: the next build puts the previous dist/ back', async () => {
    const project = brokenCopy((file) => {
      renameSync(file('dist'), file('dist.old'));
      edit(file(village), (text) => text.replace('text: 组织学习：组织党员学习', 'text: 组织学习：组织党员学好'));
    });
    const { code, output } = await build(project);
    expect(code).not.toBe(0);
    expect(output).toContain('dist/ was left as it was');
    expect(readFileSync(path.join(project, 'dist/index.html'), 'utf8')).toBe('the previous build');
    expect(existsSync(path.join(project, 'dist.old'))).toBe(false);
  });

  it('a build whose npm is killed stops and publishes nothing, and leaves no temporary files', async () => {
    const project = brokenCopy(() => undefined);
    const temp = mkdtempSync(path.join(tmpdir(), 'build-temp-'));
    copies.push(temp);
    const npm = spawn('npm', ['run', 'build'], {
      cwd: project,
      env: helperEnv({ CI: 'true', TMPDIR: temp }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const stream = (chunk: Buffer) => (output += chunk.toString());
    npm.stdout.on('data', stream);
    npm.stderr.on('data', stream);
    await expect.poll(() => output, { timeout: 30_000 }).toContain('build: content checked');
    npm.kill('SIGKILL');
    // Everything the build started has this TMPDIR in its environment: wait until none is left.
    const buildProcesses = () =>
      readdirSync('/proc').filter((pid) => {
        try {
          return /^\d+$/.test(pid) && readFileSync(`/proc/${pid}/environ`, 'latin1').includes(`TMPDIR=${temp}`);
        } catch {
          return false;
        }
      });
    await expect.poll(buildProcesses, { timeout: 30_000 }).toEqual([]);
    expect(readFileSync(path.join(project, 'dist/index.html'), 'utf8')).toBe('the previous build');
    expect(existsSync(path.join(project, 'dist.next'))).toBe(false);
    // npm's own compile cache may be there; it is reused, not left behind by each build.
    expect(readdirSync(temp).filter((name) => name !== 'node-compile-cache')).toEqual([]);
  });
});
