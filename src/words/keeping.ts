/**
 * How sure the keeping of her record on this device is (src/components/KeepingNotice.astro,
 * src/scripts/keeping.ts): where the browser has not agreed to keep the site's storage, and where
 * changes have waited a week or more to be exported.
 */
export const keepingWords = {
  notPersisted:
    '这个浏览器没有答应长期保留本站的信息：在 iPhone、iPad 上连续 7 天没有打开本站，或者存储空间不足时，浏览器可能把这里的信息删除。',
  keepCopy: {
    transfer: '请用下面的“转到其他设备”下载一个文件，存在您找得到的地方。',
    papers: '请及时打印填好的表格，或下载填好的 Word 文件保存。',
  },
  exportDue: (since: string) =>
    `${since}以来的修改还没有下载成文件或生成链接。浏览器可能删除本机保存的信息：请用“转到其他设备”下载一个文件保存。`,
} as const;
