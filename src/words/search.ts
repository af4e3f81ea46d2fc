/**
 * The words of the search page's script: a module of their own, so the script carries these and
 * not every word of the site.
 */
/** The Chinese ellipsis, for cut excerpts. */
export const ellipsis = '……';

export const searchWords = {
  searching: '正在搜索……',
  tooLong: '搜索词最多 64 个字，只按前 64 个字搜索。',
  found: (query: string, count: number) => `“${query}”：找到 ${count} 条结果。`,
  foundIn: (query: string, count: number, org: string) => `“${query}”：在${org}流程中找到 ${count} 条结果。`,
  none: (query: string) => `没有找到含有“${query}”的步骤。`,
  partial: (part: string) => `以下是含有其中“${part}”的步骤（部分匹配，不含全部搜索词）：`,
  noneHelp: '也可以进入您的流程，按阶段查看全部步骤（见下方“六类流程”）。',
  failed: '网络不可用，搜索暂时无法使用。',
  /** Some flows' steps could not be read (offline, and not saved on this device). */
  missing: (orgs: string) => `没有载入${orgs}的步骤（可能没有网络，本机也未保存），以上结果不含这些流程。`,
  retry: '重试',
  showAll: (count: number) => `查看全部六类的结果（${count} 条）`,
  notesHeading: '本站说明中的结果',
  formsHeading: '会议材料中的结果',
  rulesHeading: '依据（党内法规条文）中的结果',
  partialTag: '（部分匹配）',
};
