/**
 * The words of the 本支部信息 page (through src/words/pages.ts). Its script's words, moving the
 * details and the filled form's bar each have a module of their own (branch-editor.ts,
 * transfer.ts, fill.ts), so that each page script carries only what it says.
 */
/** The two meetings, as 本支部信息 names them. */
export const meetingNames = { convene: '专题组织生活会', assembly: '党员大会（民主评议党员）' } as const;

/** The link to 本支部信息 from where it is still empty. */
export const enterLabel = '填写本支部信息';

export const branchPageWords = {
  link: '本支部信息',
  pageTitle: (org: string) => `${org}：本支部信息`,
  description: (title: string) =>
    `${title}：填写一次本支部的名称、班子成员、党员名单和会议安排，会议材料中的表格自动填好。`,
  lede: '在这里填写一次本支部的名称、班子成员、党员名单和会议安排，会议材料里的每份表格就会自动填好，可以打印，也可以下载填好的 Word 文件。',
  noScript: '填写本支部信息需要浏览器运行脚本（JavaScript）。会议材料的空白表格不受影响，可以打印后手写。',
  /** Where the details are kept, then a link to 转到其他设备. */
  privacy: '这些信息只保存在这台设备的这个浏览器里，本站收不到，也不会发送到任何地方。浏览器清理数据时可能把它们删掉：',
  privacyExport: '下载一份文件留作备份',
  limits: (members: number, name: number) => `最多 ${members} 名党员，每个姓名最多 ${name} 个字。`,
  sections: {
    org: '党组织',
    committee: '班子成员',
    members: '党员名单',
    meetings: '会议安排',
    people: '其他参会和测评人员',
    transfer: '转到其他设备',
    clear: '清除本机信息',
  },
  org: '党组织名称',
  orgHint: '例如：某某村党支部',
  secretary: '党支部书记',
  committeeHint: '书记之外的班子成员，每人一行，可写职务（如组织委员）。',
  addCommittee: '添加一名班子成员',
  paste: '粘贴或输入姓名',
  pasteHint:
    '可以从 Excel、WPS 表格复制一列姓名，或粘贴一条微信消息；姓名之间用换行、空格、顿号或逗号隔开。姓名后写“（预备）”或“（预备党员）”的记为预备党员。',
  addMembers: '加入党员名单',
  peopleHint: (step: string) => `${step}。每行一个姓名，或用顿号、逗号隔开。`,
  meetings: meetingNames,
  meetingTime: '会议时间',
  meetingPlace: '会议地点',
  chair: '主持人',
  recorder: '记录人',
  clearLede: '不再需要时，可以把本机保存的本支部信息全部删除。',
  clear: '清除本机信息',
  clearConfirm: '确定要删除本机保存的本支部信息吗？删除后不能恢复。需要的话请先下载文件。',
  clearYes: '确定删除',
  clearNo: '取消',
  /** On the kit page: the link, then what it does. */
  enter: enterLabel,
  kitInvite:
    '：填写一次，下面每份表格都会自动填好党组织名称、会议安排和名单，可以打印或下载填好的 Word 文件。信息只保存在本机。',
} as const;
