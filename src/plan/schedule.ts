/** The plan as plain text for a group chat (复制日程). */
import type { Progress } from './progress.ts';
import { datesNeedYears, displayDate } from './dates.ts';
import { overdueSteps, type Plan, type PlanStep } from './plan.ts';
import { planWords } from '../words/plan.ts';

/**
 * The plain-text schedule for a group chat: the flow's name (and her 党组织名称, where 本支部信息
 * has it), then a line per step that has a date, a person or a tick — or, with `all`, per step.
 * Dates carry their year whenever the plan's are not all within the current year.
 */
export function scheduleText(
  title: string,
  steps: readonly PlanStep[],
  plan: Plan,
  progress: Progress,
  today: string,
  options: { all?: boolean; org?: string } = {},
): string {
  const overdue = new Set(overdueSteps(steps, plan, progress, today).map(({ id }) => id));
  const withYear = datesNeedYears(
    Object.values(plan).map(({ date }) => date),
    today,
  );
  const lines = steps
    .filter(({ id }) => options.all || plan[id] || progress[id]?.done)
    .map(({ id, number, label }) => {
      const done = progress[id]?.done ? planWords.done : overdue.has(id) ? planWords.notDoneOverdue : planWords.notDone;
      const date = displayDate(plan[id]?.date ?? '', today, withYear);
      return `${planWords.planLine(number, label, date, plan[id]?.owner ?? '')} — ${done}`;
    });
  return [options.org ? planWords.scheduleTitle(title, options.org) : title, ...lines].join('\n');
}
