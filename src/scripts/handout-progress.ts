/**
 * The handout, printed from the browser that planned and ticked steps off: each step's tick and
 * the date it was done, and its planned date and person, in its checklist row.
 */
import { displayDate, todayInChina } from '../plan/dates.ts';
import { paperAttributes, paperSelectors } from '../paper/hooks.ts';
import { guideHooks, guideSelectors } from '../site/guide-hooks.ts';
import { readPlan } from './plan-store.ts';
import { readProgress } from './progress-store.ts';

const checklist = document.querySelector<HTMLElement>(guideSelectors.guide);
const slug = checklist?.getAttribute(guideHooks.guide) ?? '';
const steps = [...(checklist?.querySelectorAll<HTMLElement>(paperSelectors.stepRow) ?? [])].map((row) =>
  row.getAttribute(paperAttributes.step)!,
);
const progress = checklist ? readProgress(slug, steps) : null;
const plan = checklist ? readPlan(slug, steps) : null;
/** A label and its value on a line of their own; a date (nowrap) never breaks inside. */
function line(label: string, value: string, nowrap = true): HTMLSpanElement {
  const span = Object.assign(document.createElement('span'), { className: 'plan-line' });
  const valuePart = Object.assign(document.createElement('span'), { textContent: value });
  if (nowrap) valuePart.className = 'nowrap';
  span.append(label ? `${label} ` : '', valuePart);
  return span;
}

if (checklist && progress && plan) {
  // The words come with the page (data attributes from src/words/pages.ts), not with this script.
  const { doneWord = '', plannedWord = '', ownerWord = '' } = checklist.dataset;
  const today = todayInChina();
  for (const row of checklist.querySelectorAll<HTMLElement>(paperSelectors.stepRow)) {
    const id = row.getAttribute(paperAttributes.step)!;
    const step = progress[id];
    const planned = plan[id];
    if (!step && !planned) continue;
    row.classList.toggle('is-done', !!step?.done);
    const tick = row.querySelector<HTMLElement>(paperSelectors.tick);
    if (tick && step?.done) tick.textContent = '✓';
    const hidden = row.querySelector<HTMLElement>(paperSelectors.doneHint);
    if (hidden && step?.done) hidden.textContent = doneWord;
    // The date it was done where it always was; the plan under 备注, the one column wide enough
    // for a date and a name on a line each, so a row grows by a line at most.
    const date = row.querySelector(paperSelectors.dateCell);
    if (date && step?.date) date.textContent = step.date;
    const plannedLines = [
      planned?.date && line(plannedWord, displayDate(planned.date, today)),
      planned?.owner && line(ownerWord, planned.owner, false),
    ].filter((cell): cell is HTMLSpanElement => !!cell);
    if (plannedLines.length) row.querySelector(paperSelectors.notesCell)?.replaceChildren(...plannedLines);
  }
}
