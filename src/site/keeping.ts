/**
 * Whether a record kept on this device is due to be saved elsewhere. A browser may delete what a
 * site keeps (Safari on iPhone and iPad after seven days of use without a visit; any browser that
 * runs out of room): an exported file or link is her only sure copy. A record's mark says since
 * when it has changes not yet exported; an export removes it.
 */
export interface ExportMark {
  /** The first change after the last export (an ISO instant). */
  since: string;
}

/** A week: WebKit's seven days, and a reminder not so frequent that she stops reading it. */
export const reminderDays = 7;
const day = 24 * 60 * 60 * 1000;

const instant = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value)) ? value : undefined;

/** Every record's mark, as stored (checked, never trusted: what is not an instant is left out). */
export function cleanMarks(data: unknown): Record<string, ExportMark> {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
  const marks: Record<string, ExportMark> = {};
  for (const [name, value] of Object.entries(data as Record<string, unknown>)) {
    const since = value && typeof value === 'object' ? instant((value as Record<string, unknown>).since) : undefined;
    if (since) marks[name] = { since };
  }
  return marks;
}

/** The mark after a change: the first unexported change is kept, a later one does not move it. */
export const markChanged = (mark: ExportMark | undefined, now: Date): ExportMark =>
  mark ?? { since: now.toISOString() };

/** The day since which changes wait to be exported, when that is a week or more ago; else null. */
export function exportDueSince(mark: ExportMark | undefined, now: Date): Date | null {
  if (!mark) return null;
  const since = new Date(mark.since);
  return now.getTime() - since.getTime() >= reminderDays * day ? since : null;
}
