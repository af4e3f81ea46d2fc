/**
 * What the 本支部信息 page's script (src/scripts/branch-page.ts) finds in its markup
 * (src/pages/flows/[slug]/branch/index.astro): named once, here, so a renamed attribute fails the
 * type check rather than the page.
 */
import { selectorsOf } from './hooks.ts';

export const branchHooks = {
  /** On the form: the flow's slug. */
  editor: 'data-branch-editor',
  status: 'data-branch-status',
  committee: 'data-branch-committee',
  addCommittee: 'data-branch-add-committee',
  addMembers: 'data-branch-add-members',
  pasteMessages: 'data-branch-paste-messages',
  membersCount: 'data-branch-members-count',
  members: 'data-branch-members',
  /** On each meeting's fieldset: convene or assembly. */
  meeting: 'data-branch-meeting',
  names: 'data-branch-names',
  /** On each group of people: the group's words. */
  group: 'data-branch-group',
  groupMessages: 'data-branch-group-messages',
  clear: 'data-branch-clear',
  clearConfirm: 'data-branch-clear-confirm',
  clearYes: 'data-branch-clear-yes',
  clearNo: 'data-branch-clear-no',
} as const;

/** Each hook as a selector (./hooks.ts): [data-branch-status]. */
export const branchSelectors = selectorsOf(branchHooks);
