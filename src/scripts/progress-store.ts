/**
 * A reader's progress through one flow, kept in this browser's localStorage and nowhere else.
 * Where storage is unavailable (disabled, private mode, full), every call says so by returning
 * null or false, and the page simply shows no progress controls.
 */
export interface StepProgress {
  done: boolean;
  /** yyyy-mm-dd, or '' when not given. */
  date: string;
}
export type Progress = Record<string, StepProgress>;

const key = (slug: string) => `zuzhi-shenghuohui:progress:v1:${slug}`;

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

export function readProgress(slug: string): Progress | null {
  const store = storage();
  if (!store) return null;
  try {
    const parsed: unknown = JSON.parse(store.getItem(key(slug)) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Progress) : {};
  } catch {
    return {};
  }
}

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
