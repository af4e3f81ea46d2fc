/**
 * `astro check` and the linters side by side (each keeps one core busy for a few seconds):
 * their output in turn, and failure if either fails.
 */
import { spawn } from 'node:child_process';

const run = (script: string) =>
  new Promise<{ script: string; code: number; output: string }>((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ script, code: code ?? 1, output }));
  });

const results = await Promise.all([run('check'), run('lint')]);
for (const { script, code, output } of results) {
  console.log(`\n> npm run ${script}${code ? ` (failed, exit ${code})` : ''}\n${output.trimEnd()}`);
}
process.exit(results.some(({ code }) => code !== 0) ? 1 : 0);
