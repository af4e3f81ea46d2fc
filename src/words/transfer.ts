import { meetingNames } from './branch.ts';

/** 转到其他设备: a file, a link with its QR code, and what arrives (src/scripts/branch-transfer.ts). */
export const transferWords = {
  fileName: (org: string, date: string) => `${org}-本支部信息-${date}.json`,
  linkLabel: '链接（含本支部信息）',
  copyLink: '复制链接',
  linkCopied: '已复制链接。',
  linkCopyFailed: '请长按上面的链接复制。',
  linkWarning:
    '链接和二维码里含有党员姓名：只发给自己或可信的人。链接中“#”后面的内容不会发送到网站，但聊天软件可能保存这条消息。',
  qrLabel: '含本支部信息的二维码，用另一台设备扫码打开',
  qrTooLong: '信息太多，做不成能扫的二维码：请用上面的链接或下载文件。',
  incomingHeading: '收到的本支部信息',
  incomingLede: '这些信息还没有保存到本机。请核对后选择是否导入。',
  incomingReplaces: '导入后将替换本机现有的：',
  incomingNothingReplaced: '本机还没有本支部信息，不会替换任何内容。',
  incomingPartial: '其中有些内容不符合格式（如过长的姓名、不存在的日期），导入时不包含它们。',
  import: '导入到本机',
  dismiss: '不导入',
  importFailed: '导入失败：浏览器存储已满或被关闭。',
  bad: '这份文件或链接不完整或已损坏，无法读取。请重新下载文件或复制完整的链接。',
  otherFlow: (org: string) => `这份信息属于“${org}”的流程，请到那一类党组织的“本支部信息”页面导入。`,
  otherVersion: '这份信息来自本站的其他版本，格式不同，无法读取。',
  tooLarge: '这个文件太大，不是本站保存的本支部信息。',
  unsupported: '这个浏览器打不开这种链接。请点右上角“···”，选择“在浏览器打开”。',
  summary: {
    org: (org: string) => `党组织名称：${org}`,
    secretary: (name: string) => `党支部书记：${name}`,
    committee: (count: number) => `班子成员 ${count} 人`,
    members: (all: number, probationary: number) => `党员 ${all} 人（其中预备党员 ${probationary} 人）`,
    meeting: (name: string, time: string, place: string) => `${name}：${[time, place].filter(Boolean).join('，')}`,
    people: (group: string, count: number) => `${group} ${count} 人`,
    empty: '（没有任何内容）',
  },
  meetings: meetingNames,
} as const;
