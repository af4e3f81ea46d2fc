/**
 * The flow page's small enhancements; the page reads the same without them.
 * - "You are here" (HereBar.astro): the step the reader is at, the last whose top has passed
 *   a line a third of the way down the screen — or the step a link or search result jumped to,
 *   or that holds the focused control, while it is still at the top. An IntersectionObserver
 *   says when steps cross that line; nothing runs while the page is still. On wide screens the
 *   side chart marks the same step and keeps it in view.
 * - The chart is put in place (src/scripts/chart.ts) when its control is opened, and at once on
 *   wide screens, where its <details> is opened for real (CSS already shows it), so its links
 *   can be reached by keyboard.
 */
import { showChart } from './chart.ts';

const bar = document.querySelector<HTMLElement>('[data-here]');
const link = bar?.querySelector('a');
const steps = [...document.querySelectorAll<HTMLElement>('li.step[data-place]')];
const chart = document.querySelector<HTMLDetailsElement>('details.chart-toggle');
const wide = matchMedia('(min-width: 60rem)');

const openChartOnWideScreens = () => {
  if (!chart || !wide.matches) return;
  void showChart(chart);
  chart.open = true;
};
// Before the control opens (a click, or Enter or Space on it), so the chart is there as it opens.
chart?.querySelector('summary')?.addEventListener('click', () => void showChart(chart));
openChartOnWideScreens();
wide.addEventListener('change', openChartOnWideScreens);

/** The chart node that links to a step. */
const chartNode = (id: string) =>
  chart?.querySelector(`a[*|href$="#${CSS.escape(id)}"] g.node, a[href$="#${CSS.escape(id)}"] g.node`);

if (bar && link && steps.length && 'IntersectionObserver' in window) {
  const line = () => window.innerHeight / 3;
  const guide = steps[0]!.closest('.guide')!;
  let current: HTMLElement | undefined;
  /**
   * The step jumped to (it is "here" while its top is above the line and it is in view) or that
   * holds the focused control (while any of it is in view).
   */
  let pinned: { step: HTMLElement; by: 'jump' | 'focus' } | undefined;
  const holds = ({ step, by }: { step: HTMLElement; by: 'jump' | 'focus' }) => {
    const box = step.getBoundingClientRect();
    return box.bottom > 0 && (by === 'focus' ? box.top < window.innerHeight : box.top <= line());
  };

  const update = () => {
    if (pinned && !holds(pinned)) pinned = undefined;
    const step = pinned?.step ?? steps.filter((candidate) => candidate.getBoundingClientRect().top <= line()).pop();
    // Before step 1 reaches the line, and after the guide has scrolled away, there is no "here".
    const show = !!step && guide.getBoundingClientRect().bottom > line();
    bar.hidden = !show;
    if (!show || step === current) return;
    if (current) chartNode(current.dataset.step!)?.classList.remove('is-current');
    current = step;
    link.textContent = step.dataset.place!;
    link.href = `#${step.dataset.step}`;
    const node = chartNode(step.dataset.step!);
    node?.classList.add('is-current');
    if (node && chart && wide.matches) {
      const box = node.getBoundingClientRect();
      const view = chart.getBoundingClientRect();
      if (box.top < view.top || box.bottom > view.bottom) chart.scrollTop += box.top - view.top - view.height / 3;
    }
  };

  // A chart put in place later marks where the reader already is.
  chart?.addEventListener(
    'chart-shown',
    () => current && chartNode(current.dataset.step!)?.classList.add('is-current'),
  );

  const pinTo = (step: HTMLElement | null | undefined, by: 'jump' | 'focus') => {
    if (!step) return;
    pinned = { step, by };
    update();
  };
  const target = () => steps.find((step) => `#${step.dataset.step}` === decodeURIComponent(location.hash));
  // A jump lands the step at the top; the scroll it causes is the browser's, not the reader's.
  window.addEventListener('hashchange', () => requestAnimationFrame(() => pinTo(target(), 'jump')));
  // After the browser has scrolled the focused control into view (it does so after focus events).
  guide.addEventListener('focusin', (event) => {
    const step = (event.target as Element).closest<HTMLElement>('li.step');
    requestAnimationFrame(() => pinTo(step, 'focus'));
  });

  const observer = new IntersectionObserver(update, { rootMargin: '0px 0px -67% 0px' });
  steps.forEach((step) => observer.observe(step));
  const landed = target();
  if (landed) pinned = { step: landed, by: 'jump' };
  update();
}
