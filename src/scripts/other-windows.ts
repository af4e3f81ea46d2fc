/**
 * The same record open in another window of this site (a page open twice, an import there): a
 * page that keeps it in hand follows each change made there, so that its own next save does not
 * put back, without a word, what was changed there. The browser tells every other window of the
 * site when one of them writes (the storage event); `key` null is the whole storage cleared.
 */
import { toolPageWords as words } from '../words/tool-pages.ts';
import type { Stored } from './records.ts';

export function followOtherWindows<T>(
  key: string,
  read: () => Stored<T> | null,
  show: (record: T) => void,
  status: HTMLElement,
): void {
  window.addEventListener('storage', (event) => {
    if (event.key !== null && event.key !== key) return;
    const fresh = read();
    if (!fresh) return;
    show(fresh.record);
    status.textContent = words.changedElsewhere;
  });
}
