/**
 * Puts a flow page's chart in place from its <template> (FlowChart.astro) the first time it is
 * wanted, replacing the link to the chart's own page, and tells the page (a `chart-shown` event)
 * so that the progress marks (src/scripts/progress.ts) can be put on it.
 */
export function showChart(details: HTMLDetailsElement): void {
  const template = details.querySelector<HTMLTemplateElement>('template[data-chart-svg]');
  const canvas = details.querySelector<HTMLElement>('[data-chart-canvas]');
  if (!template || !canvas) return;
  canvas.replaceChildren(template.content);
  template.remove();
  details.dispatchEvent(new CustomEvent('chart-shown', { bubbles: true }));
}
