/**
 * Says, on a page that keeps her record, how sure that keeping is (src/components/KeepingNotice.astro):
 * where a record is stored and the browser has not agreed to keep the site's storage (or cannot
 * say: Safari before 15.2 has no storage manager), and where its changes have waited a week or more
 * to be exported (src/site/keeping.ts). Loaded after the page's own script has drawn it, and by
 * 转到其他设备's when she exports.
 */
import { displayDate, todayInChina } from '../plan/dates.ts';
import { cleanMarks, exportDueSince, markChanged, type ExportMark } from '../site/keeping.ts';
import { keepingSelectors } from '../site/hooks.ts';
import { keepingWords as words } from '../words/keeping.ts';
import { storage } from './records.ts';

/** Where each record she can export (本支部信息, the 台账) has its mark: since when it holds changes not yet exported. */
const marksKey = 'zuzhi-shenghuohui:exports:v1';

function readMarks(): Record<string, ExportMark> {
  try {
    return cleanMarks(JSON.parse(storage()?.getItem(marksKey) ?? '{}'));
  } catch {
    return {};
  }
}

function writeMarks(marks: Record<string, ExportMark>): void {
  try {
    if (Object.keys(marks).length) storage()?.setItem(marksKey, JSON.stringify(marks));
    else storage()?.removeItem(marksKey);
  } catch {
    // Storage full: the reminder is not kept, the record is.
  }
}

/** After a record was saved (or removed, when `kept` is false): marks its first unexported change. */
export function noteChanged(name: string, kept: boolean): void {
  const marks = readMarks();
  if (kept ? name in marks : !(name in marks)) return;
  if (kept) marks[name] = markChanged(marks[name], new Date());
  else delete marks[name];
  writeMarks(marks);
}

/** After she exported a record (a file downloaded, a link made): nothing of it is left unexported. */
export const noteExported = (name: string): void => noteChanged(name, false);

/** A record's mark, as stored. */
export const exportMark = (name: string): ExportMark | undefined => readMarks()[name];

export function showKeeping(key: string): void {
  const stored = storage()?.getItem(key) != null;
  const notPersisted = document.querySelector<HTMLElement>(keepingSelectors.notPersisted);
  if (notPersisted) {
    const show = (persisted: boolean) => (notPersisted.hidden = !stored || persisted);
    if (navigator.storage?.persisted) void navigator.storage.persisted().then(show, () => show(false));
    else show(false);
  }
  const exportDue = document.querySelector<HTMLElement>(keepingSelectors.exportDue);
  if (exportDue) {
    const now = new Date();
    const since = stored ? exportDueSince(exportMark(key), now) : null;
    exportDue.hidden = !since;
    if (since) exportDue.textContent = words.exportDue(displayDate(todayInChina(since), todayInChina(now), true));
  }
}

/** After she changed a record she can export (removed, when `kept` is false): noted, and said. */
export function keptChanged(key: string, kept: boolean): void {
  noteChanged(key, kept);
  showKeeping(key);
}
