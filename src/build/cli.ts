/**
 * `npm run build`: the only way to a publishable dist/. In order, stopping at the first failure:
 * 1. the content gate (check.ts) — nothing is written if any content is wrong;
 * 2. the chart cache (rendered where a chart changed);
 * 3. astro build, the Pagefind index and the service worker, into dist.next/;
 * 4. dist.next/ replaces dist/. A failed build leaves the previous dist/ as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { updateDiagramCache } from '../diagrams/render.ts';
import { loadFlows } from '../flows/load.ts';
import { contentProblems } from './check.ts';
import { precacheBudget, writeServiceWorker } from './offline.ts';
import { reportAndExit } from './report.ts';

const dist = 'dist';
const next = 'dist.next';
const old = 'dist.old';
const unchanged = `; ${dist}/ was left as it was`;

const problems = contentProblems();
if (problems.length) reportAndExit('build', problems, ` in content/, so nothing was built${unchanged}`);
console.log('build: content checked: six flows equal the source plus the errata list');

try {
  await updateDiagramCache(loadFlows(), (line) => console.log(`build: diagrams: ${line}`));
} catch (error) {
  reportAndExit('build', [error], unchanged);
}

rmSync(next, { recursive: true, force: true });
for (const [command, args] of [
  ['astro', ['build', '--outDir', next]],
  ['pagefind', ['--site', next]],
] as const) {
  const run = spawnSync(command, args, { stdio: 'inherit' });
  if (run.status !== 0) {
    rmSync(next, { recursive: true, force: true });
    reportAndExit(
      'build',
      [`${command} ${args.join(' ')} failed (exit ${run.status ?? run.signal}); see above.`],
      unchanged,
    );
  }
}

try {
  const { count, size } = await writeServiceWorker(next);
  if (size > precacheBudget) throw new Error(`the precache is ${kb(size)}, over its budget of ${kb(precacheBudget)}`);
  console.log(`build: service worker precaches ${count} files, ${kb(size)}`);
} catch (error) {
  rmSync(next, { recursive: true, force: true });
  reportAndExit('build', [error], unchanged);
}

rmSync(old, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, old);
renameSync(next, dist);
rmSync(old, { recursive: true, force: true });
console.log(`build: ${dist}/ is ready`);

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KB`;
}
