/**
 * `npm run build`: the only way to a publishable dist/. In order, stopping at the first failure:
 * 1. the content gate (check.ts) — nothing is written if any content is wrong;
 * 2. the chart cache (rendered where a chart changed);
 * 3. astro build into dist.next/ (its integrations add the Pagefind index and the service worker);
 * 4. the built pages are held to their budgets and to addresses on the site (built-site.ts);
 * 5. dist.next/ replaces dist/. A failed build leaves the previous dist/ as it was.
 * A build whose parent (npm, a shell, CI) dies stops too, and publishes nothing.
 */
import './private-temp.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { updateDiagramCache } from '../diagrams/render.ts';
import { loadFlows } from '../flows/load.ts';
import { budgetBreaches, offOriginAddresses, pageWeights } from './built-site.ts';
import { contentProblems } from '../flows/gate.ts';
import { reportAndExit } from '../problem.ts';
import { isAlive } from './alive.ts';

const dist = 'dist';
const next = 'dist.next';
const old = 'dist.old';
const unchanged = `; ${dist}/ was left as it was`;

/**
 * The swap below renames dist/ to dist.old/, then dist.next/ to dist/. A build stopped between
 * the two leaves dist.old/ and no dist/: put it back before anything else.
 */
function recoverSwap(): void {
  if (!existsSync(dist) && existsSync(old)) renameSync(old, dist);
  rmSync(old, { recursive: true, force: true });
}

let running: ChildProcess | undefined;
/** Stops the build without publishing: the running step, its output, and this process. */
function abandon(reason: string): never {
  if (running?.pid) {
    try {
      process.kill(-running.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  rmSync(next, { recursive: true, force: true });
  recoverSwap();
  console.error(`build: stopped: ${reason}; nothing was published${unchanged}`);
  process.exit(1);
}

/** The parent and grandparent: `npm run build` runs this file through `sh -c`, under npm. */
function starters(): number[] {
  const chain = [process.ppid];
  try {
    // /proc/<pid>/stat: "pid (name) state ppid …"; the name may hold spaces, so read after ")".
    const grandparent = Number(readFileSync(`/proc/${process.ppid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
    if (grandparent > 1) chain.push(grandparent);
  } catch {
    // No /proc: watch the parent alone.
  }
  return chain;
}
// Orphaned (npm killed, say), a build must not go on to publish.
const watched = starters();
setInterval(() => {
  if (process.ppid !== watched[0] || !watched.every(isAlive)) abandon('the command that started the build has ended');
}, 250).unref();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
  process.once(signal, () => abandon(`${signal} received`));

/** Runs a step in a process group of its own, so that stopping the build stops all of it. */
function step(command: string, args: readonly string[]): Promise<number | string> {
  return new Promise((resolve) => {
    running = spawn(command, args, { stdio: 'inherit', detached: true });
    running.on('exit', (code, signal) => {
      running = undefined;
      resolve(code ?? signal ?? 'unknown');
    });
  });
}

recoverSwap();
if (!process.env.SITE) {
  console.warn(
    'build: SITE is not set, so handouts and shared links show paths only, with no QR codes or full addresses.\n' +
      '    For a deployment, build with its address: SITE=https://example.org npm run build',
  );
}
const problems = contentProblems();
if (problems.length) reportAndExit('build', problems, ` in content/, so nothing was built${unchanged}`);
console.log('build: content checked: six flows equal the source plus the errata list');

try {
  await updateDiagramCache(loadFlows(), (line) => console.log(`build: diagrams: ${line}`));
} catch (error) {
  reportAndExit('build', [error], unchanged);
}

rmSync(next, { recursive: true, force: true });
const status = await step('astro', ['build', '--outDir', next]);
if (status !== 0) {
  rmSync(next, { recursive: true, force: true });
  reportAndExit('build', [`astro build --outDir ${next} failed (exit ${status}); see above.`], unchanged);
}

// What no content may publish, whichever road it took: a page over its budget, an address off the site.
const overBudget = budgetBreaches(pageWeights(next));
const offOrigin = offOriginAddresses(next);
if (overBudget.length || offOrigin.length) {
  rmSync(next, { recursive: true, force: true });
  reportAndExit(
    'build',
    [
      ...(overBudget.length
        ? [
            `A built page is over its budget (src/publish/built-site.ts):\n  ${overBudget.join('\n  ')}\n    Fix: shorten what was added to the page (a guide, say), or move it to a page of its own.`,
          ]
        : []),
      ...(offOrigin.length
        ? [
            `A built page holds an address off the site:\n  ${offOrigin.join('\n  ')}\n    Fix: link only to the site's own pages or http(s) addresses, and load images and scripts from the site.`,
          ]
        : []),
    ],
    unchanged,
  );
}

if (existsSync(dist)) renameSync(dist, old);
renameSync(next, dist);
rmSync(old, { recursive: true, force: true });
console.log(`build: ${dist}/ is ready`);
process.exit(0);
