/**
 * `npm run bench`: a cold build, its time, the first-load weight of every page against
 * the budgets, and Lighthouse (mobile) scores for the home page and one flow page.
 * A benchmark, not a test: it prints a table and exits non-zero when a budget is broken.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../diagrams/chromium.ts';
import { distDir } from '../publish/built-pages.ts';
import { budgetBreaches, kb, pageWeights } from '../publish/built-site.ts';
import { measureFirstVisit } from './first-visit.ts';
import { staticServer } from './static-server.ts';
import { firstVisitAt, saveAllAt, saveAllSize } from './growth.ts';
import { branchPath, flowPath, homePath } from '../site/urls.ts';

const KB = 1024;
/** The flow page on Lighthouse mobile (ms, median of 5) as measured on this machine before the
 * first visit was cut down (commit b322474): `npm run bench -- --site <that build>`, served
 * gzipped as nginx serves it. */
const before = { fcp: 1029, lcp: 1066 };
/** Budgets, in gzip bytes of a first visit (the page budgets are the build's: src/publish/built-site.ts). */
const budgets = {
  /** A first visit of a flow page, with what the service worker fetches after it. */
  firstVisit: 64 * KB,
  domNodes: 700,
  /** The words the search page's script carries (src/words/search.ts), gzip. */
  searchWords: 2 * KB,
  /** Lighthouse mobile, the flow page: 25 % under the figures before the first visit was cut (ms). */
  flowPageFcp: Math.round(before.fcp * 0.75),
  flowPageLcp: Math.round(before.lcp * 0.75),
};

// 1. Cold build; or, with `--site <folder>`, a site built earlier (to set figures side by side).
const given = process.argv.indexOf('--site');
const site = given > 0 ? path.resolve(process.argv[given + 1]!) : distDir;
if (given > 0 && !existsSync(path.join(site, 'index.html'))) {
  console.error(`bench: ${site} holds no index.html: give --site a built site (npm run build writes ${distDir}/).`);
  process.exit(1);
}
let buildSeconds = NaN;
if (site === distDir) {
  for (const dir of [distDir, '.astro', 'node_modules/.astro', 'node_modules/.vite']) {
    rmSync(dir, { recursive: true, force: true });
  }
  const started = performance.now();
  execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  buildSeconds = (performance.now() - started) / 1000;
}

// 2. First-load weight of every page: the HTML and what it loads before any interaction (the
//    build refuses a site over these page budgets; the figures are printed here).
const gzip = (bytes: Buffer | string) => gzipSync(bytes).length;
const weights = pageWeights(site);
const breaches: string[] = budgetBreaches(weights);

if (site === distDir)
  console.log(
    `\nCold build (npm run build: diagrams from cache, astro build, pagefind): ${buildSeconds.toFixed(1)} s\n`,
  );
console.log('First load, gzip (heaviest first):');
console.log(['page', 'HTML', 'CSS', 'JS', 'other', 'total'].map((h, i) => (i ? h.padStart(9) : h.padEnd(34))).join(''));
for (const w of [...weights].sort((a, b) => b.total - a.total)) {
  console.log(w.page.padEnd(34) + [w.html, w.css, w.js, w.other, w.total].map((n) => kb(n).padStart(9)).join(''));
}

// 3. A first visit to a flow page, with everything the service worker fetches after it, and
//    what saving the whole site for offline use costs, at 6 flows and (estimated) at 24.
const executablePath = chromiumPath();
const village = flowPath('village');
if (!executablePath) {
  breaches.push(
    'First visit and Lighthouse: no Chromium (apt-get install -y chromium fonts-noto-cjk, or set CHROMIUM_PATH)',
  );
} else {
  const visit = await measureFirstVisit(site, village, executablePath);
  const growth = firstVisitAt(24, visit, site);
  console.log(`\nFirst visit of ${village}, with what the service worker fetches (gzip):`);
  console.log(`  6 flows:  ${kb(visit.bytes)} in ${visit.requests.length} requests (budget ${kb(budgets.firstVisit)})`);
  console.log(`  24 flows: ${kb(growth)} (estimated; budget within 10 % of 6 flows)`);
  console.log(`  DOM: ${visit.domNodes} elements (budget ${budgets.domNodes})`);
  if (visit.bytes > budgets.firstVisit)
    breaches.push(`first visit: ${kb(visit.bytes)} (budget ${kb(budgets.firstVisit)})`);
  if (growth > visit.bytes * 1.1)
    breaches.push(`first visit at 24 flows: ${kb(growth)}, over 110 % of ${kb(visit.bytes)}`);
  if (visit.domNodes > budgets.domNodes)
    breaches.push(`DOM of ${village}: ${visit.domNodes} (budget ${budgets.domNodes})`);
}
// The search page's script as the browser gets it (minified, gzip), and the part that is words.
const minifiedGzip = async (entry: string) => {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false });
  return gzip(Buffer.from(result.outputFiles[0]!.contents));
};
const searchScript = await minifiedGzip('src/search/client.ts');
const searchWords = await minifiedGzip('src/words/search.ts');
console.log(
  `\nSearch page script: ${kb(searchScript)} gzip, of which its words ${kb(searchWords)} (budget ${kb(budgets.searchWords)})`,
);
if (searchWords > budgets.searchWords)
  breaches.push(`search script's words: ${kb(searchWords)} (budget ${kb(budgets.searchWords)})`);

// 本支部信息: its page's scripts (the build holds them to a tool page's budget), and what a form
// loads only when asked: the drawing of a filled form, and the Word writer.
const branchPage = weights.find((weight) => weight.page === branchPath('village'));
console.log(`\n本支部信息 (${branchPath('village')}): ${kb(branchPage?.js ?? NaN)} of JavaScript before interaction`);
console.log(
  `  a filled form's drawing, loaded where there is something to fill: ${kb(await minifiedGzip('src/scripts/kit-filled.ts'))} gzip`,
);
console.log(
  `  the Word writer, loaded when 下载 Word（已填写） is tapped: ${kb(await minifiedGzip('src/paper/docx.ts'))} gzip`,
);

const saveAll = saveAllSize(site);
console.log(`\nSave everything for offline use (保存全部): ${saveAll.count} files, ${kb(saveAll.bytes)} gzip`);
console.log(`  at 24 flows (estimated): ${kb(saveAllAt(24, site))}`);

// 4. Lighthouse, mobile, with the same Chromium the tests use: the median of three runs.
if (executablePath) {
  const server = await staticServer(site);
  const port = 9333;
  const chrome = spawn(
    executablePath,
    [
      ...chromiumArgs,
      '--headless',
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${path.join(process.env.TMPDIR ?? '/tmp', `bench-chromium-${process.pid}`)}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  try {
    await waitForDevTools(port);
    console.log('\nLighthouse (mobile, median of 3):');
    console.log(
      ['page', 'perf', 'a11y', 'best', 'seo', 'FCP ms', 'LCP ms']
        .map((h, i) => (i ? h.padStart(8) : h.padEnd(34)))
        .join(''),
    );
    for (const page of [homePath, village]) {
      const runs: { scores: number[]; fcp: number; lcp: number }[] = [];
      for (let run = 0; run < 3; run++) {
        const result = await lighthouse(`${server.url}${page}`, {
          port,
          output: 'json',
          logLevel: 'error',
        });
        const { categories, audits } = result!.lhr;
        runs.push({
          scores: ['performance', 'accessibility', 'best-practices', 'seo'].map((id) =>
            Math.round((categories[id]?.score ?? 0) * 100),
          ),
          fcp: audits['first-contentful-paint']?.numericValue ?? NaN,
          lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
        });
      }
      const scores = [0, 1, 2, 3].map((i) => median(runs.map((run) => run.scores[i]!)));
      const fcp = median(runs.map((run) => run.fcp));
      const lcp = median(runs.map((run) => run.lcp));
      console.log(
        page.padEnd(34) + [...scores, Math.round(fcp), Math.round(lcp)].map((n) => String(n).padStart(8)).join(''),
      );
      if (scores.some((score) => score < 90))
        breaches.push(`Lighthouse ${page}: a score below 90 (${scores.join(', ')})`);
      if (page === village && fcp > budgets.flowPageFcp)
        breaches.push(`FCP of ${page}: ${Math.round(fcp)} ms (budget ${budgets.flowPageFcp} ms)`);
      if (page === village && lcp > budgets.flowPageLcp)
        breaches.push(`LCP of ${page}: ${Math.round(lcp)} ms (budget ${budgets.flowPageLcp} ms)`);
    }
  } finally {
    chrome.kill();
    await server.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function waitForDevTools(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/json/version`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error('Chromium did not open its DevTools port');
}

if (breaches.length) {
  console.error(`\nBudget breached:\n  ${breaches.join('\n  ')}`);
  process.exit(1);
}
console.log('\nAll budgets met.');
process.exit(0);
