/**
 * Fills the chart cache: renders every chart missing from it with real Mermaid in headless
 * Chromium, and only then deletes cache files no chart uses. Does nothing (and needs no
 * browser) when the cache is up to date.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createMermaidRenderer } from 'mermaid-isomorphic';
import type { Flow } from '../flows/model.ts';
import { cacheDir, cacheFile, renderSettings } from './cache.ts';
import { allCharts } from './charts.ts';
import { chromiumArgs, chromiumPath } from './chromium.ts';
import { ExplainedError } from '../problem.ts';

export class DiagramRenderError extends ExplainedError {
  override name = 'DiagramRenderError';
}

function hasChineseFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

export async function updateDiagramCache(flows: readonly Flow[], log: (line: string) => void): Promise<void> {
  // A CHROMIUM_PATH that points nowhere is a mistake to report, even when nothing needs rendering.
  chromiumPath();
  const charts = allCharts(flows);
  mkdirSync(cacheDir, { recursive: true });
  const missing = charts.filter((chart) => !existsSync(cacheFile(chart.source)));

  if (missing.length > 0) {
    const executablePath = chromiumPath();
    const chineseFont = hasChineseFont();
    if (!executablePath || !chineseFont) {
      throw new DiagramRenderError(
        `${missing.length} chart(s) changed (${missing.map((chart) => chart.name).join(', ')}) and must be rendered, ` +
          `which needs Chromium and a Chinese font${executablePath ? '' : ' (no Chromium found; set CHROMIUM_PATH)'}${chineseFont ? '' : ' (no Chinese font found)'}.\n` +
          '    Fix: apt-get install -y chromium fonts-noto-cjk, then run `npm run diagrams` and commit src/diagrams/cache/.',
      );
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
    const failures = results.flatMap((result, index) =>
      result.status === 'rejected'
        ? [`${missing[index]!.name}: ${String(result.reason?.message ?? result.reason)}`]
        : [],
    );
    if (failures.length) {
      throw new DiagramRenderError(
        `Mermaid could not render:\n  ${failures.join('\n  ')}\n    Fix: correct the chart source (src/diagrams/mermaid.ts).`,
      );
    }
    results.forEach((result, index) => {
      if (result.status !== 'fulfilled') return;
      const chart = missing[index]!;
      writeFileSync(cacheFile(chart.source), result.value.svg + '\n');
      log(`rendered ${chart.name} (${Math.round(result.value.width)}×${Math.round(result.value.height)})`);
    });
  }

  // Pruned last: a failed render leaves the cache as it was.
  const wanted = new Set(charts.map((chart) => path.basename(cacheFile(chart.source))));
  for (const name of readdirSync(cacheDir)) {
    if (name.endsWith('.svg') && !wanted.has(name)) {
      rmSync(path.join(cacheDir, name));
      log(`removed unused ${name}`);
    }
  }
  if (missing.length === 0) log(`all ${charts.length} charts up to date`);
}
