/** The plan as plain text for a group chat (复制日程). */
import type { Progress } from './progress.ts';
import { displayDate } from './dates.ts';
import { overdueSteps, type Plan, type PlanStep } from './plan.ts';
import { planWords } from '../words/plan.ts';

/** The plain-text schedule for a group chat: the flow's name, then one line per step. */
export function scheduleText(
  title: string,
  steps: readonly PlanStep[],
  plan: Plan,
  progress: Progress,
  today: string,
): string {
  const overdue = new Set(overdueSteps(steps, plan, progress, today).map(({ id }) => id));
  const lines = steps.map(({ id, number, label }) => {
    const done = progress[id]?.done ? planWords.done : overdue.has(id) ? planWords.notDoneOverdue : planWords.notDone;
    return `${planWords.planLine(number, label, displayDate(plan[id]?.date ?? '', today), plan[id]?.owner ?? '')} — ${done}`;
  });
  return [title, ...lines].join('\n');
}
