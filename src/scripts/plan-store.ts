/**
 * A flow's plan (src/plan/plan.ts), kept in this browser's localStorage beside its progress and
 * with the same care (src/scripts/records.ts): where storage is unavailable, reading returns null
 * and the page shows no plan controls; what is read is checked, never trusted.
 */
import { cleanPlan, type Plan } from '../plan/plan.ts';
import { noteRecentFlow, readRecord, writeRecord } from './records.ts';

export const planKey = (slug: string) => `zuzhi-shenghuohui:plan:v1:${slug}`;
/** Far more than a flow's steps with their dates and names need; anything larger is not ours. */
const maxStoredLength = 32 * 1024;

export const readPlan = (slug: string, steps: readonly string[]): Plan | null =>
  readRecord(planKey(slug), maxStoredLength, (data) => cleanPlan(data, steps));

/** Saves the plan; false when the browser refused (storage full or switched off). */
export function writePlan(slug: string, plan: Plan): boolean {
  const written = writeRecord(planKey(slug), plan);
  if (written) noteRecentFlow(slug);
  return written;
}
