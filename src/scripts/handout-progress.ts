/**
 * The handout, printed from the browser that planned and ticked steps off: each step's planned
 * date and person, its tick and the date it was done, in its checklist row.
 */
import { displayDate, todayInChina } from '../plan/dates.ts';
import { readPlan } from './plan-store.ts';
import { readProgress } from './progress-store.ts';

const checklist = document.querySelector<HTMLElement>('[data-progress-flow]');
const steps = [...(checklist?.querySelectorAll<HTMLElement>('tr[data-step]') ?? [])].map((row) => row.dataset.step!);
const progress = checklist ? readProgress(checklist.dataset.progressFlow!, steps) : null;
const plan = checklist ? readPlan(checklist.dataset.progressFlow!, steps) : null;
if (checklist && progress && plan) {
  // The words come with the page (data attributes from src/ui.ts), not with this script.
  const { doneWord = '', plannedWord = '', ownerWord = '', doneOnWord = '' } = checklist.dataset;
  const today = todayInChina();
  for (const row of checklist.querySelectorAll<HTMLElement>('tr[data-step]')) {
    const step = progress[row.dataset.step!];
    const planned = plan[row.dataset.step!];
    if (!step && !planned) continue;
    row.classList.toggle('is-done', !!step?.done);
    const tick = row.querySelector<HTMLElement>('.tick');
    if (tick && step?.done) tick.textContent = '✓';
    const hidden = row.querySelector<HTMLElement>('.col-done .visually-hidden');
    if (hidden && step?.done) hidden.textContent = doneWord;
    const date = row.querySelector<HTMLElement>('.col-date');
    if (!date) continue;
    // One line each: when it is planned, who does it, when it was done.
    const lines = [
      planned?.date && `${plannedWord} ${displayDate(planned.date, today)}`,
      planned?.owner && `${ownerWord} ${planned.owner}`,
      step?.date && (planned ? `${doneOnWord} ${displayDate(step.date, today)}` : step.date),
    ].filter((line): line is string => !!line);
    date.replaceChildren(
      ...lines.map((line) =>
        Object.assign(document.createElement('span'), { className: 'plan-line', textContent: line }),
      ),
    );
  }
}
