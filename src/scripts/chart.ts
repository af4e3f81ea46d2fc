/**
 * Puts a flow page's chart in place the first time it is wanted: fetches its SVG file (the address
 * on the canvas, FlowChart.astro), puts it where the link to the chart's own page was, and tells
 * the page (a `chart-shown` event) so that the progress marks (src/scripts/progress.ts) can be put
 * on it. Where the file cannot be had (offline, not yet saved), the link stays.
 */
const loading = new WeakSet<HTMLElement>();

export async function showChart(details: HTMLDetailsElement): Promise<void> {
  const canvas = details.querySelector<HTMLElement>('[data-chart-canvas][data-chart-src]');
  if (!canvas || loading.has(canvas)) return;
  loading.add(canvas);
  try {
    const response = await fetch(canvas.dataset.chartSrc!);
    if (!response.ok) throw new Error(String(response.status));
    canvas.innerHTML = await response.text();
    delete canvas.dataset.chartSrc;
    details.dispatchEvent(new CustomEvent('chart-shown', { bubbles: true }));
  } catch {
    // The link to the chart's own page remains; the next opening tries again.
  } finally {
    loading.delete(canvas);
  }
}
