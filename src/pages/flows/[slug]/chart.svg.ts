/**
 * A flow's chart as a file of its own: what the flow page's 查看流程图 fetches when it is opened
 * (and at once on a wide screen, after the page has painted), so that the page's first round trip
 * carries the steps and not the chart. The chart's own page (chart.astro) shows the same SVG.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cachedSvg } from '../../../diagrams/cache.ts';
import { flowChart } from '../../../diagrams/charts.ts';
import { flowPaths } from '../../../flows/load.ts';
import type { Flow } from '../../../flows/model.ts';

export const getStaticPaths = flowPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ flow: Flow }> = ({ props }) => {
  const chart = flowChart(props.flow);
  return new Response(cachedSvg(chart.source, chart.name), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
};
