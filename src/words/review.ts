/**
 * The words of the 民主评议 page (计票与评定): the page's own (through src/words/pages.ts), and
 * what its script (src/scripts/review-page.ts) says, each its own export so the script carries
 * only what it says. Grades, 不评定等次 and the quoted guidance come from the checked texts
 * (src/review/grading.ts), never from here.
 */
import { toolPageWords } from './tool-pages.ts';
export const reviewPageWords = {
  link: '民主评议计票与评定',
  /** On the kit page, after the link. */
  kitInvite: '：民主测评后在本机记下票数、评定结果和反馈本人的情况，汇总表和结果表自动填好。',
  pageTitle: (org: string) => `${org}：民主评议计票与评定`,
  description: (title: string) =>
    `${title}：在本机记下民主测评的发出和收回票数、每名党员各等次的票数，支部提出评定意见、确定评定结果，并打印汇总表和结果。`,
  lede: '党员大会民主测评之后，在这里记下票数：可以按纸上统计好的票数填写，也可以一张一张录入测评表；再记下评定结果和反馈本人的情况。相关条文见本页末尾的“依据”。',
  noScript: '计票需要浏览器运行脚本（JavaScript）。空白的民主测评表、汇总表和评定结果表见会议材料，可以打印后手写。',
  privacy:
    '票数、评定结果和反馈情况只保存在这台设备的这个浏览器里，本站收不到，也不会发送到任何地方。浏览器清理数据时可能把它们删掉，请及时打印或下载汇总表和结果。',
  sections: {
    roster: '参加测评的党员',
    ballots: '发出和收回的票数',
    count: '计票',
    tally: '测评结果',
    rating: '评定和反馈本人',
    papers: '打印和下载',
    basis: '依据',
    clear: '清除本机记录',
  },
  issued: '发出票数',
  returned: '收回票数',
  method: '录入方式',
  methodCounts: '按票数录入（已在纸上统计好）',
  methodBallots: '逐张录入测评表',
  papersLede: '下面的表格会按本机的党员名单、票数和评定结果自动填好，可以打印，也可以下载填好的 Word 文件。',
  clearLede: '评议结束、材料已打印或下载后，可以把本机保存的计票和评定记录全部删除（本支部信息不受影响）。',
  clear: '清除计票和评定记录',
  clearConfirm: '确定要删除本机保存的计票和评定记录吗？删除后不能恢复。',
  clearYes: '确定删除',
  clearNo: '取消',
  /** The reminder's heading, above the quotes. */
  shareHeading: '提醒',
} as const;

/** What the page's script says and labels. */
export const reviewScriptWords = {
  noMembers: '还没有党员名单。计票要用本支部信息里的党员名单：',
  enterMembers: '填写党员名单',
  roster: (formal: number, probationary: number) =>
    `按本支部信息中的党员名单：正式党员 ${formal} 人，预备党员 ${probationary} 人。`,
  editRoster: '修改党员名单',
  notANumber: (text: string, max: number) => `“${text}”不是票数：请填写 0 到 ${max} 之间的整数。`,
  total: (n: number) => `共 ${n} 票`,
  ballotNow: (n: number, returned: number | undefined) =>
    `正在录入第 ${n} 张${returned === undefined ? '' : `（收回 ${returned} 张）`}`,
  ballotNone: '未选',
  record: '记下这张',
  undo: '撤销上一张',
  recorded: (n: number) => `已记下第 ${n} 张。`,
  undone: (n: number) => `已撤销第 ${n} 张，它的选择放回了上面，可以改正后重新记下。`,
  entered: (n: number) => `（已录入 ${n} 张）`,
  problems: {
    'returned-over-issued': (issued: number, returned: number) => `收回票数（${returned}）多于发出票数（${issued}）。`,
    'ballots-over-returned': (entered: number, returned: number) =>
      `已录入 ${entered} 张，多于收回票数（${returned}）。`,
    'member-over-returned': (name: string, total: number, returned: number) =>
      `${name}共 ${total} 票，多于收回票数（${returned}）。`,
    'probationary-graded': (name: string) => `${name}是预备党员，不评定等次，但记有票数或等次。`,
    'not-listed': (names: string) =>
      `${names}不在现在的党员名单中，但本机还保存着他们的票数或评定。这些记录不会自动删除：如果名单改错了，请在本支部信息里改回；如果确实不需要，可以删除。`,
    'repeated-name': (names: string) =>
      `党员名单中有重名（${names}），计票时无法区分。请先在本支部信息中把姓名加以区分（如加上党小组）。`,
  },
  removeUnlisted: '删除这些人的记录',
  noProblems: '票数没有发现矛盾。',
  tallyCaption: '各等次票数',
  sum: '合计',
  tallySummary: (grades: string) => `测评：${grades}`,
  gradeCount: (grade: string, n: number) => `${grade} ${n}`,
  rating: '评定结果',
  ratingNone: '未评定',
  fedBack: '已反馈本人',
  fedBackOn: (name: string) => `${name}：反馈日期`,
  topCount: (formal: number, top: string, n: number) => `正式党员 ${formal} 人，评定为“${top}”的 ${n} 人。`,
  saved: toolPageWords.saved,
  saveFailed: '没有保存：浏览器存储已满或被关闭。请先打印或下载汇总表和结果。',
  unavailable: toolPageWords.unavailable,
  readOnly: '浏览器存储已满：下面是本机已保存的记录，现在不能更改。请清理浏览器空间后刷新本页。',
  kept: '本机保存的计票记录有部分无法读取，已原样另存一份，没有被覆盖。',
  cleared: '已删除本机保存的计票和评定记录。',
} as const;
