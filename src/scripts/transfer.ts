/**
 * 转到其他设备 for a record kept on this device (loaded by ./transfer-controls.ts when asked for):
 * the record as a file to send to herself, or as a link (with its QR code) whose data sits in the
 * fragment; and a file or link that arrives, shown with what it holds and what it would replace,
 * imported only when she says so. src/site/carried.ts writes and reads both.
 */
import {
  carriedFile,
  carriedFragment,
  maxQrLength,
  readCarriedFile,
  readCarriedFragment,
  type CarriedKind,
  type Incoming,
} from '../site/carried.ts';
import { todayInChina } from '../plan/dates.ts';
import { orgTypes, type FlowSlug } from '../flows/vocabulary.ts';
import { transferWords as words } from '../words/transfer.ts';
import { copyText } from './copy.ts';
import { element, saveFile } from './dom.ts';
import { noteExported, showKeeping } from './keeping.ts';

/** What a page lends for one kind of record: how it is carried, named and summed up, and how one is taken in. */
export interface TransferContext<T> {
  slug: FlowSlug;
  /** Where the record is kept on this device (its export is noted there: ./keeping.ts). */
  key: string;
  kind: CarriedKind<T>;
  /** 本支部信息, 整改台账. */
  what: string;
  /** The page a link opens. */
  path: string;
  /** The file's name for a day. */
  fileName: (record: T, today: string) => string;
  current: () => T;
  isEmpty: (record: T) => boolean;
  /** What a record holds, in a few lines, for her to check before an import. */
  summary: (record: T) => string[];
  /** Takes the record in; false when the browser refused. */
  accept: (record: T) => boolean;
}

export function downloadRecord<T>(context: TransferContext<T>): void {
  const today = todayInChina();
  const record = context.current();
  saveFile(
    new Blob([carriedFile(context.kind, context.slug, record, today)], { type: 'application/json;charset=utf-8' }),
    context.fileName(record, today),
  );
  exported(context.key);
}

/** The link that carries the record, to copy, with a warning that it holds names, and its QR code where one can be scanned. */
export async function showRecordLink<T>(context: TransferContext<T>, panel: HTMLElement): Promise<void> {
  const fragment = await carriedFragment(context.kind, context.slug, context.current(), todayInChina());
  const url = `${location.origin}${context.path}#${fragment}`;
  exported(context.key);
  const field = element('textarea', { readonly: '', rows: '3', id: 'transfer-link-text', class: 'transfer-link-text' });
  field.value = url;
  const copyStatus = element('p', { role: 'status' });
  const copy = element('button', { type: 'button' }, words.copyLink);
  copy.addEventListener('click', () =>
    copyText(url, copyStatus, { copied: words.linkCopied, copyFailed: words.linkCopyFailed }),
  );
  const qr = element('div', { class: 'transfer-qr' });
  panel.replaceChildren(
    element('label', { for: 'transfer-link-text' }, words.linkLabel(context.what)),
    field,
    element('p', { class: 'transfer-warning' }, words.linkWarning),
    copy,
    copyStatus,
    qr,
  );
  panel.hidden = false;
  if (url.length > maxQrLength) {
    qr.append(element('p', {}, words.qrTooLong));
    return;
  }
  const { qrSvg } = await import('../handouts/qr.ts');
  qr.append(
    element('img', {
      src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(await qrSvg(url))}`,
      alt: words.qrLabel(context.what),
      width: '240',
      height: '240',
    }),
  );
}

export async function showFile<T>(context: TransferContext<T>, file: File, panel: HTMLElement): Promise<void> {
  const incoming: Incoming<T> =
    file.size > context.kind.maxLength
      ? { kind: 'too-large' }
      : readCarriedFile(context.kind, await file.text(), context.slug);
  showIncoming(context, incoming, panel);
}

export async function showLink<T>(context: TransferContext<T>, panel: HTMLElement): Promise<void> {
  const incoming = await readCarriedFragment(context.kind, location.hash, context.slug);
  if (incoming) showIncoming(context, incoming, panel);
}

/** Why what arrived cannot be read. */
function problem<T>(context: TransferContext<T>, incoming: Exclude<Incoming<T>, { kind: 'record' }>): string {
  switch (incoming.kind) {
    case 'other-flow':
      return words.otherFlow(orgTypes[incoming.flow as FlowSlug] ?? incoming.flow, context.what);
    case 'too-large':
      return words.tooLarge(context.what);
    case 'other-version':
      return words.otherVersion;
    case 'unsupported':
      return words.unsupported;
    case 'bad':
      return words.bad;
  }
}

/** What arrived: what it holds and what it would replace, with 导入到本机 and 不导入; or why it cannot be read. */
function showIncoming<T>(context: TransferContext<T>, incoming: Incoming<T>, panel: HTMLElement): void {
  panel.hidden = false;
  const heading = element(
    'h3',
    { id: 'transfer-incoming-heading', tabindex: '-1' },
    words.incomingHeading(context.what),
  );
  const close = () => {
    panel.hidden = true;
    panel.replaceChildren();
    // The link's data leaves the address bar (and the history entry) once it has been dealt with.
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  };
  const dismiss = element('button', { type: 'button' }, words.dismiss);
  dismiss.addEventListener('click', close);
  if (incoming.kind !== 'record') {
    panel.replaceChildren(heading, element('p', { role: 'alert' }, problem(context, incoming)), dismiss);
    heading.focus();
    return;
  }
  const importButton = element('button', { type: 'button' }, words.import);
  const result = element('p', { role: 'status' });
  importButton.addEventListener('click', () => {
    if (context.accept(incoming.record)) close();
    else result.textContent = words.importFailed;
  });
  const current = context.current();
  const summary = (record: T) => {
    const lines = context.summary(record);
    return element(
      'ul',
      { class: 'transfer-summary' },
      ...(lines.length ? lines : [words.empty]).map((line) => element('li', {}, line)),
    );
  };
  panel.replaceChildren(
    heading,
    element('p', {}, words.incomingLede),
    summary(incoming.record),
    ...(incoming.whole ? [] : [element('p', { class: 'transfer-warning' }, words.incomingPartial)]),
    element('p', {}, context.isEmpty(current) ? words.incomingNothingReplaced(context.what) : words.incomingReplaces),
    ...(context.isEmpty(current) ? [] : [summary(current)]),
    element('p', { class: 'transfer-actions' }, importButton, dismiss),
    result,
  );
  heading.focus();
}

/** A copy has left the device by her act: noted, and the reminder to make one taken down. */
function exported(key: string): void {
  noteExported(key);
  showKeeping(key);
}
