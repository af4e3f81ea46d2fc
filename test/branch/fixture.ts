/**
 * A branch of 40 as a secretary enters it (test/browser/branch.test.ts pastes it on a phone), and
 * the same branch as the record it becomes: the Word file of its filled 党员大会参会人员名单 is made
 * from it and opened by LibreOffice with the kit's other Word files (test/browser/kit.test.ts).
 */
import type { Branch } from '../../src/branch/branch.ts';

/** 40 members; the last three 预备党员. */
export const fortyMembers = [...'张王李赵刘陈杨黄周吴'].flatMap((surname) =>
  ['建国', '秀英', '志强', '桂兰'].map((given) => surname + given),
);

/** The list as a column pasted from a spreadsheet gives it (CRLF), the 预备党员 marked. */
export const pastedMembers = fortyMembers.map((name, i) => (i >= 37 ? `${name}（预备）` : name)).join('\r\n');

export const leaders = ['王镇长', '李书记'];

export const branchOfForty: Branch = {
  org: '某某村党支部',
  secretary: '张建国',
  members: fortyMembers.map((name, i) => (i >= 37 ? { name, probationary: true } : { name })),
  meetings: { assembly: { time: '2026-12-22T09:00', place: '村委会会议室' } },
  people: { '乡镇（街道）党（工）委领导': leaders },
};
