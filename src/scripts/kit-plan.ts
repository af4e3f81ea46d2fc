/**
 * A 方案 scaffold printed from the browser that planned the flow: each 工作步骤's planned date
 * and person in its 时间 and 负责人 cells (src/kit/papers.ts puts the step on each row). The
 * Word file is made at build time and stays blank.
 */
import { displayDate, todayInChina } from '../plan/dates.ts';
import { readPlan } from './plan-store.ts';

const body = document.querySelector<HTMLElement>('tbody[data-plan-flow]');
const rows = [...(body?.querySelectorAll<HTMLTableRowElement>('tr[data-step]') ?? [])];
const plan = body
  ? readPlan(
      body.dataset.planFlow!,
      rows.map((row) => row.dataset.step!),
    )
  : null;
if (plan) {
  const today = todayInChina();
  for (const row of rows) {
    const step = plan[row.dataset.step!];
    if (!step) continue;
    // The columns: 序号, 工作步骤, 时间, 负责人.
    row.cells[2]!.textContent = displayDate(step.date, today);
    row.cells[3]!.textContent = step.owner;
  }
}
