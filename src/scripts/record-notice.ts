/**
 * Says what the page could not do with the records on this device, above the flow's overview:
 * that storage is full, so what is stored is shown read-only; and each record that could not be
 * read (kept aside, never replaced), with a way to export it as a file and to delete it. Loaded by
 * src/scripts/progress.ts only when there is something to say. Its words are its own.
 */
import { recordWords as words } from '../words/records.ts';
import { deleteKept, type KeptRecord } from './records.ts';
import { planKey } from './plan-store.ts';
import { guideSelectors } from '../site/guide-hooks.ts';

function element(tag: string, attributes: Record<string, string> = {}, ...children: (Node | string)[]) {
  const made = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  made.append(...children);
  return made;
}

export function showRecordNotice({
  slug,
  kept,
  readOnly,
}: {
  slug: string;
  kept: readonly KeptRecord[];
  readOnly: boolean;
}): void {
  const place = document.querySelector(guideSelectors.overview);
  if (!place) return;
  const panel = element(
    'section',
    { class: 'record-notice print-hidden', 'aria-labelledby': 'record-notice-heading', 'data-record-notice': '' },
    element('h2', { id: 'record-notice-heading' }, words.heading),
  );
  if (readOnly) panel.append(element('p', { 'data-read-only': '' }, words.readOnly));
  if (kept.length) panel.append(element('p', {}, words.keptLede));
  const status = element('p', { role: 'status' });
  const list = element('ul', { class: 'kept-records' });
  for (const record of kept) {
    const kind = record.of === planKey(slug) ? words.kinds.plan : words.kinds.progress;
    const file = URL.createObjectURL(new Blob([record.text], { type: 'text/plain;charset=utf-8' }));
    const remove = element('button', { type: 'button' }, words.delete);
    const item = element(
      'li',
      { 'data-kept': record.key },
      element('span', {}, words.keptItem(kind, record.text.length)),
      element('a', { href: file, download: words.exportName(kind, slug) }, words.export),
      remove,
    );
    remove.addEventListener('click', () => {
      if (!window.confirm(words.deleteConfirm)) return;
      if (!deleteKept(record.key)) {
        status.textContent = words.deleteFailed;
        return;
      }
      URL.revokeObjectURL(file);
      item.remove();
      if (!list.children.length && !readOnly) panel.remove();
    });
    list.append(item);
  }
  if (kept.length) panel.append(list, status);
  place.before(panel);
}
