/**
 * The words of a flow's plan (a date and a person for each step): a module of their own, so the
 * flow page's script carries these and not every word of the site.
 */
export const planWords = {
  /** On each step. */
  summaryEmpty: '安排：计划日期和负责人',
  summary: (date: string, owner: string) => `计划：${[date, owner].filter(Boolean).join(' · ')}`,
  date: '计划日期',
  owner: '负责人',
  dateLabel: (n: number | string) => `计划日期：第${n}步`,
  ownerLabel: (n: number | string) => `负责人：第${n}步`,
  overdue: '逾期',
  /** At the top of the overview. */
  next: '下一步：',
  nextPlanned: (date: string, owner: string) =>
    [date && `计划 ${date}`, owner && `负责人 ${owner}`].filter(Boolean).join('，'),
  allDone: '全部步骤都已勾选完成。',
  overdueCount: (count: number) => `逾期 ${count} 步（计划日期已过，尚未勾选完成）：`,
  copySchedule: '复制日程',
  copyAll: '复制全部步骤',
  scheduleTitle: (title: string, org: string) => `${org}：${title}`,
  sharePlan: '分享计划',
  /** A week after a change to the plan that no 分享计划 link has carried off this device. */
  exportDue: (since: string) =>
    `${since}以来的计划修改还没有用“分享计划”生成链接。浏览器可能删除本机保存的信息：请点“分享计划”，把链接发给自己保存。`,
  private: '计划和勾选只保存在本机浏览器里，不会上传；勾选是给自己的记录，不等于向上级报告。',
  stepName: (n: number, label: string) => `第${n}步 ${label}`,
  /** A step's line in a shared plan, and (with whether it is done) in the schedule for a group chat. */
  planLine: (n: number, label: string, date: string, owner: string) =>
    `第${n}步 ${label} — ${date || '日期未定'} — ${owner || '负责人未定'}`,
  done: '已完成',
  notDone: '未完成',
  notDoneOverdue: '未完成（逾期）',
  copied: '已复制日程，可以粘贴到群聊里。',
  copyFailed: '请长按下面的文字全选复制：',
  linkCopied: '已复制计划链接。对方打开后可以查看，并选择是否导入到自己的手机。',
  linkCopyFailed: '请长按下面的链接复制：',
  shareTitle: (flow: string) => `${flow}：计划`,
  /** A plan that came in a link. */
  sharedHeading: '收到的计划（只读）',
  sharedFrom: (org: string) => `来自：${org}`,
  sharedAsOf: (date: string) => `完成和逾期情况截至发送日 ${date}`,
  sharedLede: '这是别人通过链接分享的计划，还没有保存到本机。',
  sharedEmpty: '这个计划里没有填写任何日期或负责人。',
  import: '导入到本机',
  dismiss: '不导入',
  /** A link that carries no plan this page can read. */
  unreadableHeading: '计划链接打不开',
  close: '关闭',
  importConfirm: (flow: string, replaced: number, incoming: number) =>
    replaced
      ? `导入后，本机“${flow}”的计划（${replaced} 步的日期和负责人）将被收到的计划（${incoming} 步）替换，不能恢复。勾选和完成日期不变。确定导入吗？`
      : `将收到的计划（${incoming} 步的日期和负责人）保存到本机。本机还没有计划，不会替换任何内容。确定导入吗？`,
  imported: '已导入到本机。',
  importFailed: '导入失败：浏览器存储已满或被关闭。',
  badLink: '这个计划链接不完整或已损坏，无法读取。请让发送人重新复制完整的链接。',
  otherFlow: '这个计划链接属于另一类党组织的流程，请从发送人给的原链接打开。',
  unsupported: '这个浏览器打不开计划链接。请点右上角“···”，选择“在浏览器打开”。',
  /** On the handout, under 备注, before a date or a name (the page carries them to its script). */
  handoutPlanned: '计划',
  handoutOwner: '负责人',
};
