import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** A copy of the project whose village flow has an empty step text. */
let project = '';
beforeAll(() => {
  project = mkdtempSync(path.join(tmpdir(), 'site-'));
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(entry, path.join(project, entry), { recursive: true });
  }
  symlinkSync(path.resolve('node_modules'), path.join(project, 'node_modules'));
  const file = path.join(project, 'content/flows/village.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/text: 组织学习：.*/, "text: ' '"));
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

const expected = [
  'content/flows/village.yaml:14: parts[0].stages[0].items[1].text: text must not be empty',
  "Fix: Copy the step's full text from content/source.txt",
];

describe('a broken flow file stops the build', () => {
  it.each([
    ['npm run build', 'npm', ['run', 'build']],
    ['astro build on its own', 'npx', ['astro', 'build']],
  ])('%s', async (_name, command, args) => {
    const outcome = await run(command, args, { cwd: project, env: { ...process.env, CI: 'true' } }).then(
      (result) => ({ code: 0, output: result.stdout + result.stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        output: error.stdout + error.stderr,
      }),
    );
    expect(outcome.code).not.toBe(0);
    for (const part of expected) expect(outcome.output).toContain(part);
  });
});
