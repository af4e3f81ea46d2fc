/**
 * 转到其他设备's controls (src/components/TransferSection.astro), wired for a page: its script
 * (./transfer.ts) and the page's account of its record are loaded when a control is used, or when
 * a link brings a record (also one pasted into the address bar of the open page).
 */
import { transferSelectors } from '../site/transfer-hooks.ts';
import { inMessagingApp } from './in-app.ts';
import type { TransferContext } from './transfer.ts';

export function wireTransfer<T>(linkKey: string, context: () => Promise<TransferContext<T>>): void {
  const find = <E extends HTMLElement>(hook: keyof typeof transferSelectors) =>
    document.querySelector<E>(transferSelectors[hook])!;
  const linkPanel = find('link');
  const incomingPanel = find('incoming');
  const loaded = () => Promise.all([import('./transfer.ts'), context()]);
  find('download').addEventListener('click', () => {
    void loaded().then(([{ downloadRecord }, made]) => downloadRecord(made));
  });
  find('makeLink').addEventListener('click', () => {
    void loaded().then(([{ showRecordLink }, made]) => showRecordLink(made, linkPanel));
  });
  find<HTMLInputElement>('file').addEventListener('change', (event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) void loaded().then(([{ showFile }, made]) => showFile(made, file, incomingPanel));
  });
  const arrived = () => {
    if (location.hash.startsWith(`#${linkKey}`))
      void loaded().then(([{ showLink }, made]) => showLink(made, incomingPanel));
  };
  arrived();
  window.addEventListener('hashchange', arrived);
  // In a messaging app's browser, which drops files made in the page, the section says so first.
  if (inMessagingApp())
    document.querySelectorAll<HTMLElement>('[data-in-app-hint]').forEach((hint) => (hint.hidden = false));
}
