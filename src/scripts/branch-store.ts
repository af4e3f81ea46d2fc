/**
 * A flow's 本支部信息 (src/branch/branch.ts), kept in this browser's localStorage beside its
 * progress and plan, with the same care (src/scripts/records.ts): where storage is unavailable,
 * reading returns null; what is read is checked, never trusted; one that cannot be read whole is
 * kept aside and reported. The first save asks the browser to keep the site's storage
 * (navigator.storage.persist), so that it is not cleared to make room.
 */
import { cleanBranch, namesOf, type Branch, type Member } from '../branch/branch.ts';
import { askToPersist, noteRecentFlow, parseRecord, readStored, storage, writeRecord, type Stored } from './records.ts';

export const branchKey = (slug: string) => `zuzhi-shenghuohui:branch:v1:${slug}`;
/** 300 members with their groups, the committee and every group of people fit in a fraction of this. */
const maxStoredLength = 256 * 1024;

export const readBranch = (slug: string, groups: readonly string[]): Stored<Branch> | null =>
  readStored(branchKey(slug), maxStoredLength, (data) => cleanBranch(data, groups));

/**
 * 本支部信息 as another page needs a part of it (the plan's 负责人, its schedule and link): only
 * read, never written or set aside, which is for the page that edits the record to do.
 */
function peekBranch(slug: string): Branch {
  const stored = storage()?.getItem(branchKey(slug));
  const read = stored ? parseRecord(stored, maxStoredLength, (data) => cleanBranch(data, [])) : null;
  return read?.record ?? {};
}

/** The names it holds (书记, 班子成员, 党员), for a field that offers them. */
export const branchNames = (slug: string): string[] => namesOf(peekBranch(slug));
/** Its 党员名单 (the 民主评议's members), or none. */
export const branchMembers = (slug: string): Member[] => peekBranch(slug).members ?? [];
/** Its 党组织名称, or ''. */
export const branchOrg = (slug: string): string => peekBranch(slug).org ?? '';

/** Saves the branch (removed when empty); false when the browser refused (storage full or switched off). */
export function writeBranch(slug: string, branch: Branch): boolean {
  const written = writeRecord(branchKey(slug), branch);
  if (written) {
    noteRecentFlow(slug);
    askToPersist();
  }
  return written;
}
