import { describe, expect, it } from 'vitest';
import { cleanMarks, exportDueSince, markChanged, reminderDays } from '../../src/site/keeping.ts';

const at = (iso: string) => new Date(iso);

describe('the reminder to export a record kept on the device', () => {
  it('is due a week after the first change not yet exported, not a moment before', () => {
    const mark = markChanged(undefined, at('2026-11-29T10:00:00Z'));
    expect(exportDueSince(mark, at('2026-12-06T09:59:59Z'))).toBeNull();
    expect(exportDueSince(mark, at('2026-12-06T10:00:00Z'))).toEqual(at('2026-11-29T10:00:00Z'));
    expect(reminderDays).toBe(7);
  });

  it('counts from the first unexported change: later changes do not move it; with no mark (exported) nothing is due', () => {
    const first = markChanged(undefined, at('2026-11-01T00:00:00Z'));
    const later = markChanged(first, at('2026-12-05T00:00:00Z'));
    expect(later.since).toBe('2026-11-01T00:00:00.000Z');
    expect(exportDueSince(undefined, at('2027-01-06T00:00:00Z'))).toBeNull();
    expect(markChanged(undefined, at('2026-12-07T00:00:00Z'))).toEqual({ since: '2026-12-07T00:00:00.000Z' });
  });

  it('reads stored marks without trusting them', () => {
    expect(
      cleanMarks({
        a: { since: '2026-12-01T00:00:00.000Z', exported: 'yesterday' },
        b: { since: 5 },
        c: null,
        d: { since: 'yesterday' },
        e: { since: '2026-12-02T00:00:00.000Z', extra: '<script>' },
      }),
    ).toEqual({ a: { since: '2026-12-01T00:00:00.000Z' }, e: { since: '2026-12-02T00:00:00.000Z' } });
    expect(cleanMarks([1, 2])).toEqual({});
    expect(cleanMarks('x')).toEqual({});
  });
});
