/**
 * The 整改台账 on its flow page (loaded by ./progress.ts only where this device holds one): a line
 * in the overview beside 下一步 — how many problems, how many done, how many 逾期 — with a link to
 * the 台账; and its items as lines for the plan's schedule text. Only read, never written or set
 * aside, which is for the 台账's own page to do.
 */
import { cleanLedger, isOverdue, ledgerCounts, type Ledger, type LedgerShape } from '../ledger/ledger.ts';
import { displayDate, todayInChina } from '../plan/dates.ts';
import { ledgerScriptWords as words } from '../words/ledger.ts';
import { ledgerKey } from './ledger-key.ts';
import { parseRecord, storage } from './records.ts';

const place = document.querySelector<HTMLElement>('[data-ledger-overview]');
const shape = JSON.parse(place?.dataset.shape ?? 'null') as LedgerShape | null;

/** The flow's 台账 as stored, checked; empty where there is none or it cannot be read. */
function peekLedger(slug: string): Ledger {
  const stored = storage()?.getItem(ledgerKey(slug));
  return (shape && stored && parseRecord(stored, 512 * 1024, (data) => cleanLedger(data, shape))?.record) || {};
}

/** The problems as lines of the plan's schedule text, under their heading; none where there are none. */
export function ledgerScheduleLines(slug: string, today = todayInChina()): string[] {
  const problems = peekLedger(slug).problems ?? [];
  if (!problems.length) return [];
  return [
    words.scheduleHeading,
    ...problems.map((problem) =>
      words.scheduleLine(
        problem.text,
        displayDate(problem.due ?? '', today, true),
        problem.status === 'done'
          ? words.statuses.done
          : words.statuses[problem.status ?? 'todo'] + (isOverdue(problem, today) ? `（${words.overdue}）` : ''),
      ),
    ),
  ];
}

/** Shows the overview's 整改 line. */
export function showLedgerOverview(slug: string): void {
  if (!place) return;
  const counts = ledgerCounts(peekLedger(slug), todayInChina());
  place.hidden = counts.all === 0;
  const link = place.querySelector('a');
  place.replaceChildren(
    words.overviewLine(counts.all, counts.done),
    ...(counts.overdue.length
      ? [Object.assign(document.createElement('strong'), { textContent: words.overviewOverdue(counts.overdue.length) })]
      : []),
    '。',
    ...(link ? [link] : []),
  );
}
