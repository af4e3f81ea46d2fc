import { enterLabel } from './branch.ts';

/** On a form's page before it is filled (src/scripts/kit-fill.ts, which every form's page loads). */
export const fillInviteWords = {
  fillInvite: '填写本支部信息后，这份表格会自动填好党组织名称、会议安排和名单。',
  edit: '修改本支部信息',
  enter: enterLabel,
  /** What the flow's forms share could not be read (no network, and not kept on this device). */
  unavailable: '没有网络，这份表格暂时不能自动填写；联网后重新打开本页即可。',
} as const;
