/**
 * Ticking steps off on the flow page: each step's 已完成 box and date, the count in the
 * overview, done steps marked on the chart (a class on its nodes, no re-render), and 清除进度.
 * The page carries one step's controls in a <template> (StepGuide.astro); they are copied into a
 * step only where storage works, and only as the step comes within a screen of the reader: 28
 * steps' controls made at once would double the elements the phone lays out before she has
 * scrolled. Until then the step keeps their room (flow.css), so nothing moves when they come.
 */
import { cleanProgress, doneCount, type Progress } from '../plan/progress.ts';
import { planKey, readPlan } from './plan-store.ts';
import { progressKey, readProgress, readStoredProgress, writeProgress } from './progress-store.ts';
import { keptRecords, storage } from './records.ts';
import { ledgerKey } from './ledger-key.ts';
import { guideClasses, guideHooks, guideSelectors, stepControlsEvent, stepOf } from '../site/guide-hooks.ts';

const guide = document.querySelector<HTMLElement>(guideSelectors.guide);
const slug = guide?.getAttribute(guideHooks.guide) ?? undefined;
const stepIds = [...(guide?.querySelectorAll<HTMLElement>(guideSelectors.step) ?? [])].map((step) =>
  step.getAttribute(guideHooks.step)!,
);
const stored = slug ? readStoredProgress(slug, stepIds) : null;
let progress: Progress | null = stored?.record ?? null;
/** Storage full (or an unreadable record could not be moved aside): what is stored is shown, not changed. */
const readOnly = !!stored && !stored.writable;

/** The data attributes by which the step controls say what they hold. */
const stepAttributes = [guideHooks.done, guideHooks.date];

/** Copies the template's controls into one step, named for it (steps are numbered 1…N in page order). */
function addControls(guide: HTMLElement, step: HTMLElement, number: number): void {
  const template = guide.querySelector<HTMLTemplateElement>(guideSelectors.controls)!;
  const controls = template.content.cloneNode(true) as DocumentFragment;
  for (const input of controls.querySelectorAll<HTMLInputElement>('input')) {
    // Each control names its step in its data attribute (data-done="study"), and its number in its label.
    const role = stepAttributes.find((name) => input.hasAttribute(name))!;
    input.setAttribute(role, step.getAttribute(guideHooks.step)!);
    input.setAttribute('aria-label', input.getAttribute('aria-label')!.replace('{n}', String(number)));
  }
  const body = step.querySelector(guideSelectors.stepBody)!;
  (
    body.querySelector(`:scope > .${guideClasses.erratumMark}`) ??
    body.querySelector(`:scope > .${guideClasses.stepText}`)!
  ).after(controls);
  step.setAttribute(guideHooks.stepControls, '');
  // The plan's fields follow (src/scripts/plan-controls.ts).
  document.dispatchEvent(new CustomEvent(stepControlsEvent, { detail: step }));
}

/**
 * Gives each step its controls as it comes within a screen of the view (above or below): where a
 * link lands, where she scrolls, and ahead of a screen reader's cursor, which scrolls as it reads.
 */
function addControlsNearView(guide: HTMLElement, made: (step: HTMLElement) => void): void {
  const steps = [...guide.querySelectorAll<HTMLElement>(guideSelectors.step)];
  const add = (step: HTMLElement) => {
    addControls(guide, step, steps.indexOf(step) + 1);
    made(step);
  };
  // The first step's come at once: the room kept for the others is theirs (flow.css), measured
  // again as the text grows or the screen turns.
  add(steps[0]!);
  new ResizeObserver(([entry]) =>
    guide.style.setProperty('--step-controls-height', `${entry!.target.getBoundingClientRect().height}px`),
  ).observe(steps[0]!.querySelector('.step-progress')!);
  guide.setAttribute(guideHooks.controlsLive, '');
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        add(entry.target as HTMLElement);
      }
    },
    { rootMargin: '100% 0px' },
  );
  for (const step of steps.slice(1)) observer.observe(step);
}

if (guide && slug && progress && readOnly) {
  // No controls to change what cannot be saved: the ticks as marks, the count, and why.
  for (const step of guide.querySelectorAll<HTMLElement>(guideSelectors.step)) {
    step.classList.toggle('is-done', !!progress[step.getAttribute(guideHooks.step)!]?.done);
  }
  const summary = document.querySelector<HTMLElement>(guideSelectors.summary)!;
  summary.querySelector<HTMLElement>(guideSelectors.count)!.textContent = String(doneCount(progress));
  summary.hidden = false;
}

if (guide && slug && progress && !readOnly) {
  const summary = document.querySelector<HTMLElement>(guideSelectors.summary)!;
  const count = summary.querySelector<HTMLElement>(guideSelectors.count)!;
  const tools = guide.querySelector<HTMLElement>(guideSelectors.tools)!;
  const clear = tools.querySelector<HTMLButtonElement>('button')!;
  const steps = new Map(
    [...guide.querySelectorAll<HTMLElement>(guideSelectors.step)].map((step) => [
      step.getAttribute(guideHooks.step)!,
      step,
    ]),
  );
  const chartNode = (id: string) =>
    document.querySelector(
      `figure.chart a[*|href$="#${CSS.escape(id)}"] g.node, figure.chart a[href$="#${CSS.escape(id)}"] g.node`,
    );

  /** One step as stored: marked done, and its box and date where its controls are in place. */
  const showStep = (id: string) => {
    const done = !!progress![id]?.done;
    const step = steps.get(id)!;
    step.classList.toggle('is-done', done);
    chartNode(id)?.classList.toggle('is-done', done);
    const box = step.querySelector<HTMLInputElement>(guideSelectors.doneBox);
    if (box) box.checked = done;
    const date = step.querySelector<HTMLInputElement>(guideSelectors.dateField);
    if (date) {
      date.value = progress![id]?.date ?? '';
      // The date only matters once the step is done (or was dated before).
      date.closest<HTMLElement>(guideSelectors.stepDate)!.hidden = !done && !progress![id]?.date;
    }
  };
  const show = () => {
    for (const id of stepIds) showStep(id);
    count.textContent = String(doneCount(progress!));
  };
  // The chart is put in place only when wanted (src/scripts/chart.ts): mark it then.
  document.addEventListener('chart-shown', show);
  const failure = tools.querySelector<HTMLElement>(guideSelectors.failure)!;
  /** Saves a change; where the browser refuses, nothing is shown as saved, and the reader is told. */
  const save = (id: string, change: Partial<{ done: boolean; date: string }>) => {
    const changed: Progress = { ...progress!, [id]: { done: false, date: '', ...progress![id], ...change } };
    // Saved as it will be read back: only what can be true (a date to come is not a day it was done).
    const next = cleanProgress(changed, stepIds);
    const saved = writeProgress(slug, next);
    if (saved) progress = next;
    // The plan's 下一步 and 逾期 follow the ticks (src/scripts/plan-controls.ts).
    document.dispatchEvent(new Event('progress-change'));
    failure.hidden = saved;
    // Said where the reader is: under the step she just changed.
    if (!saved) guide.querySelector(`${stepOf(id)} ${guideSelectors.stepBody}`)?.append(failure);
    show();
  };

  // One listener for every step's controls, those to come as well.
  guide.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    const done = input.getAttribute(guideHooks.done);
    const date = input.getAttribute(guideHooks.date);
    if (done) save(done, { done: input.checked });
    else if (date) save(date, { date: input.value });
  });
  clear.addEventListener('click', () => {
    if (!window.confirm(clear.dataset.confirm!)) return;
    progress = {};
    writeProgress(slug, progress);
    document.dispatchEvent(new Event('progress-change'));
    show();
  });
  // Another tab (the handout, say) may change it too.
  window.addEventListener('storage', () => {
    progress = readProgress(slug, stepIds) ?? progress;
    show();
  });

  summary.hidden = false;
  tools.hidden = false;
  show();
  addControlsNearView(guide, (step) => showStep(step.getAttribute(guideHooks.step)!));
}

/**
 * The plan (src/scripts/plan-controls.ts) loads when it is wanted: at once where a plan or a tick
 * is stored or the address carries a plan, else when 安排 is first opened or a step first ticked.
 * A first visit does not download it.
 */
if (guide && slug) {
  const planned = progress && Object.keys(readPlan(slug, stepIds) ?? {}).length > 0;
  // What could not be saved or read is said at the top of the guide (its script loads only then).
  const kept = keptRecords([progressKey(slug), planKey(slug)]);
  const hasStored = !!progress && Object.keys(progress).length > 0;
  if (kept.length || (readOnly && hasStored)) {
    void import('./record-notice.ts').then(({ showRecordNotice }) =>
      showRecordNotice({ slug, kept, readOnly: readOnly && hasStored }),
    );
  }

  // The 整改台账 at a glance, beside 下一步: its script comes only to a device that holds one.
  if (storage()?.getItem(ledgerKey(slug)))
    void import('./ledger-overview.ts').then(({ showLedgerOverview }) => showLedgerOverview(slug));

  let loading = false;
  const loadPlan = () => {
    if (!loading) void import('./plan-controls.ts');
    loading = true;
  };
  if (location.hash.startsWith('#plan=') || planned || (progress && doneCount(progress) > 0)) loadPlan();
  else if (progress) {
    // A <details> says it opened with a toggle event, which does not bubble: caught on its way down.
    guide.addEventListener(
      'toggle',
      (event) => (event.target as Element).matches(guideSelectors.stepPlan) && loadPlan(),
      true,
    );
    document.addEventListener('progress-change', loadPlan, { once: true });
  }
  // A plan link opened in a tab already on this page changes only the fragment: the same as a visit.
  window.addEventListener('hashchange', () => location.hash.startsWith('#plan=') && loadPlan());
}
