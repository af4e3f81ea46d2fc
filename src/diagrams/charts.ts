/** Every chart the site shows, so the cache can be filled, pruned and checked as one list. */
import type { Flow } from '../flows/load.ts';
import { flowToMermaid, flowToPaperMermaid } from '../flows/mermaid.ts';

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

/** The A4 handout's compact chart. */
export function paperChart(flow: Flow): Chart {
  return {
    name: `${flow.slug} handout chart`,
    source: flowToPaperMermaid(flow, { href: (step) => stepHref(flow, step.id) }),
  };
}

export function allCharts(flows: readonly Flow[]): Chart[] {
  return flows.flatMap((flow) => [flowChart(flow), paperChart(flow)]);
}
