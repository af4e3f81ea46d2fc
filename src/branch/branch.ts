/**
 * 本支部信息: a branch's own details, entered once on the reader's device and written into every
 * form of the kit (./fill.ts). Pure rules for what may be true of it, applied to whatever is read
 * back (storage, a file, a link): names are one line of letters, within the limits below; a
 * meeting's time is a real one; the groups of people are the flow's own. A pasted list of names
 * is read by ./pasted.ts.
 */
import { isCalendarDate } from '../plan/dates.ts';
import { cleanLine } from '../plan/reader-text.ts';
import type { MeetingId } from '../flows/vocabulary.ts';

/** A member of the branch: 正式党员, or 预备党员 (probationary); 党小组 where she gives one. */
export interface Member {
  name: string;
  probationary?: true;
  group?: string;
}

/** A member of the branch committee (班子成员), with their 职务. */
export interface CommitteeMember {
  name: string;
  post?: string;
}

/** One of the two meetings: when (yyyy-mm-ddThh:mm), where, who chairs and who takes the minutes. */
export interface Meeting {
  time?: string;
  place?: string;
  chair?: string;
  recorder?: string;
}

/**
 * What is stored of a branch: only what she entered (an empty branch is {}), so that what is read
 * back can be compared with what was stored.
 */
export interface Branch {
  /** 党组织名称: 某某村党支部. */
  org?: string;
  /** 党支部书记. */
  secretary?: string;
  committee?: CommitteeMember[];
  members?: Member[];
  meetings?: Partial<Record<MeetingId, Meeting>>;
  /** The people of each group the flow's name lists name (./../kit/forms.ts peopleGroups), by the group's words. */
  people?: Record<string, string[]>;
}

/** Where a link carries 本支部信息: #branch=… (src/branch/transfer.ts writes and reads it). */
export const branchLinkKey = 'branch=';

export const meetingIds = ['convene', 'assembly'] as const satisfies readonly MeetingId[];

/** Limits, stated on the page: a branch far larger than these is not one branch. */
export const limits = {
  members: 300,
  /** Per group of people, and for the committee. */
  people: 60,
  /** A name: the longest names in use (with a middle dot) are well within it. */
  name: 20,
  /** 党组织名称, 会议地点, a 职务, a 党小组. */
  text: 40,
} as const;

/**
 * A name: letters (any script), with the marks some scripts need, digits and the dots and hyphens
 * names of China's minorities and foreign names are written with (买买提·艾力); at least one letter.
 */
const nameCharacter = /[\p{L}\p{M}\p{N}·・•．.'’-]/u;
export const isName = (text: string): boolean =>
  text.length > 0 &&
  [...text].length <= limits.name &&
  [...text].every((char) => nameCharacter.test(char)) &&
  /\p{L}/u.test(text);

const cleanName = (value: unknown): string => {
  const name = cleanLine(value, limits.name + 1);
  return isName(name) ? name : '';
};
const cleanText = (value: unknown): string => cleanLine(value, limits.text);

/** 2026-12-22T09:00: a real day from 2000 to 2099 and a time of day, as a datetime-local field gives it. */
export function isMeetingTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d$/.exec(value);
  return !!match && isCalendarDate(match[1]);
}

/** Nothing to keep: no value, '', an empty list or an empty object (a branch stores only what holds something). */
export const isEmptyValue = (value: unknown): boolean =>
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && !value.length) ||
  (typeof value === 'object' && value !== null && !Array.isArray(value) && !Object.keys(value).length);

/** Sets `key` on `target` only where the value holds something, so an empty branch stays {}. */
function put<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (!isEmptyValue(value)) target[key] = value as T[K];
}

const asObject = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function cleanMember(value: unknown): Member | null {
  const data = asObject(value);
  const name = cleanName(data.name);
  if (!name) return null;
  const member: Member = { name };
  if (data.probationary === true) member.probationary = true;
  put(member, 'group', cleanText(data.group));
  return member;
}

function cleanCommitteeMember(value: unknown): CommitteeMember | null {
  const data = asObject(value);
  const name = cleanName(data.name);
  if (!name) return null;
  const member: CommitteeMember = { name };
  put(member, 'post', cleanText(data.post));
  return member;
}

function cleanMeeting(value: unknown): Meeting {
  const data = asObject(value);
  const meeting: Meeting = {};
  put(meeting, 'time', isMeetingTime(data.time) ? data.time : '');
  put(meeting, 'place', cleanText(data.place));
  put(meeting, 'chair', cleanName(data.chair));
  put(meeting, 'recorder', cleanName(data.recorder));
  return meeting;
}

const present = <T>(value: T | null): value is T => value !== null;

/**
 * Keeps only what can be true of a branch of this flow: names that are names, within the limits;
 * real meeting times; the flow's own groups of people (`groups`). Everything else is left out (and
 * the caller, comparing, knows the record was not whole).
 */
export function cleanBranch(data: unknown, groups: readonly string[]): Branch {
  const record = asObject(data);
  const branch: Branch = {};
  put(branch, 'org', cleanText(record.org));
  put(branch, 'secretary', cleanName(record.secretary));
  put(branch, 'committee', asArray(record.committee).slice(0, limits.people).map(cleanCommitteeMember).filter(present));
  put(branch, 'members', asArray(record.members).slice(0, limits.members).map(cleanMember).filter(present));
  const meetings: NonNullable<Branch['meetings']> = {};
  for (const id of meetingIds) put(meetings, id, cleanMeeting(asObject(record.meetings)[id]));
  put(branch, 'meetings', meetings);
  const people: Record<string, string[]> = {};
  const storedPeople = asObject(record.people);
  for (const group of groups) {
    put(people, group, asArray(storedPeople[group]).slice(0, limits.people).map(cleanName).filter(Boolean));
  }
  put(branch, 'people', people);
  return branch;
}

/** Every name she entered, each once, in the order of the page (for the plan's 负责人 and the meetings' chairs). */
export function namesOf(branch: Branch): string[] {
  return [
    ...new Set([
      ...(branch.secretary ? [branch.secretary] : []),
      ...(branch.committee ?? []).map((member) => member.name),
      ...(branch.members ?? []).map((member) => member.name),
    ]),
  ];
}

/** Whether a branch holds anything at all. */
export const isEmptyBranch = (branch: Branch) => Object.keys(branch).length === 0;
