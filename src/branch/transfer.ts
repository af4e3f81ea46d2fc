/**
 * 本支部信息 as a record carried to another device (src/site/carried.ts): a file or a link, both
 * `{format: "zuzhi-shenghuohui/branch", version: 1, flow, saved, branch}`, read back with the
 * flow's groups of people.
 */
import type { CarriedKind } from '../site/carried.ts';
import { branchLinkKey, cleanBranch, type Branch } from './branch.ts';

export const branchCarried = (groups: readonly string[]): CarriedKind<Branch> => ({
  format: 'zuzhi-shenghuohui/branch',
  version: 1,
  linkKey: branchLinkKey,
  field: 'branch',
  // Far larger than 300 members with their groups and meetings.
  maxLength: 256 * 1024,
  clean: (data) => cleanBranch(data, groups),
});
