import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDir, cacheFile, cachedSvg, DiagramCacheMiss } from '../../src/diagrams/cache.ts';
import { allCharts, flowChart } from '../../src/diagrams/charts.ts';
import { loadFlows } from '../../src/flows/load.ts';
import { stepsOf } from '../../src/flows/model.ts';
import { stepPath } from '../../src/site/urls.ts';

const flows = loadFlows();
const charts = allCharts(flows);
const fix = 'run `npm run diagrams`';

describe('the diagram cache', () => {
  it.each(charts.map((chart) => [chart.name, chart] as const))('has a fresh SVG for the %s', (_name, chart) => {
    expect(() => cachedSvg(chart.source, chart.name), `stale or missing: ${fix}`).not.toThrow();
  });

  it('holds no SVG that no chart uses', () => {
    const wanted = charts.map((chart) => path.basename(cacheFile(chart.source))).sort();
    const present = readdirSync(cacheDir)
      .filter((name) => name.endsWith('.svg'))
      .sort();
    expect(present, `unused cache files: ${fix} to prune them`).toEqual(wanted);
  });

  it('misses, naming the command to run, when a chart changes', () => {
    const chart = flowChart(flows[0]!);
    const changed = chart.source.replace('摸底动员', '摸底动员（改）');
    expect(() => cachedSvg(changed, chart.name)).toThrow(DiagramCacheMiss);
    expect(() => cachedSvg(changed, chart.name)).toThrow(/Fix: run `npm run diagrams` \(needs Chromium/);
  });

  it.each(flows.map((flow) => [flow.slug, flow] as const))(
    '%s: the SVG is accessible, links every step and carries no script',
    (_slug, flow) => {
      const chart = flowChart(flow);
      const svg = readFileSync(cacheFile(chart.source), 'utf8');
      expect(svg).toMatch(/^<svg [^>]*role="graphics-document document"/);
      expect(svg).toMatch(/aria-labelledby="[^"]+"/);
      expect(svg).toContain(`<title id="${svg.match(/aria-labelledby="([^"]+)"/)![1]}">流程图：${flow.title}</title>`);
      for (const { step } of stepsOf(flow)) {
        expect(svg).toContain(`href="${stepPath(flow.slug, step.id)}"`);
      }
      expect(svg).not.toMatch(/<script|javascript:|on\w+="/i);
    },
  );

  it('gives every chart ids of its own, so two charts can share a page', () => {
    const ids = charts.map((chart) => readFileSync(cacheFile(chart.source), 'utf8').match(/^<svg id="([^"]+)"/)![1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
