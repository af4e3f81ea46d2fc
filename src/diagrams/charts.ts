/** Every chart the site shows, so the cache can be filled, pruned and checked as one list. */
import type { Flow } from '../flows/load.ts';
import { flowToMermaid } from '../flows/mermaid.ts';

export interface Chart {
  /** Where it is used, for messages. */
  name: string;
  source: string;
}

export const stepHref = (flow: Flow, stepId: string) => `/flows/${flow.slug}/#${stepId}`;

export function flowChart(flow: Flow): Chart {
  return {
    name: `${flow.slug} flowchart`,
    source: flowToMermaid(flow, { href: (step) => stepHref(flow, step.id) }),
  };
}

export function allCharts(flows: readonly Flow[]): Chart[] {
  return flows.map(flowChart);
}
