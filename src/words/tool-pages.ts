/**
 * What the three pages that keep a record on this device (本支部信息, 计票与评定, 整改台账) say
 * alike of it: each page's words take these; that another window changed it, the script that
 * follows the other windows says itself (src/scripts/other-windows.ts).
 */
export const toolPageWords = {
  saved: (time: string) => `已保存在本机（${time}）。`,
  unavailable: '这个浏览器现在不能在本机保存信息（可能是无痕模式，或存储被关闭）。请换用浏览器的普通模式打开本页。',
  changedElsewhere: '这份记录刚在另一个窗口中改过，本页已随之更新。',
} as const;
