/**
 * 转到其他设备, on the 本支部信息 page (loaded by src/scripts/branch-page.ts when asked for): the
 * details as a file to send to herself, or as a link (with its QR code) whose data sits in the
 * fragment; and a file or link that arrives, shown with what it holds and what it would replace,
 * imported only when she says so. src/branch/transfer.ts writes and reads both.
 */
import { isEmptyBranch, meetingIds, type Branch } from '../branch/branch.ts';
import {
  branchFile,
  branchFragment,
  maxQrLength,
  readBranchFile,
  readBranchFragment,
  maxTransferLength,
  type Incoming,
} from '../branch/transfer.ts';
import { meetingTimeText, todayInChina } from '../plan/dates.ts';
import { branchPath } from '../site/urls.ts';
import { orgTypes, type FlowSlug } from '../flows/vocabulary.ts';
import { transferWords as words } from '../words/transfer.ts';
import { copyText } from './copy.ts';
import { element, saveFile } from './dom.ts';

/** What the page lends: the flow, the branch as it now is, and a way to take one in (false when the browser refused). */
export interface TransferContext {
  slug: FlowSlug;
  shortName: string;
  groups: readonly string[];
  current: () => Branch;
  accept: (branch: Branch) => boolean;
}

export function downloadBranch({ slug, shortName, current }: TransferContext): void {
  const today = todayInChina();
  const branch = current();
  saveFile(
    new Blob([branchFile(slug, branch, today)], { type: 'application/json;charset=utf-8' }),
    words.fileName(branch.org || shortName, today),
  );
}

/** The link that carries the details, to copy, with a warning that it holds names, and its QR code where one can be scanned. */
export async function showBranchLink({ slug, current }: TransferContext, panel: HTMLElement): Promise<void> {
  const url = `${location.origin}${branchPath(slug)}#${await branchFragment(slug, current(), todayInChina())}`;
  const field = element('textarea', { readonly: '', rows: '3', id: 'branch-link-text', class: 'branch-link-text' });
  field.value = url;
  const copyStatus = element('p', { role: 'status' });
  const copy = element('button', { type: 'button' }, words.copyLink);
  copy.addEventListener('click', () =>
    copyText(url, copyStatus, { copied: words.linkCopied, copyFailed: words.linkCopyFailed }),
  );
  const qr = element('div', { class: 'branch-qr' });
  panel.replaceChildren(
    element('label', { for: 'branch-link-text' }, words.linkLabel),
    field,
    element('p', { class: 'branch-warning' }, words.linkWarning),
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
      alt: words.qrLabel,
      width: '240',
      height: '240',
    }),
  );
}

export async function showFile(context: TransferContext, file: File, panel: HTMLElement): Promise<void> {
  const incoming: Incoming =
    file.size > maxTransferLength
      ? { kind: 'too-large' }
      : readBranchFile(await file.text(), context.slug, context.groups);
  showIncoming(context, incoming, panel);
}

export async function showLink(context: TransferContext, panel: HTMLElement): Promise<void> {
  const incoming = await readBranchFragment(location.hash, context.slug, context.groups);
  if (incoming) showIncoming(context, incoming, panel);
}

const problems: Record<Exclude<Incoming['kind'], 'branch' | 'other-flow'>, string> = {
  bad: words.bad,
  'too-large': words.tooLarge,
  'other-version': words.otherVersion,
  unsupported: words.unsupported,
};

/** What arrived: what it holds and what it would replace, with 导入到本机 and 不导入; or why it cannot be read. */
function showIncoming(context: TransferContext, incoming: Incoming, panel: HTMLElement): void {
  panel.hidden = false;
  const heading = element('h3', { id: 'branch-incoming-heading', tabindex: '-1' }, words.incomingHeading);
  const close = () => {
    panel.hidden = true;
    panel.replaceChildren();
    // The link's data leaves the address bar (and the history entry) once it has been dealt with.
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  };
  const dismiss = element('button', { type: 'button' }, words.dismiss);
  dismiss.addEventListener('click', close);
  if (incoming.kind !== 'branch') {
    const message =
      incoming.kind === 'other-flow'
        ? words.otherFlow(orgTypes[incoming.flow as FlowSlug] ?? incoming.flow)
        : problems[incoming.kind];
    panel.replaceChildren(heading, element('p', { role: 'alert' }, message), dismiss);
    heading.focus();
    return;
  }
  const importButton = element('button', { type: 'button' }, words.import);
  const result = element('p', { role: 'status' });
  importButton.addEventListener('click', () => {
    if (context.accept(incoming.branch)) close();
    else result.textContent = words.importFailed;
  });
  const current = context.current();
  panel.replaceChildren(
    heading,
    element('p', {}, words.incomingLede),
    summaryList(incoming.branch),
    ...(incoming.whole ? [] : [element('p', { class: 'branch-warning' }, words.incomingPartial)]),
    element('p', {}, isEmptyBranch(current) ? words.incomingNothingReplaced : words.incomingReplaces),
    ...(isEmptyBranch(current) ? [] : [summaryList(current)]),
    element('p', { class: 'branch-actions' }, importButton, dismiss),
    result,
  );
  heading.focus();
}

/** What a branch holds, in a few lines: for the reader to check before an import. */
function summaryList(branch: Branch): HTMLElement {
  const lines: string[] = [];
  if (branch.org) lines.push(words.summary.org(branch.org));
  if (branch.secretary) lines.push(words.summary.secretary(branch.secretary));
  if (branch.committee?.length) lines.push(words.summary.committee(branch.committee.length));
  if (branch.members?.length) {
    const probationary = branch.members.filter((member) => member.probationary).length;
    lines.push(words.summary.members(branch.members.length, probationary));
  }
  for (const id of meetingIds) {
    const meeting = branch.meetings?.[id];
    if (meeting?.time || meeting?.place) {
      const time = meeting.time ? meetingTimeText(meeting.time) : '';
      lines.push(words.summary.meeting(words.meetings[id], time, meeting.place ?? ''));
    }
  }
  for (const [group, names] of Object.entries(branch.people ?? {}))
    lines.push(words.summary.people(group, names.length));
  if (!lines.length) lines.push(words.summary.empty);
  return element('ul', { class: 'branch-summary' }, ...lines.map((line) => element('li', {}, line)));
}
