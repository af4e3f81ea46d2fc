/**
 * The words of the 整改台账 page: the page's own (through src/words/pages.ts), and what its script
 * (src/scripts/ledger-page.ts) and the flow page's 整改 line say, each its own export. Whom opinions
 * come from, the groups and the columns are the steps' own words, never from here.
 */
import { toolPageWords } from './tool-pages.ts';
export const ledgerPageWords = {
  link: '整改台账',
  what: '整改台账',
  /** On the kit page, after the link. */
  kitInvite: '：记下征求到的意见建议和查摆的问题，逐项跟踪整改到完成，问题清单、整改清单和整改落实情况自动填好。',
  pageTitle: (org: string) => `${org}：整改台账`,
  description: (title: string) =>
    `${title}：在本机记下征求到的意见建议，梳理成问题清单，逐项记下整改目标、措施、责任主体和时限，跟踪到整改完成，并打印问题清单、整改清单和整改落实情况。`,
  lede: '征求到的意见建议记在这里，梳理成问题；每个问题记下整改的目标、措施、责任主体和时限，做完时记下完成日期和完成情况。超过时限还没完成的标为“逾期”。',
  noScript:
    '整改台账需要浏览器运行脚本（JavaScript）。空白的问题清单、整改清单和整改落实情况表见会议材料，可以打印后手写。',
  privacy:
    '意见建议、问题和整改情况只保存在这台设备的这个浏览器里，本站收不到，也不会发送到任何地方。浏览器清理数据时可能把它们删掉：',
  privacyExport: '下载一份文件留作备份',
  sections: {
    opinions: '意见建议',
    problems: '问题和整改',
    papers: '打印和下载',
    transfer: '转到其他设备',
    year: '转入新一年',
    clear: '清除本机记录',
  },
  opinionSource: '来自',
  opinionText: '意见建议内容',
  addOpinion: '记下这条意见建议',
  problemGroup: '问题属于',
  problemMember: '党员姓名',
  problemText: '问题',
  addProblem: '加入问题清单',
  papersLede: '下面的表格会按本机的台账自动填好，可以打印，也可以下载填好的 Word 文件。',
  yearLede: '下一年度：把还没完成的问题转入新一年的台账继续跟踪。意见建议和已完成的问题不转入，请先下载文件留存。',
  yearLabel: '新的年度',
  carry: '转入新一年',
  clearLede: '不再需要时，可以把本机保存的整改台账全部删除（本支部信息不受影响）。',
  clear: '清除整改台账',
  clearConfirm: '确定要删除本机保存的整改台账吗？删除后不能恢复。需要的话请先下载文件。',
  clearYes: '确定删除',
  clearNo: '取消',
} as const;

/** What the page's script says and labels. */
export const ledgerScriptWords = {
  what: '整改台账',
  year: (year: number) => `${year}年度`,
  noOpinions: '还没有记下意见建议。',
  noProblems: '还没有问题。',
  opinionLine: (source: string) => `${source}：`,
  gatherInto: '归入问题',
  gatherNone: '（未归入）',
  gatherNew: '据此新建问题',
  problemHeading: (n: number, group: string, member: string) => `问题 ${n}（${group}${member ? `：${member}` : ''}）`,
  fromOpinions: (n: number) => `来自 ${n} 条意见建议`,
  status: '整改状态',
  statuses: { todo: '未开始', doing: '进行中', done: '已完成' },
  doneOn: '完成日期',
  outcome: '完成情况',
  overdue: '逾期',
  remove: '删除',
  removeConfirm: '确定删除这一项吗？',
  removeYes: '确定删除',
  removeNo: '取消',
  needText: '请先填写内容。',
  needMember: '请填写这名党员的姓名（最多 20 个字）。',
  tooMany: (max: number) => `最多 ${max} 项。`,
  badDate: '请填写一个存在的日期。',
  counts: (all: number, done: number, overdue: number) =>
    `共 ${all} 个问题，已完成 ${done} 个${overdue ? `，逾期 ${overdue} 个` : ''}。`,
  saved: toolPageWords.saved,
  saveFailed: '没有保存：浏览器存储已满或被关闭。请先用“转到其他设备”下载文件，留作备份。',
  unavailable: toolPageWords.unavailable,
  readOnly: '浏览器存储已满：下面是本机已保存的记录，现在不能更改。请清理浏览器空间后刷新本页。',
  kept: '本机保存的整改台账有部分无法读取，已原样另存一份，没有被覆盖。',
  imported: '已导入到本机。',
  cleared: '已删除本机保存的整改台账。',
  carryConfirm: (open: number, year: number, left: number) =>
    `将把未完成的 ${open} 个问题转入 ${year} 年度；意见建议和已完成的 ${left} 个问题将从本机删除，请先下载文件留存。确定吗？`,
  carryYes: '确定转入',
  carried: (year: number) => `已转入 ${year} 年度。`,
  /** On the flow page's overview. */
  overviewLine: (all: number, done: number) => `整改：${all} 个问题，已完成 ${done} 个`,
  overviewOverdue: (n: number) => `，逾期 ${n} 个`,
  overviewLink: '查看整改台账',
  /** In the plan's schedule text. */
  scheduleHeading: '整改：',
  scheduleLine: (text: string, due: string, status: string) => `· ${text}${due ? `（时限 ${due}）` : ''} — ${status}`,
} as const;
