import { describe, expect, it } from 'vitest';
import { cachedSvg } from '../../src/diagrams/cache.ts';
import { paperChart } from '../../src/diagrams/charts.ts';
import { loadFlows } from '../../src/flows/load.ts';
import { paperChartPages } from '../../src/handouts/paper-chart.ts';
import { qrSvg } from '../../src/handouts/qr.ts';

const viewBox = (svg: string) => /viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/.exec(svg)!.slice(1).map(Number);
const ids = (svg: string) => [...svg.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);

describe.each(loadFlows().map((flow) => [flow.slug, flow] as const))('paperChartPages, %s', (_slug, flow) => {
  const chart = paperChart(flow);
  const whole = cachedSvg(chart.source, chart.name);
  const [first, second] = paperChartPages(whole);

  it('shows the whole chart in two windows, cut between part 一 and part 二', () => {
    const [x, top, width, height] = viewBox(whole);
    const [x1, top1, width1, height1] = viewBox(first);
    const [x2, top2, width2, height2] = viewBox(second);
    expect([x1, x2, width1, width2]).toEqual([x, x, width, width]);
    expect(top1).toBe(top);
    expect(top1! + height1!).toBeCloseTo(top2!, 5);
    expect(top2! + height2!).toBeCloseTo(top! + height!, 5);
    const meeting = /id="[^"]*-part_meeting"[^>]*><rect[^>]*?\sy="([\d.]+)"[^>]*?\sheight="([\d.]+)"/.exec(whole)!;
    const review = /id="[^"]*-part_review"[^>]*><rect[^>]*?\sy="([\d.]+)"/.exec(whole)!;
    expect(top2).toBeGreaterThan(Number(meeting[1]) + Number(meeting[2]));
    expect(top2).toBeLessThan(Number(review[1]));
  });

  it('puts every box on exactly one page: the one whose window shows it', () => {
    const boxes = (svg: string) =>
      [...svg.matchAll(/<g class="node [^"]*" id="[^"]*-flowchart-([^"]+)-\d+"/g)].map((m) => m[1]);
    expect([...boxes(first), ...boxes(second)].sort()).toEqual(boxes(whole).sort());
    expect(boxes(first).length).toBeGreaterThan(0);
    expect(boxes(second).length).toBeGreaterThan(0);
    expect(boxes(first)).toContain('title_part_meeting');
    expect(boxes(second)).toContain('title_part_review');
    // Every step's link is on one page or the other.
    const links = (svg: string) => [...svg.matchAll(/xlink:href="([^"]+)"/g)].map((m) => m[1]);
    expect([...links(first), ...links(second)].sort()).toEqual(links(whole).sort());
  });

  it('gives the second copy ids of its own, so the page has no duplicates', () => {
    const all = [...ids(first), ...ids(second)];
    expect(new Set(all).size).toBe(all.length);
    expect(second).not.toMatch(/url\(#chart-[0-9a-f]{8}_/);
  });
});

describe('qrSvg', () => {
  it('draws the address as an SVG with no styles or scripts', async () => {
    const svg = await qrSvg('https://example.org/flows/village/');
    expect(svg).toMatch(/^<svg [^>]*viewBox=/);
    expect(svg).not.toMatch(/\sstyle=|<style|<script/);
  });
});
