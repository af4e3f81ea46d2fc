/**
 * The plan on the flow page: a date and a person for each step (in the controls that
 * src/scripts/progress.ts copies into each step), 下一步 and 逾期 at the top of the overview,
 * 复制日程 for a group chat, and 分享计划, a link that carries the plan in its fragment. A page
 * opened from such a link shows the plan read-only and imports it only when asked, after a
 * confirmation that says what it replaces. Loaded by src/scripts/progress.ts only once a plan or a
 * tick is stored, a plan link is opened, or 安排 is: a first visit does not download it. Its words
 * are its own (src/words/plan.ts), and so is the markup it adds.
 */
import { planFragment, readPlanFragment } from '../plan/link.ts';
import { datesNeedYears, displayDate, todayInChina } from '../plan/dates.ts';
import { cleanPlan, maxOwnerLength, nextStep, overdueSteps, type Plan, type PlanStep } from '../plan/plan.ts';
import { doneCount } from '../plan/progress.ts';
import { scheduleText } from '../plan/schedule.ts';
import { planWords as words } from '../words/plan.ts';
import { guideHooks, guideSelectors, stepControlsEvent } from '../site/guide-hooks.ts';
import { copyText } from './copy.ts';
import { exportMark, noteChanged, noteExported } from './keeping.ts';
import { exportDueSince } from '../site/keeping.ts';
import { planKey, readPlan, writePlan } from './plan-store.ts';
import { branchNames, branchOrg } from './branch-store.ts';
import { ledgerScheduleLines } from './ledger-overview.ts';
import { readProgress } from './progress-store.ts';

const guide = document.querySelector<HTMLElement>(guideSelectors.guide);
const slug = guide?.getAttribute(guideHooks.guide) ?? '';
const title = guide?.getAttribute(guideHooks.flowTitle) ?? document.title;
const stepItems = [...(guide?.querySelectorAll<HTMLElement>(guideSelectors.step) ?? [])];
const steps: PlanStep[] = stepItems.map((item, index) => ({
  id: item.getAttribute(guideHooks.step)!,
  number: index + 1,
  label: item.querySelector(`${guideSelectors.stepHeading} span`)!.textContent!,
}));
const ids = steps.map(({ id }) => id);
const item = (id: string) => stepItems[ids.indexOf(id)]!;
/** The step's own anchor (its heading), where links to it land. */
const anchorOf = (id: string) => `#${item(id).querySelector(guideSelectors.stepHeading)!.id}`;
const stepName = ({ number, label }: PlanStep) => words.stepName(number, label);

/** An element with its attributes (data-*, class, role, hidden) and children. */
function element(tag: string, attributes: Record<string, string | boolean> = {}, ...children: (Node | string)[]) {
  const made = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== false) made.setAttribute(name, value === true ? '' : value);
  }
  made.append(...children);
  return made;
}

/** The list of names a 负责人 field offers. */
const ownerNamesId = 'plan-owner-names';
let plan: Plan | null = slug ? readPlan(slug, ids) : null;
const overview = document.querySelector<HTMLElement>(guideSelectors.planOverview);
overview?.replaceChildren(
  element(
    'p',
    { class: 'next-step', 'data-next-step': true },
    element('strong', {}, words.next),
    element('a', { href: '#', 'data-next-link': true }),
    element('span', { class: 'next-planned', 'data-next-planned': true }),
    element('strong', { class: 'overdue-mark', 'data-next-overdue': true, hidden: true }, words.overdue),
  ),
  element('p', { class: 'next-step', 'data-all-done': true, hidden: true }, words.allDone),
  element(
    'p',
    { class: 'overdue-list', 'data-overdue-list': true, hidden: true },
    element('strong', { class: 'overdue-count', 'data-overdue-count': true }),
    element('span', { 'data-overdue-links': true }),
  ),
  element(
    'p',
    { class: 'plan-actions' },
    element('button', { type: 'button', 'data-copy-schedule': true }, words.copySchedule),
    element('button', { type: 'button', 'data-copy-all': true }, words.copyAll),
    element('button', { type: 'button', 'data-share-plan': true }, words.sharePlan),
  ),
  element('div', { class: 'plan-status', role: 'status', 'data-plan-status': true }),
  element('p', { class: 'plan-export-due', 'data-plan-export-due': true, hidden: true }),
  element('p', { class: 'plan-private' }, words.private),
);
const status = overview?.querySelector<HTMLElement>('[data-plan-status]');
/** A step's 计划日期 and 负责人, in its 安排 (the page carries only the control that opens it). */
function addFields(item: HTMLElement): void {
  const id = item.getAttribute(guideHooks.step)!;
  const number = ids.indexOf(id) + 1;
  item.querySelector(guideSelectors.stepPlan)?.append(
    element(
      'div',
      { class: 'step-plan-fields' },
      element(
        'label',
        {},
        words.date,
        element('input', {
          type: 'date',
          'data-plan-date': id,
          min: '2000-01-01',
          max: '2099-12-31',
          'aria-label': words.dateLabel(number),
        }),
      ),
      element(
        'label',
        {},
        words.owner,
        element('input', {
          type: 'text',
          'data-plan-owner': id,
          maxlength: String(maxOwnerLength),
          autocomplete: 'off',
          list: ownerNamesId,
          'aria-label': words.ownerLabel(number),
        }),
      ),
    ),
  );
}
// Steps get their controls as they come into view (src/scripts/progress.ts): the fields with them.
const live = !!guide?.hasAttribute(guideHooks.controlsLive);
stepItems.filter((item) => item.hasAttribute(guideHooks.stepControls)).forEach(addFields);
document.addEventListener(stepControlsEvent, (event) => {
  const item = (event as CustomEvent<HTMLElement>).detail;
  addFields(item);
  if (!plan || !overview) return;
  const id = item.getAttribute(guideHooks.step)!;
  const today = todayInChina();
  const late = overdueSteps(steps, plan, readProgress(slug, ids) ?? {}, today).some((step) => step.id === id);
  showStep(id, late, today);
});
// The names 本支部信息 holds, offered as she types a 负责人.
document.body.append(
  element('datalist', { id: ownerNamesId }, ...branchNames(slug).map((name) => element('option', { value: name }))),
);

/** One step's plan: marked 逾期, and its summary and fields where its controls are in place. */
function showStep(id: string, late: boolean, today: string): void {
  const step = plan![id];
  const controls = item(id);
  controls.classList.toggle('is-overdue', late);
  const summary = controls.querySelector(guideSelectors.planSummary);
  if (!summary) return;
  summary.replaceChildren(
    step ? words.summary(displayDate(step.date, today), step.owner) : words.summaryEmpty,
    ...(late ? [element('strong', { class: 'overdue-mark', [guideHooks.overdueMark]: true }, words.overdue)] : []),
  );
  // Never under her fingers: a field she is typing in keeps what she typed.
  const date = controls.querySelector<HTMLInputElement>('input[data-plan-date]')!;
  const owner = controls.querySelector<HTMLInputElement>('input[data-plan-owner]')!;
  if (document.activeElement !== date) date.value = step?.date ?? '';
  if (document.activeElement !== owner) owner.value = step?.owner ?? '';
}

/** Lays the plan and the ticks out: each step's summary and 逾期 mark, 下一步, and the overdue list. */
function show(): void {
  if (!plan || !overview) return;
  const progress = readProgress(slug, ids) ?? {};
  const today = todayInChina();
  const overdue = overdueSteps(steps, plan, progress, today);
  // A first visit reads the steps; the plan's summary comes once a step is planned or ticked.
  overview.hidden = Object.keys(plan).length === 0 && doneCount(progress) === 0;
  const late = new Set(overdue.map(({ id }) => id));
  for (const { id } of steps) showStep(id, late.has(id), today);
  const next = nextStep(steps, progress);
  const nextLine = overview.querySelector<HTMLElement>('[data-next-step]')!;
  nextLine.hidden = !next;
  overview.querySelector<HTMLElement>('[data-all-done]')!.hidden = !!next;
  if (next) {
    const link = nextLine.querySelector<HTMLAnchorElement>('[data-next-link]')!;
    link.textContent = stepName(next);
    link.href = anchorOf(next.id);
    const planned = words.nextPlanned(displayDate(plan[next.id]?.date ?? '', today), plan[next.id]?.owner ?? '');
    nextLine.querySelector('[data-next-planned]')!.textContent = planned && `（${planned}）`;
    nextLine.querySelector<HTMLElement>('[data-next-overdue]')!.hidden = !late.has(next.id);
  }

  // A week after a change not yet sent by 分享计划: her only copy is this browser's.
  const exportDue = overview.querySelector<HTMLElement>('[data-plan-export-due]')!;
  const since = exportDueSince(exportMark(planKey(slug)), new Date());
  exportDue.hidden = !since;
  exportDue.textContent = since ? words.exportDue(displayDate(todayInChina(since), today, true)) : '';

  const overdueList = overview.querySelector<HTMLElement>('[data-overdue-list]')!;
  overdueList.hidden = overdue.length === 0;
  overdueList.querySelector('[data-overdue-count]')!.textContent = words.overdueCount(overdue.length);
  overdueList
    .querySelector('[data-overdue-links]')!
    .replaceChildren(
      ...overdue.flatMap((step, index) => [
        ...(index ? ['、'] : []),
        Object.assign(document.createElement('a'), { href: anchorOf(step.id), textContent: stepName(step) }),
      ]),
    );
}

/** Saves one step's plan; where the browser refuses, says so under the step, as for ticks. */
function save(id: string, change: Partial<{ date: string; owner: string }>): void {
  if (!plan) return;
  // Saved as it will be read back: one-line names without control or format characters.
  const next = cleanPlan({ ...plan, [id]: { date: '', owner: '', ...plan[id], ...change } }, ids);
  const saved = writePlan(slug, next);
  if (saved) {
    plan = next;
    noteChanged(planKey(slug), Object.keys(next).length > 0);
  }
  const failure = document.querySelector<HTMLElement>(guideSelectors.failure);
  if (failure) {
    failure.hidden = saved;
    if (!saved) item(id).querySelector(guideSelectors.stepBody)?.append(failure);
  }
  show();
}

if (plan && overview && status && live) {
  // One listener for every step's fields, those to come as well.
  guide!.addEventListener('change', (event) => {
    const id = (event.target as HTMLElement).getAttribute('data-plan-date');
    if (id) save(id, { date: (event.target as HTMLInputElement).value });
  });
  // Saved as she types: a phone page may be closed before the field loses focus.
  guide!.addEventListener('input', (event) => {
    const id = (event.target as HTMLElement).getAttribute('data-plan-owner');
    if (id) save(id, { owner: (event.target as HTMLInputElement).value.trim() });
  });
  document.addEventListener('progress-change', show);
  window.addEventListener('storage', () => {
    plan = readPlan(slug, ids) ?? plan;
    show();
  });

  const copySchedule = (all: boolean) =>
    copyText(
      [
        scheduleText(title, steps, plan!, readProgress(slug, ids) ?? {}, todayInChina(), {
          all,
          org: branchOrg(slug),
        }),
        // And the 整改, where the 台账 on this device holds any.
        ...ledgerScheduleLines(slug),
      ].join('\n'),
      status,
      { copied: words.copied, copyFailed: words.copyFailed },
    );
  overview.querySelector('[data-copy-schedule]')!.addEventListener('click', () => copySchedule(false));
  overview.querySelector('[data-copy-all]')!.addEventListener('click', () => copySchedule(true));
  overview.querySelector('[data-share-plan]')!.addEventListener('click', async () => {
    // What she sees goes with it: her 党组织名称, the steps she ticked off, and the day.
    const progress = readProgress(slug, ids) ?? {};
    const sent = {
      ...(branchOrg(slug) ? { org: branchOrg(slug) } : {}),
      done: ids.filter((id) => progress[id]?.done),
      sentOn: todayInChina(),
    };
    const url = `${location.href.replace(/#.*$/, '')}#${await planFragment(slug, plan!, sent)}`;
    // The link is her copy of the plan: the reminder to make one comes down.
    noteExported(planKey(slug));
    show();
    if (navigator.share) {
      try {
        await navigator.share({ title: words.shareTitle(title), url });
        return;
      } catch (error) {
        if ((error as DOMException).name === 'AbortError') return;
      }
    }
    await copyText(url, status, { copied: words.linkCopied, copyFailed: words.linkCopyFailed });
  });

  show();
}

/** A plan that came in the link: shown read-only above the overview, imported only when asked. */
async function showSharedPlan(): Promise<void> {
  const shared = await readPlanFragment(location.hash, slug, ids);
  const place = document.querySelector(guideSelectors.overview);
  if (!shared || !place) return;
  const message = element('p', {}, words.sharedLede);
  const list = element('ul', { class: 'shared-list' });
  const actions = element(
    'p',
    { class: 'plan-actions' },
    element('button', { type: 'button', 'data-import': true }, words.import),
    element('button', { type: 'button', 'data-dismiss': true }, words.dismiss),
  );
  const importStatus = element('div', { role: 'status' });
  const panel = element(
    'section',
    { class: 'shared-plan print-hidden', 'aria-labelledby': 'shared-plan-heading', 'data-pagefind-ignore': true },
    element('h2', { id: 'shared-plan-heading' }, words.sharedHeading),
    message,
    list,
    actions,
    importStatus,
  );
  const forget = () => history.replaceState(null, '', location.pathname + location.search);
  place.before(panel);

  const incoming = shared.kind === 'plan' ? shared.plan : {};
  const planned = steps.filter(({ id }) => incoming[id]);
  if (shared.kind !== 'plan' || planned.length === 0) {
    message.textContent = {
      plan: words.sharedEmpty,
      bad: words.badLink,
      'other-flow': words.otherFlow,
      unsupported: words.unsupported,
    }[shared.kind];
    list.remove();
    panel.querySelector('[data-import]')!.remove();
    if (shared.kind !== 'plan') {
      panel.querySelector('h2')!.textContent = words.unreadableHeading;
      panel.querySelector('[data-dismiss]')!.textContent = words.close;
    }
  } else {
    // As the sender saw it: her 党组织名称, each step's date (with its year where the plan spans
    // years), person, and 已完成 or 逾期 on the day she sent it. One number per step: the step's.
    const { org, done = [], sentOn } = shared.sent;
    const asOf = sentOn ?? todayInChina();
    const doneProgress = Object.fromEntries(done.map((id) => [id, { done: true, date: '' }]));
    const overdue = new Set(overdueSteps(steps, incoming, doneProgress, asOf).map(({ id }) => id));
    const withYear = datesNeedYears(
      planned.map(({ id }) => incoming[id]!.date),
      asOf,
    );
    if (org) message.before(element('p', { 'data-shared-from': true }, words.sharedFrom(org)));
    if (sentOn)
      message.after(element('p', { 'data-shared-as-of': true }, words.sharedAsOf(displayDate(sentOn, asOf, true))));
    list.replaceChildren(
      ...planned.map((step) => {
        const state = done.includes(step.id) ? words.done : overdue.has(step.id) ? words.notDoneOverdue : words.notDone;
        const line = words.planLine(
          step.number,
          step.label,
          displayDate(incoming[step.id]!.date, asOf, withYear),
          incoming[step.id]!.owner,
        );
        return Object.assign(document.createElement('li'), { textContent: `${line} — ${state}` });
      }),
    );
    const importButton = panel.querySelector<HTMLButtonElement>('[data-import]')!;
    // Without storage there is nowhere to import to: the plan can still be read.
    if (!plan) importButton.remove();
    importButton.addEventListener('click', () => {
      if (!window.confirm(words.importConfirm(title, Object.keys(plan ?? {}).length, planned.length))) return;
      if (!writePlan(slug, incoming)) {
        importStatus.textContent = words.importFailed;
        return;
      }
      plan = incoming;
      show();
      actions.remove();
      importStatus.textContent = words.imported;
      forget();
    });
  }
  panel.querySelector('[data-dismiss]')!.addEventListener('click', () => {
    panel.remove();
    forget();
  });
}

if (slug) {
  void showSharedPlan();
  // A plan link opened in a tab already on this page changes only the fragment: shown as on a visit.
  window.addEventListener('hashchange', () => {
    if (!location.hash.startsWith('#plan=')) return;
    document.querySelector('.shared-plan')?.remove();
    void showSharedPlan();
  });
}
