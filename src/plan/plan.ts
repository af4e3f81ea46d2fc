/**
 * A flow's plan: for each step, the date it is planned for and who does it. Pure functions from
 * the plan, the ticks (src/scripts/progress-store.ts) and today's date to what the page shows:
 * which steps are overdue, the next step, and the schedule copied for a group chat. Dates are
 * yyyy-mm-dd strings, compared as dates in China's time zone (see todayInChina).
 */
import type { Progress } from '../scripts/progress-store.ts';
import { planWords } from './words.ts';

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

/** A real calendar date (no 2026-13-45) from 2000 to 2099: a plan may look ahead, never far. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^20\d{2}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A person's name as typed: one line, no control characters, at most maxOwnerLength characters. */
export function cleanOwner(value: unknown): string {
  if (typeof value !== 'string') return '';
  // Control characters (Cc) and the line and paragraph separators.
  const line = value
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return [...line].slice(0, maxOwnerLength).join('').trim();
}

/** Keeps only what can be true of this flow's plan: known steps, real dates, one-line names. */
export function cleanPlan(data: unknown, steps: readonly string[]): Plan {
  const clean: Plan = {};
  if (!data || typeof data !== 'object' || Array.isArray(data)) return clean;
  for (const id of steps) {
    const entry = (data as Record<string, unknown>)[id];
    if (!entry || typeof entry !== 'object') continue;
    const { date, owner } = entry as Record<string, unknown>;
    const step = { date: isCalendarDate(date) ? date : '', owner: cleanOwner(owner) };
    if (step.date || step.owner) clean[id] = step;
  }
  return clean;
}

/** Steps planned for a day before today and not ticked off, in flow order. */
export function overdueSteps(steps: readonly PlanStep[], plan: Plan, progress: Progress, today: string): PlanStep[] {
  return steps.filter(({ id }) => !progress[id]?.done && !!plan[id]?.date && plan[id].date < today);
}

/** The first step not ticked off, or undefined when every step is. */
export function nextStep(steps: readonly PlanStep[], progress: Progress): PlanStep | undefined {
  return steps.find(({ id }) => !progress[id]?.done);
}

/** 12月5日 in the current year, 2027年1月5日 in another. */
export function displayDate(date: string, today: string): string {
  if (!date) return '';
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${year === Number(today.slice(0, 4)) ? '' : `${year}年`}${month}月${day}日`;
}

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
