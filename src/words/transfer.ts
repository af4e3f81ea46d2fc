import { meetingNames } from './branch.ts';

/**
 * 转到其他设备: a file, a link with its QR code, and what arrives (src/scripts/transfer.ts), for
 * any record carried so (`what`: 本支部信息, 整改台账).
 */
export const transferWords = {
  fileName: (org: string, what: string, date: string) => `${org}-${what}-${date}.json`,
  lede: (what: string) =>
    `把${what}带到办公室电脑或另一部手机：下载一个文件发给自己，或生成一个链接（二维码）在另一台设备上打开。`,
  download: '下载文件',
  makeLink: '生成链接和二维码',
  importFile: '从文件导入',
  inAppDownload:
    '在聊天软件里下载文件可能失败：请点右上角“···”，选择“在浏览器打开”后再下载；也可以用“生成链接和二维码”。',
  linkLabel: (what: string) => `链接（含${what}）`,
  copyLink: '复制链接',
  linkCopied: '已复制链接。',
  linkCopyFailed: '请长按上面的链接复制。',
  linkWarning:
    '链接和二维码里含有姓名和本支部的情况：只发给自己或可信的人。链接中“#”后面的内容不会发送到网站，但聊天软件可能保存这条消息。',
  qrLabel: (what: string) => `含${what}的二维码，用另一台设备扫码打开`,
  qrTooLong: '信息太多，做不成能扫的二维码：请用上面的链接或下载文件。',
  incomingHeading: (what: string) => `收到的${what}`,
  incomingLede: '这些信息还没有保存到本机。请核对后选择是否导入。',
  incomingReplaces: '导入后将替换本机现有的：',
  incomingNothingReplaced: (what: string) => `本机还没有${what}，不会替换任何内容。`,
  incomingPartial: '其中有些内容不符合格式（如过长的文字、不存在的日期），导入时不包含它们。',
  import: '导入到本机',
  dismiss: '不导入',
  importFailed: '导入失败：浏览器存储已满或被关闭。',
  bad: '这份文件或链接不完整或已损坏，无法读取。请重新下载文件或复制完整的链接。',
  otherFlow: (org: string, what: string) => `这份信息属于“${org}”的流程，请到那一类党组织的“${what}”页面导入。`,
  otherVersion: '这份信息来自本站的其他版本，格式不同，无法读取。',
  tooLarge: (what: string) => `这个文件太大，不是本站保存的${what}。`,
  unsupported: '这个浏览器打不开这种链接。请点右上角“···”，选择“在浏览器打开”。',
  empty: '（没有任何内容）',
  /** What 本支部信息 holds, in a few lines. */
  branchSummary: {
    org: (org: string) => `党组织名称：${org}`,
    secretary: (name: string) => `党支部书记：${name}`,
    committee: (count: number) => `班子成员 ${count} 人`,
    members: (all: number, probationary: number) => `党员 ${all} 人（其中预备党员 ${probationary} 人）`,
    meeting: (name: string, time: string, place: string) => `${name}：${[time, place].filter(Boolean).join('，')}`,
    people: (group: string, count: number) => `${group} ${count} 人`,
  },
  meetings: meetingNames,
  /** What a 整改台账 holds, in a few lines. */
  ledgerSummary: {
    year: (year: number) => `${year}年`,
    opinions: (count: number) => `意见建议 ${count} 条`,
    problems: (count: number, done: number) => `问题 ${count} 个（已完成整改 ${done} 个）`,
  },
} as const;
