/**
 * `npm run diagrams`: renders every chart missing from the cache with real Mermaid in
 * headless Chromium, and deletes cache files no chart uses. Does nothing (and needs no
 * browser) when the cache is up to date.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createMermaidRenderer } from 'mermaid-isomorphic';
import { loadFlows } from '../flows/load.ts';
import { cacheDir, cacheFile, renderSettings } from './cache.ts';
import { allCharts } from './charts.ts';
import { chromiumPath, chromiumArgs } from './chromium.ts';

const charts = allCharts(loadFlows());
mkdirSync(cacheDir, { recursive: true });

const wanted = new Set(charts.map((chart) => path.basename(cacheFile(chart.source))));
for (const name of readdirSync(cacheDir)) {
  if (name.endsWith('.svg') && !wanted.has(name)) {
    rmSync(path.join(cacheDir, name));
    console.log(`diagrams: removed unused ${name}`);
  }
}

const missing = charts.filter((chart) => !existsSync(cacheFile(chart.source)));
if (missing.length === 0) {
  console.log(`diagrams: all ${charts.length} charts up to date`);
  process.exit(0);
}

const executablePath = chromiumPath();
const cjkFonts = (() => {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
})();
if (!executablePath || !cjkFonts) {
  console.error(
    `diagrams: ${missing.length} chart(s) changed (${missing.map((c) => c.name).join(', ')}) and must be rendered,\n` +
      `which needs Chromium and a Chinese font${executablePath ? '' : ' (no Chromium found; set CHROMIUM_PATH)'}${cjkFonts ? '' : ' (no Chinese font found)'}.\n` +
      '    Fix: apt-get install -y chromium fonts-noto-cjk, then run `npm run diagrams` and commit src/diagrams/cache/.',
  );
  process.exit(1);
}

const render = createMermaidRenderer({ launchOptions: { executablePath, args: chromiumArgs } });
// One call per chart, each with an id prefix of its own, so two charts on one page never share ids.
const results = await Promise.all(
  missing.map(async (chart) => {
    const prefix = `chart-${path.basename(cacheFile(chart.source), '.svg').slice(0, 8)}`;
    const [result] = await render([chart.source], { mermaidConfig: renderSettings.mermaidConfig, prefix });
    return result!;
  }),
);
let failed = 0;
results.forEach((result, index) => {
  const chart = missing[index]!;
  if (result.status === 'rejected') {
    failed++;
    console.error(`diagrams: ${chart.name} failed to render: ${String(result.reason?.message ?? result.reason)}`);
    return;
  }
  writeFileSync(cacheFile(chart.source), result.value.svg + '\n');
  console.log(`diagrams: rendered ${chart.name} (${Math.round(result.value.width)}×${Math.round(result.value.height)})`);
});
process.exit(failed ? 1 : 0);
