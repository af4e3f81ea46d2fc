/**
 * The kit's blank Word files without a network (on the kit's list and on each form's page): made
 * here (./kit-blank-word.ts, which 保存全部 keeps, so that it need not keep every form's file); where
 * that code is not on this device, the link as it is — the file as kept when its form was read, or
 * the browser's own word that it cannot be had.
 */
document.addEventListener('click', (event) => {
  if (navigator.onLine) return;
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[download][href$=".docx"]');
  if (!link || !link.pathname.includes('/kit/') || link.dataset.offlineTried !== undefined) return;
  event.preventDefault();
  import('./kit-blank-word.ts')
    .then(({ saveBlankWord }) => saveBlankWord(link.pathname.replace(/\.docx$/, '/'), link.download))
    .catch(() => {
      link.dataset.offlineTried = '';
      link.click();
      delete link.dataset.offlineTried;
    });
});
