/**
 * A reader's progress through one flow, kept in this browser's localStorage and nowhere else.
 * Where storage is unavailable (disabled, private mode), reading returns null and the page
 * shows no progress controls. What is read is checked, never trusted: only the flow's own
 * steps, only real dates up to today, and a bounded size; anything else is left out.
 */
import { isCalendarDate, todayInChina } from '../plan/dates.ts';

export interface StepProgress {
  done: boolean;
  /** yyyy-mm-dd, or '' when not given. */
  date: string;
}
export type Progress = Record<string, StepProgress>;

const key = (slug: string) => `zuzhi-shenghuohui:progress:v1:${slug}`;
/** Far more than a flow's steps with their dates need; anything larger is not ours. */
const maxStoredLength = 16 * 1024;

let usable: Storage | null | undefined;

/**
 * This browser's localStorage, or null where it cannot be used (switched off, private mode).
 * Tried with a write once per page: every write tells the site's other open tabs, which read
 * again, so a probe on each read would have two open tabs answer each other without end.
 */
export function storage(): Storage | null {
  if (usable !== undefined) return usable;
  try {
    const store = window.localStorage;
    const probe = `${key('probe')}`;
    store.setItem(probe, '1');
    store.removeItem(probe);
    usable = store;
  } catch {
    usable = null;
  }
  return usable;
}

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

/**
 * A per-flow record kept in localStorage (progress, or the plan): null where storage is
 * unavailable; {} where what is stored is empty, too long or not JSON; else what `clean` keeps.
 */
export function readRecord<T extends object>(name: string, maxLength: number, clean: (data: unknown) => T): T | null {
  const store = storage();
  if (!store) return null;
  const stored = store.getItem(name);
  if (!stored || stored.length > maxLength) return clean({});
  try {
    return clean(JSON.parse(stored));
  } catch {
    return clean({});
  }
}

/** Saves a per-flow record (removed when empty); false when the browser refused (storage full or switched off). */
export function writeRecord(name: string, record: object): boolean {
  const store = storage();
  if (!store) return false;
  try {
    if (Object.keys(record).length) store.setItem(name, JSON.stringify(record));
    else store.removeItem(name);
    return true;
  } catch {
    return false;
  }
}

export const readProgress = (slug: string, steps: readonly string[]): Progress | null =>
  readRecord(key(slug), maxStoredLength, (data) => cleanProgress(data, steps));

/** Saves progress; false when the browser refused (storage full or switched off). */
export const writeProgress = (slug: string, progress: Progress): boolean => writeRecord(key(slug), progress);

export const doneCount = (progress: Progress) => Object.values(progress).filter((step) => step.done).length;
