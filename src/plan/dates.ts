/**
 * Dates as the plan and progress keep them: yyyy-mm-dd strings, compared as dates in China's time
 * zone whatever the phone's setting. No words here beyond the date's own (月, 日), so the handout's
 * script can use them without the plan's words.
 */

/** Today in China's time zone (UTC+8, no daylight saving), as yyyy-mm-dd. */
export function todayInChina(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** A real calendar date (no 2026-13-45) from 2000 to 2099: a plan may look ahead, never far. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^20\d{2}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * 12月5日 in the current year, 2027年1月5日 in another; '' for no date. With `withYear`, the year
 * always: a list whose dates are not all in the current year writes every one whole.
 */
export function displayDate(date: string, today: string, withYear = false): string {
  if (!date) return '';
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${year === Number(today.slice(0, 4)) && !withYear ? '' : `${year}年`}${month}月${day}日`;
}

/** Whether a list of dates needs its years written: some date falls outside the current year. */
export const datesNeedYears = (dates: readonly string[], today: string): boolean =>
  dates.some((date) => date && date.slice(0, 4) !== today.slice(0, 4));

/** 2026-12-22 → 2026年12月22日: on paper the year is always written. */
export function fullDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${year}年${month}月${day}日`;
}

/** A meeting's time as a datetime-local field gives it, 2026-12-22T09:00 → 2026年12月22日 9:00. */
export function meetingTimeText(time: string): string {
  const [date, clock] = time.split('T') as [string, string];
  const [hours, minutes] = clock.split(':') as [string, string];
  return `${fullDate(date)} ${Number(hours)}:${minutes}`;
}
