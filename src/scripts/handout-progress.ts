/** The handout, printed from the browser that ticked steps off: their ticks and dates in its checklist. */
import { readProgress } from './progress-store.ts';

const checklist = document.querySelector<HTMLElement>('[data-progress-flow]');
const steps = [...(checklist?.querySelectorAll<HTMLElement>('tr[data-step]') ?? [])].map((row) => row.dataset.step!);
const progress = checklist ? readProgress(checklist.dataset.progressFlow!, steps) : null;
if (checklist && progress) {
  const doneWord = checklist.dataset.doneWord ?? '';
  for (const row of checklist.querySelectorAll<HTMLElement>('tr[data-step]')) {
    const step = progress[row.dataset.step!];
    if (!step) continue;
    row.classList.toggle('is-done', step.done);
    const tick = row.querySelector<HTMLElement>('.tick');
    if (tick && step.done) tick.textContent = '✓';
    const hidden = row.querySelector<HTMLElement>('.col-done .visually-hidden');
    if (hidden && step.done) hidden.textContent = doneWord;
    const date = row.querySelector<HTMLElement>('.col-date');
    if (date) date.textContent = step.date;
  }
}
