/**
 * Passing a page on: 分享本页 opens the system's share sheet where there is one, else copies the
 * page's address and says so (or, where the clipboard is refused, shows the address to copy by
 * hand). In a messaging app's browser, which drops or renames downloads, a hint says how to
 * download the Word file or to print instead.
 */
import { inMessagingApp } from './in-app.ts';

const shareButton = document.querySelector<HTMLButtonElement>('[data-share]');
const shareStatus = document.querySelector<HTMLElement>('[data-share-status]');
// The words come with the page (data attributes from src/words/pages.ts), not with this script.
const words = { copied: shareButton?.dataset.copied ?? '', copyFailed: shareButton?.dataset.copyFailed ?? '' };

if (shareButton && shareStatus) {
  shareButton.addEventListener('click', async () => {
    const url = location.href.replace(/#.*$/, '');
    if (navigator.share) {
      try {
        await navigator.share({ title: shareButton.dataset.title ?? document.title, url });
        return;
      } catch (error) {
        if ((error as DOMException).name === 'AbortError') return;
      }
    }
    // Loaded here, not with the page: where there is a share sheet (every phone's own browser) it is never needed.
    const { copyText } = await import('./copy.ts');
    await copyText(url, shareStatus, words);
  });
}

if (inMessagingApp()) {
  document.querySelectorAll<HTMLElement>('[data-in-app-hint]').forEach((hint) => (hint.hidden = false));
}
