/**
 * A reader's progress through one flow, kept in this browser's localStorage and nowhere else.
 * Where storage is unavailable (disabled, private mode), reading returns null and the page
 * shows no progress controls. What is read is checked, never trusted: only the flow's own
 * steps, only real dates up to today, and a bounded size; anything else is left out.
 */
export interface StepProgress {
  done: boolean;
  /** yyyy-mm-dd, or '' when not given. */
  date: string;
}
export type Progress = Record<string, StepProgress>;

const key = (slug: string) => `zuzhi-shenghuohui:progress:v1:${slug}`;
/** Far more than a flow's steps with their dates need; anything larger is not ours. */
const maxStoredLength = 16 * 1024;

function storage(): Storage | null {
  try {
    const store = window.localStorage;
    const probe = `${key('probe')}`;
    store.setItem(probe, '1');
    store.removeItem(probe);
    return store;
  } catch {
    return null;
  }
}

/** Today in China's time zone, as yyyy-mm-dd. */
export function todayInChina(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** A real calendar date (no 2026-13-45), from 2000 up to today. */
export function isPlausibleDate(value: unknown, today = todayInChina()): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return (
    !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) && value >= '2000-01-01' && value <= today
  );
}

/** Keeps only what can be true of this flow's steps: known ids, a boolean, a plausible date. */
export function cleanProgress(data: unknown, steps: readonly string[], today = todayInChina()): Progress {
  const clean: Progress = {};
  if (!data || typeof data !== 'object' || Array.isArray(data)) return clean;
  for (const id of steps) {
    const entry = (data as Record<string, unknown>)[id];
    if (!entry || typeof entry !== 'object') continue;
    const { done, date } = entry as Record<string, unknown>;
    const step = { done: done === true, date: isPlausibleDate(date, today) ? date : '' };
    if (step.done || step.date) clean[id] = step;
  }
  return clean;
}

export function readProgress(slug: string, steps: readonly string[]): Progress | null {
  const store = storage();
  if (!store) return null;
  const stored = store.getItem(key(slug));
  if (!stored || stored.length > maxStoredLength) return {};
  try {
    return cleanProgress(JSON.parse(stored), steps);
  } catch {
    return {};
  }
}

/** Saves progress; false when the browser refused (storage full or switched off). */
export function writeProgress(slug: string, progress: Progress): boolean {
  const store = storage();
  if (!store) return false;
  try {
    if (Object.keys(progress).length) store.setItem(key(slug), JSON.stringify(progress));
    else store.removeItem(key(slug));
    return true;
  } catch {
    return false;
  }
}

export const doneCount = (progress: Progress) => Object.values(progress).filter((step) => step.done).length;
