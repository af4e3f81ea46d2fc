/**
 * A reader's progress through one flow: which steps she ticked off, and when. Pure rules for what
 * may be true of it, applied to whatever is read back (storage, src/scripts/progress-store.ts):
 * only the flow's own steps, only real dates up to today.
 */
import { isCalendarDate, todayInChina } from './dates.ts';

export interface StepProgress {
  done: boolean;
  /** yyyy-mm-dd, or '' when not given. */
  date: string;
}
export type Progress = Record<string, StepProgress>;

/** A real calendar date (no 2026-13-45), from 2000 up to today: a step is done on a day already past. */
export function isPlausibleDate(value: unknown, today = todayInChina()): value is string {
  return isCalendarDate(value) && value <= today;
}

/**
 * A per-flow record as read back (progress, or the plan): for each of the flow's own steps whose
 * entry is an object, what `cleanEntry` keeps of it, where it keeps anything (not null). Every
 * other key is left out.
 */
export function perKnownStep<T>(
  data: unknown,
  steps: readonly string[],
  cleanEntry: (entry: Record<string, unknown>) => T | null,
): Record<string, T> {
  const clean: Record<string, T> = {};
  if (!data || typeof data !== 'object' || Array.isArray(data)) return clean;
  for (const id of steps) {
    const entry = (data as Record<string, unknown>)[id];
    if (!entry || typeof entry !== 'object') continue;
    const kept = cleanEntry(entry as Record<string, unknown>);
    if (kept) clean[id] = kept;
  }
  return clean;
}

/** Keeps only what can be true of this flow's steps: known ids, a boolean, a plausible date. */
export const cleanProgress = (data: unknown, steps: readonly string[], today = todayInChina()): Progress =>
  perKnownStep(data, steps, ({ done, date }) => {
    const step = { done: done === true, date: isPlausibleDate(date, today) ? date : '' };
    return step.done || step.date ? step : null;
  });

export const doneCount = (progress: Progress) => Object.values(progress).filter((step) => step.done).length;
