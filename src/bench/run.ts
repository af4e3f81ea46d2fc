/**
 * `npm run bench`: a cold build, its time, the first-load weight of every page against
 * the budgets, a first visit (its bytes, and its DOM once idle), the first search against the
 * second, what saving everything costs at 6 flows and 24, and Lighthouse (mobile) for the home
 * page and a flow page against a one-request floor page measured in the same run.
 * A benchmark, not a test: it prints a table and exits non-zero when a budget is broken.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../diagrams/chromium.ts';
import { distDir } from '../publish/built-pages.ts';
import { budgetBreaches, kb, pageBudgets, pageWeights } from '../publish/built-site.ts';
import { measureFirstVisit } from './first-visit.ts';
import { staticServer } from './static-server.ts';
import { firstVisitAt, flowPageHtmlAt, saveAllAt, saveAllSize } from './growth.ts';
import { floorRatio, median } from './figures.ts';
import { measureSearch } from './first-search.ts';
import { flowSlugs } from '../flows/vocabulary.ts';
import { branchPath, flowPath, homePath } from '../site/urls.ts';

const KB = 1024;
/** Budgets, in gzip bytes of a first visit (the page budgets are the build's: src/publish/built-site.ts). */
const budgets = {
  /** A first visit of a flow page, with what the service worker fetches after it. */
  firstVisit: 64 * KB,
  /** Elements in a flow page once its scripts have run and it is idle. */
  domNodes: 700,
  /** The words the search page's script carries (src/words/search.ts), gzip. */
  searchWords: 2 * KB,
  /** The first search's answer over the second's, typed as soon as the page has painted. */
  firstSearch: 1.2,
  /** Lighthouse mobile, the flow page's FCP and LCP over a one-request page's, in the same run. */
  floor: 1.05,
  /** 保存全部 at 6 flows, and at 24 over that. */
  saveAll: 1024 * KB,
  saveAllGrowth: 3.5,
};

/** The floor: one request, a few hundred bytes of Chinese text, nothing else to fetch. */
const floorPage = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>组织生活会流程指南</title></head><body><h1>村（社区）党组织召开专题组织生活会和民主评议党员工作指导流程</h1><p>摸底动员：采取多种形式对本地党员开展摸底调查，掌握党员基数，对在家党员、外出流动党员和行动不便党员等实施分类动员。</p></body></html>`;

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
  console.log(
    `  DOM: ${visit.domNodes} elements at the load event, ${visit.domNodesIdle} once idle (budget ${budgets.domNodes})`,
  );
  if (visit.bytes > budgets.firstVisit)
    breaches.push(`first visit: ${kb(visit.bytes)} (budget ${kb(budgets.firstVisit)})`);
  if (growth > visit.bytes * 1.1)
    breaches.push(`first visit at 24 flows: ${kb(growth)}, over 110 % of ${kb(visit.bytes)}`);
  if (visit.domNodesIdle > budgets.domNodes)
    breaches.push(`DOM of ${village} once idle: ${visit.domNodesIdle} (budget ${budgets.domNodes})`);

  // The first search, typed as soon as the search page has painted, against the second.
  const search = await measureSearch(site, executablePath, ['谈心谈话', '两代表一委员']);
  const searchRatio = search.first / search.second;
  console.log(
    `\nSearch in a fresh profile: first answer ${Math.round(search.first)} ms, second ${Math.round(search.second)} ms: ×${searchRatio.toFixed(2)} (budget ×${budgets.firstSearch})`,
  );
  if (searchRatio > budgets.firstSearch)
    breaches.push(`first search: ×${searchRatio.toFixed(2)} the second (budget ×${budgets.firstSearch})`);
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

// A flow page's HTML at 24 flows, its list of the other flows grown with distinct names.
const htmlAt24 = Math.max(...flowSlugs.map((slug) => flowPageHtmlAt(24, site, flowPath(slug))));
console.log(
  `\nFlow page HTML at 24 flows (estimated, distinct names), the largest: ${kb(htmlAt24)} (budget ${kb(pageBudgets.flowPageHtml)})`,
);
if (htmlAt24 > pageBudgets.flowPageHtml)
  breaches.push(`flow page HTML at 24 flows: ${kb(htmlAt24)} (budget ${kb(pageBudgets.flowPageHtml)})`);

const saveAll = saveAllSize(site);
const saveAll24 = saveAllAt(24, site);
console.log(
  `\nSave everything for offline use (保存全部): ${saveAll.count} files, ${kb(saveAll.bytes)} gzip (budget ${kb(budgets.saveAll)})`,
);
console.log(
  `  at 24 flows (estimated): ${kb(saveAll24)}, ×${(saveAll24 / saveAll.bytes).toFixed(2)} (budget ×${budgets.saveAllGrowth})`,
);
if (saveAll.bytes > budgets.saveAll) breaches.push(`保存全部: ${kb(saveAll.bytes)} (budget ${kb(budgets.saveAll)})`);
if (saveAll24 > saveAll.bytes * budgets.saveAllGrowth)
  breaches.push(`保存全部 at 24 flows: ×${(saveAll24 / saveAll.bytes).toFixed(2)} (budget ×${budgets.saveAllGrowth})`);

// 4. Lighthouse, mobile, with the same Chromium the tests use: the median of three runs, each run
//    taking the floor page, the home page and the flow page in turn, so that they share the machine's state.
if (executablePath) {
  const server = await staticServer(site);
  const floorDir = mkdtempSync(path.join(tmpdir(), 'bench-floor-'));
  writeFileSync(path.join(floorDir, 'index.html'), floorPage);
  const floorServer = await staticServer(floorDir);
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
    const pages = [
      { name: 'floor (one request)', url: `${floorServer.url}/` },
      { name: homePath, url: `${server.url}${homePath}` },
      { name: village, url: `${server.url}${village}` },
    ];
    const runs = new Map(pages.map((page) => [page.name, [] as { scores: number[]; fcp: number; lcp: number }[]]));
    for (let run = 0; run < 3; run++) {
      for (const page of pages) {
        const result = await lighthouse(page.url, { port, output: 'json', logLevel: 'error' });
        const { categories, audits } = result!.lhr;
        runs.get(page.name)!.push({
          scores: ['performance', 'accessibility', 'best-practices', 'seo'].map((id) =>
            Math.round((categories[id]?.score ?? 0) * 100),
          ),
          fcp: audits['first-contentful-paint']?.numericValue ?? NaN,
          lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
        });
      }
    }
    console.log('\nLighthouse (mobile, median of 3, interleaved):');
    console.log(
      ['page', 'perf', 'a11y', 'best', 'seo', 'FCP ms', 'LCP ms']
        .map((h, i) => (i ? h.padStart(8) : h.padEnd(34)))
        .join(''),
    );
    const medians = new Map(
      [...runs].map(([name, results]) => [
        name,
        {
          scores: [0, 1, 2, 3].map((i) => median(results.map((result) => result.scores[i]!))),
          fcp: median(results.map((result) => result.fcp)),
          lcp: median(results.map((result) => result.lcp)),
        },
      ]),
    );
    for (const [name, { scores, fcp, lcp }] of medians) {
      console.log(
        name.padEnd(34) + [...scores, Math.round(fcp), Math.round(lcp)].map((n) => String(n).padStart(8)).join(''),
      );
      if (name !== pages[0]!.name && scores.some((score) => score < 90))
        breaches.push(`Lighthouse ${name}: a score below 90 (${scores.join(', ')})`);
    }
    const floor = medians.get(pages[0]!.name)!;
    const flow = medians.get(village)!;
    const ratios = { FCP: floorRatio(flow.fcp, floor.fcp), LCP: floorRatio(flow.lcp, floor.lcp) };
    console.log(
      `  ${village} over the floor: FCP ×${ratios.FCP.toFixed(2)}, LCP ×${ratios.LCP.toFixed(2)} (budget ×${budgets.floor})`,
    );
    for (const [metric, ratio] of Object.entries(ratios))
      if (ratio > budgets.floor)
        breaches.push(`${metric} of ${village}: ×${ratio.toFixed(2)} the floor page's (budget ×${budgets.floor})`);
  } finally {
    chrome.kill();
    await server.close();
    await floorServer.close();
    rmSync(floorDir, { recursive: true, force: true });
  }
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
