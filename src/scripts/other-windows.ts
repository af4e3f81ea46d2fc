/**
 * The same record open in another window of this site (a page open twice, an import there): a
 * page that keeps it in hand follows each change made there, so that its own next save does not
 * put back, without a word, what was changed there. The browser tells every other window of the
 * site when one of them writes (the storage event); `key` null is the whole storage cleared.
 */
export function followOtherWindows(key: string, follow: () => void): void {
  window.addEventListener('storage', (event) => {
    if (event.key === null || event.key === key) follow();
  });
}
