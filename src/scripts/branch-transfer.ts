/**
 * 本支部信息 as 转到其他设备 carries it (./transfer.ts): its format, its file's name, and what it
 * holds in a few lines. Loaded with the transfer script, when asked for.
 */
import { isEmptyBranch, meetingIds, type Branch } from '../branch/branch.ts';
import { branchCarried } from '../branch/transfer.ts';
import { meetingTimeText } from '../plan/dates.ts';
import { branchPath } from '../site/urls.ts';
import type { FlowSlug } from '../flows/vocabulary.ts';
import { transferWords as words } from '../words/transfer.ts';
import { branchKey } from './branch-store.ts';
import type { TransferContext } from './transfer.ts';

export const branchTransfer = ({
  slug,
  shortName,
  groups,
  what,
  current,
  accept,
}: {
  slug: FlowSlug;
  shortName: string;
  groups: readonly string[];
  what: string;
  current: () => Branch;
  accept: (branch: Branch) => boolean;
}): TransferContext<Branch> => ({
  slug,
  key: branchKey(slug),
  kind: branchCarried(groups),
  what,
  path: branchPath(slug),
  fileName: (branch, today) => words.fileName(branch.org || shortName, what, today),
  current,
  isEmpty: isEmptyBranch,
  summary,
  accept,
});

/** What a branch holds, in a few lines. */
function summary(branch: Branch): string[] {
  const lines: string[] = [];
  const said = words.branchSummary;
  if (branch.org) lines.push(said.org(branch.org));
  if (branch.secretary) lines.push(said.secretary(branch.secretary));
  if (branch.committee?.length) lines.push(said.committee(branch.committee.length));
  if (branch.members?.length) {
    const probationary = branch.members.filter((member) => member.probationary).length;
    lines.push(said.members(branch.members.length, probationary));
  }
  for (const id of meetingIds) {
    const meeting = branch.meetings?.[id];
    if (meeting?.time || meeting?.place) {
      const time = meeting.time ? meetingTimeText(meeting.time) : '';
      lines.push(said.meeting(words.meetings[id], time, meeting.place ?? ''));
    }
  }
  for (const [group, names] of Object.entries(branch.people ?? {})) lines.push(said.people(group, names.length));
  return lines;
}
