/**
 * `npm run bench`: a cold build, its time, the first-load weight of every page against
 * the budgets, and Lighthouse (mobile) scores for the home page and one flow page.
 * A benchmark, not a test: it prints a table and exits non-zero when a budget is broken.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview } from 'astro';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../diagrams/chromium.ts';
import { builtPages, distDir, htmlFileOf } from './built-pages.ts';
import { precacheBudget, precacheSize } from '../build/offline.ts';
import { flowPath, homePath } from '../site/urls.ts';
import { flowSlugs } from '../flows/vocabulary.ts';

const KB = 1024;
/** Budgets, in gzip bytes of a first visit. */
const budgets = {
  flowPageTotal: 60 * KB,
  scriptBeforeInteraction: 10 * KB,
};

// 1. Cold build.
for (const dir of [distDir, '.astro', 'node_modules/.astro', 'node_modules/.vite']) {
  rmSync(dir, { recursive: true, force: true });
}
const started = performance.now();
execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
const buildSeconds = (performance.now() - started) / 1000;

// 2. First-load weight of every page: the HTML and what it loads before any interaction.
const gzip = (bytes: Buffer | string) => gzipSync(bytes).length;
const fileSize = (url: string) => gzip(readFileSync(path.join(distDir, decodeURI(url.split(/[?#]/)[0]!))));

interface Weight {
  page: string;
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
}
const weights: Weight[] = builtPages().map((page) => {
  const html = readFileSync(htmlFileOf(page), 'utf8');
  const attrs = (tag: string) => [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))].map((match) => match[0]);
  const attr = (tagText: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tagText)?.[1];
  const weight = { page, html: gzip(html), css: 0, js: 0, other: 0, total: 0 };
  for (const link of attrs('link')) {
    const href = attr(link, 'href');
    const rel = attr(link, 'rel') ?? '';
    if (!href?.startsWith('/')) continue;
    if (rel === 'stylesheet') weight.css += fileSize(href);
    else if (rel.includes('icon')) weight.other += fileSize(href);
  }
  const modules = new Set<string>();
  for (const script of attrs('script')) {
    const src = attr(script, 'src');
    if (src?.startsWith('/')) staticImports(src, modules);
  }
  for (const module of modules) weight.js += fileSize(module);
  // Inline scripts are already in the HTML's size; count them as JavaScript too, for the budget.
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g)];
  weight.js += inline.reduce((sum, match) => sum + gzip(match[1]!), 0);
  weight.total = weight.html + weight.css + weight.js + weight.other;
  return weight;
});

/** A module and every module it imports statically (they load before it runs). */
function staticImports(url: string, seen: Set<string>): void {
  if (seen.has(url)) return;
  seen.add(url);
  const code = readFileSync(path.join(distDir, url), 'utf8');
  for (const match of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
    staticImports(new URL(match[1]!, `http://site${url}`).pathname, seen);
  }
}

const breaches: string[] = [];
const flowPages = new Set(flowSlugs.map(flowPath));
for (const weight of weights) {
  if (weight.js > budgets.scriptBeforeInteraction) {
    breaches.push(
      `${weight.page}: ${kb(weight.js)} of JavaScript before interaction (budget ${kb(budgets.scriptBeforeInteraction)})`,
    );
  }
  if (flowPages.has(weight.page) && weight.total > budgets.flowPageTotal) {
    breaches.push(`${weight.page}: ${kb(weight.total)} in all (budget ${kb(budgets.flowPageTotal)})`);
  }
}

function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

console.log(`\nCold build (npm run build: diagrams from cache, astro build, pagefind): ${buildSeconds.toFixed(1)} s\n`);
console.log('First load, gzip (heaviest first):');
console.log(['page', 'HTML', 'CSS', 'JS', 'other', 'total'].map((h, i) => (i ? h.padStart(9) : h.padEnd(34))).join(''));
for (const w of [...weights].sort((a, b) => b.total - a.total)) {
  console.log(w.page.padEnd(34) + [w.html, w.css, w.js, w.other, w.total].map((n) => kb(n).padStart(9)).join(''));
}

// 3. The offline precache a first visit downloads in the background.
const precache = await precacheSize(distDir);
console.log(
  `\nOffline precache (service worker): ${precache.count} files, ${kb(precache.size)} (budget ${kb(precacheBudget)})`,
);
if (precache.size > precacheBudget) breaches.push(`precache: ${kb(precache.size)} (budget ${kb(precacheBudget)})`);

// 4. Lighthouse, mobile, with the same Chromium the tests use.
const executablePath = chromiumPath();
if (!executablePath) {
  breaches.push('Lighthouse: no Chromium (apt-get install -y chromium fonts-noto-cjk, or set CHROMIUM_PATH)');
} else {
  const server = await preview({ root: process.cwd(), logLevel: 'error', server: { port: 4398 } });
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
    console.log('\nLighthouse (mobile):');
    console.log(['page', 'perf', 'a11y', 'best', 'seo'].map((h, i) => (i ? h.padStart(7) : h.padEnd(34))).join(''));
    for (const page of [homePath, flowPath('village')]) {
      const result = await lighthouse(`http://localhost:${server.port}${page}`, {
        port,
        output: 'json',
        logLevel: 'error',
      });
      const categories = result!.lhr.categories;
      const scores = ['performance', 'accessibility', 'best-practices', 'seo'].map((id) =>
        Math.round((categories[id]?.score ?? 0) * 100),
      );
      console.log(page.padEnd(34) + scores.map((score) => String(score).padStart(7)).join(''));
      if (scores.some((score) => score < 90))
        breaches.push(`Lighthouse ${page}: a score below 90 (${scores.join(', ')})`);
    }
  } finally {
    chrome.kill();
    await server.stop();
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
