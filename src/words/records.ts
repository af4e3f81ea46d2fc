/**
 * The words of the notice about records kept on this device (src/scripts/record-notice.ts): a
 * module of their own, loaded only when there is something to say.
 */
export const recordWords = {
  heading: '本机记录的提示',
  readOnly:
    '浏览器存储已满：本机已保存的进度和计划仍在，下面照常显示，但现在不能更改，所以没有勾选框。请清理浏览器空间（例如删除不用的网站数据）后刷新本页。',
  keptLede:
    '下面这份本机记录已损坏或格式不对，无法读取。为免丢失，它已原样另存，没有被新的勾选覆盖。可以先导出保存，确认不再需要后再删除。',
  kinds: { progress: '进度（勾选和日期）', plan: '计划（日期和负责人）' },
  keptItem: (kind: string, characters: number) => `无法读取的${kind}记录，${characters} 个字符`,
  export: '导出这份记录',
  exportName: (kind: string, slug: string) => `无法读取的${kind}记录-${slug}.txt`,
  delete: '删除这份记录',
  deleteConfirm: '删除这份无法读取的记录？删除后不能恢复。',
  deleteFailed: '删除失败：浏览器没有允许更改存储。',
} as const;
