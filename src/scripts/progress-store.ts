/**
 * A reader's progress through one flow (src/plan/progress.ts), kept in this browser's
 * localStorage and nowhere else (src/scripts/records.ts): where storage is unavailable, reading
 * returns null and the page shows no progress controls.
 */
import { cleanProgress, type Progress } from '../plan/progress.ts';
import { noteRecentFlow, readStored, writeRecord, type Stored } from './records.ts';

export const progressKey = (slug: string) => `zuzhi-shenghuohui:progress:v1:${slug}`;
/** Far more than a flow's steps with their dates need; anything larger is not ours. */
const maxStoredLength = 16 * 1024;

export const readStoredProgress = (slug: string, steps: readonly string[]): Stored<Progress> | null =>
  readStored(progressKey(slug), maxStoredLength, (data) => cleanProgress(data, steps));

export const readProgress = (slug: string, steps: readonly string[]): Progress | null =>
  readStoredProgress(slug, steps)?.record ?? null;

/** Saves progress; false when the browser refused (storage full or switched off). */
export function writeProgress(slug: string, progress: Progress): boolean {
  const written = writeRecord(progressKey(slug), progress);
  if (written) noteRecentFlow(slug);
  return written;
}
