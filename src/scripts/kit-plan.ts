/**
 * A 方案 scaffold printed from the browser that planned the flow: each 工作步骤's planned date
 * and person in its 时间 and 负责人 cells (src/kit/papers.ts puts the step on each row). The
 * Word file is made at build time and stays blank.
 */
import { displayDate, todayInChina } from '../plan/dates.ts';
import { paperAttributes, paperSelectors } from '../paper/hooks.ts';
import { readPlan } from './plan-store.ts';

const body = document.querySelector<HTMLElement>(paperSelectors.plannedBody);
const rows = [...(body?.querySelectorAll<HTMLTableRowElement>(paperSelectors.stepRow) ?? [])];
const plan = body
  ? readPlan(
      body.getAttribute(paperAttributes.planFlow)!,
      rows.map((row) => row.getAttribute(paperAttributes.step)!),
    )
  : null;
if (plan) {
  const today = todayInChina();
  for (const row of rows) {
    const step = plan[row.getAttribute(paperAttributes.step)!];
    if (!step) continue;
    // The columns: 序号, 工作步骤, 时间, 负责人.
    row.cells[2]!.textContent = displayDate(step.date, today);
    row.cells[3]!.textContent = step.owner;
  }
}
