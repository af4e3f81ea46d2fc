/**
 * The kit's list offline: its forms' Word files are not kept on the device, so without a network a
 * form's Word link makes the file here, from the form's page as this device keeps it
 * (./kit-blank-word.ts).
 */
document.addEventListener('click', (event) => {
  if (navigator.onLine) return;
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[download][href$=".docx"]');
  if (!link || !link.pathname.includes('/kit/')) return;
  event.preventDefault();
  void import('./kit-blank-word.ts').then(({ saveBlankWordOf }) =>
    saveBlankWordOf(link.pathname.replace(/\.docx$/, '/'), link.download),
  );
});
