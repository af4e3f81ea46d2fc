/**
 * The SHA-256 of the two texts the site may quote word for word, held in code so that no edit
 * under content/ can move them: a content change that alters the official text (or the checked
 * rule texts) and records a new digest beside it is still refused. Adopting a new official version
 * is a deliberate change here, reviewed as code, with its test (test/flows/pins.test.ts).
 */

/** content/source.txt: 附件2 专题组织生活会和民主评议党员工作指导流程, as extracted. */
export const sourceSha256 = '48a94d254cbc1bf247bcd5fd2e09166d10d76ec72f29443402c8a99263380560';

/** content/rules-checked.md: the rule texts checked word for word (see its head). */
export const rulesCheckedSha256 = 'c3bbcf46398370bc04b52f3b516860d63def38557ea916db3f81f5c153635fa9';

/** What a mismatch means, and how a new official version is adopted on purpose. */
export const adoptNewVersion = (file: string, pin: string) =>
  `${file} is never edited: restore it (git checkout -- ${file}). If a new official version was ` +
  `published, adopt it deliberately: replace the file with the new text, set ${pin} in src/flows/pins.ts ` +
  `and test/flows/pins.test.ts to its SHA-256 (sha256sum ${file}), and make every flow and errata entry match it.`;
