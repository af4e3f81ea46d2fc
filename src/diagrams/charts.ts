/** Every chart the site shows, so the cache can be filled, pruned and checked as one list. */
import type { Flow } from '../flows/model.ts';
import { flowToMermaid, type ChartLayout } from './mermaid.ts';
import { stepPath } from '../site/urls.ts';

export interface Chart {
  /** Where it is used, for messages. */
  name: string;
  source: string;
}

function chart(flow: Flow, layout: ChartLayout, name: string): Chart {
  return {
    name: `${flow.slug} ${name}`,
    source: flowToMermaid(flow, { layout, href: (step) => stepPath(flow.slug, step.id) }),
  };
}

/** The flow page's chart. */
export const flowChart = (flow: Flow) => chart(flow, 'screen', 'flowchart');

/** The A4 handout's chart (printed over two pages: see src/handouts/paper-chart.ts). */
export const paperChart = (flow: Flow) => chart(flow, 'paper', 'handout chart');

export function allCharts(flows: readonly Flow[]): Chart[] {
  return flows.flatMap((flow) => [flowChart(flow), paperChart(flow)]);
}
