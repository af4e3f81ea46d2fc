/**
 * A flow's 本支部信息 (src/branch/branch.ts), kept in this browser's localStorage beside its
 * progress and plan, with the same care (src/scripts/records.ts): where storage is unavailable,
 * reading returns null; what is read is checked, never trusted; one that cannot be read whole is
 * kept aside and reported. The first save asks the browser to keep the site's storage
 * (navigator.storage.persist), so that it is not cleared to make room.
 */
import { cleanBranch, namesOf, type Branch } from '../branch/branch.ts';
import { noteRecentFlow, parseRecord, readStored, storage, writeRecord, type Stored } from './records.ts';

export const branchKey = (slug: string) => `zuzhi-shenghuohui:branch:v1:${slug}`;
/** 300 members with their groups, the committee and every group of people fit in a fraction of this. */
const maxStoredLength = 256 * 1024;

export const readBranch = (slug: string, groups: readonly string[]): Stored<Branch> | null =>
  readStored(branchKey(slug), maxStoredLength, (data) => cleanBranch(data, groups));

/**
 * The names 本支部信息 holds (书记, 班子成员, 党员), for a field that offers them (the plan's 负责人):
 * only read, never written or set aside, which is for the page that edits the record to do.
 */
export function branchNames(slug: string): string[] {
  const stored = storage()?.getItem(branchKey(slug));
  const read = stored ? parseRecord(stored, maxStoredLength, (data) => cleanBranch(data, [])) : null;
  return read ? namesOf(read.record) : [];
}

let persistAsked = false;

/** Saves the branch (removed when empty); false when the browser refused (storage full or switched off). */
export function writeBranch(slug: string, branch: Branch): boolean {
  const written = writeRecord(branchKey(slug), branch);
  if (written) noteRecentFlow(slug);
  if (written && !persistAsked) {
    persistAsked = true;
    // Where the browser has it: a request, which it may grant or not; nothing waits on the answer.
    void navigator.storage?.persist?.().catch(() => false);
  }
  return written;
}
