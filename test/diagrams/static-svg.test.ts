import { describe, expect, it } from 'vitest';
import { cachedSvg } from '../../src/diagrams/cache.ts';
import { allCharts } from '../../src/diagrams/charts.ts';
import { staticSvg, UnsafeChartError } from '../../src/diagrams/static-svg.ts';
import { loadFlows } from '../../src/flows/load.ts';

const svg = (body: string) =>
  `<svg id="c" width="100%" xmlns="http://www.w3.org/2000/svg" class="flowchart" style="max-width: 300.5px;" viewBox="4 4 300.5 200">` +
  `<style>#c .node rect{fill:#eee}</style>${body}</svg>`;

describe('staticSvg', () => {
  it('drops the stylesheet and gives the root its natural size', () => {
    const out = staticSvg(svg(''), 'test');
    expect(out).toBe(
      '<svg id="c" width="301" height="200" xmlns="http://www.w3.org/2000/svg" class="flowchart" viewBox="4 4 300.5 200"></svg>',
    );
  });

  it.each([
    ['an empty style', '<rect style="" x="1"/>', '<rect x="1"/>'],
    [
      'dashes and widths, as attributes',
      '<path d="M0,0" class="flowchart-link" style="stroke-dasharray: 0 0 16 4; stroke-dashoffset: 0;;"/>',
      '<path d="M0,0" class="flowchart-link" stroke-dasharray="0 0 16 4" stroke-dashoffset="0"/>',
    ],
    [
      'a label box laid out as a table',
      '<div xmlns="http://www.w3.org/1999/xhtml" style="display: table; white-space: nowrap; line-height: 1.5; max-width: 240px; text-align: center; width: 120px;">',
      '<div xmlns="http://www.w3.org/1999/xhtml" class="fo-table">',
    ],
    [
      'a wrapping label in a cell, with a class already',
      '<div class="x" style="display: table-cell; white-space: break-spaces;">',
      '<div class="x fo-cell fo-wrap">',
    ],
  ])('turns %s into markup a strict CSP allows', (_what, input, output) => {
    expect(staticSvg(svg(input), 'test')).toContain(output);
  });

  it.each([
    ['an unknown style', '<rect style="filter: url(#x)"/>', /sets "filter: url\(#x\)" on a <rect>.*\n {4}Fix: map it/],
    ['a script', '<script>alert(1)</script>', /holds a script/],
    ['an event handler', '<rect onclick="alert(1)"/>', /holds a script or an event handler/],
    ['a javascript: link', '<a xlink:href="javascript:alert(1)"></a>', /holds a script/],
  ])('refuses %s', (_what, input, message) => {
    expect(() => staticSvg(svg(input), 'test')).toThrow(UnsafeChartError);
    expect(() => staticSvg(svg(input), 'test')).toThrow(message);
  });

  it.each(allCharts(loadFlows()).map((chart) => [chart.name, chart] as const))(
    '%s: no style element or attribute is left',
    (_name, chart) => {
      const out = cachedSvg(chart.source, chart.name);
      expect(out).not.toMatch(/<style|\sstyle=/);
      expect(out).toMatch(/^<svg [^>]*width="\d+" height="\d+"/);
    },
  );
});
