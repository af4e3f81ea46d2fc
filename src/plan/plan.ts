/**
 * A flow's plan: for each step, the date it is planned for and who does it. Pure functions from
 * the plan, the ticks (./progress.ts) and today's date to what the page shows:
 * which steps are overdue and the next step (the schedule for a group chat is ./schedule.ts: it
 * speaks words, and the handout's script, which reads plans, needs none). Dates are
 * yyyy-mm-dd strings, compared as dates in China's time zone (see todayInChina).
 */
import { isCalendarDate } from './dates.ts';
import { perKnownStep, type Progress } from './progress.ts';
import { cleanLine } from './reader-text.ts';

export interface StepPlan {
  /** yyyy-mm-dd, or '' when not set. */
  date: string;
  /** Free text, or '' when not set. */
  owner: string;
}
export type Plan = Record<string, StepPlan>;

/** A step as the plan needs it: its id, its number in the flow (1…N) and its short label. */
export interface PlanStep {
  id: string;
  number: number;
  label: string;
}

/** Long enough for a name or two, or a committee (“支部委员会”); the field stops there. */
export const maxOwnerLength = 20;

/** A person's name as typed: one line, no control or format characters, at most maxOwnerLength characters. */
export const cleanOwner = (value: unknown): string => cleanLine(value, maxOwnerLength);

/** Keeps only what can be true of this flow's plan: known steps, real dates, one-line names. */
export const cleanPlan = (data: unknown, steps: readonly string[]): Plan =>
  perKnownStep(data, steps, ({ date, owner }) => {
    const step = { date: isCalendarDate(date) ? date : '', owner: cleanOwner(owner) };
    return step.date || step.owner ? step : null;
  });

/** Steps planned for a day before today and not ticked off, in flow order. */
export function overdueSteps(steps: readonly PlanStep[], plan: Plan, progress: Progress, today: string): PlanStep[] {
  return steps.filter(({ id }) => !progress[id]?.done && !!plan[id]?.date && plan[id].date < today);
}

/** The first step not ticked off, or undefined when every step is. */
export function nextStep(steps: readonly PlanStep[], progress: Progress): PlanStep | undefined {
  return steps.find(({ id }) => !progress[id]?.done);
}
