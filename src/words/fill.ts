/** On a form drawn filled (src/scripts/kit-filled.ts, loaded where there is something to fill). */
export const fillWords = {
  filled: '这份表格已按本机保存的本支部信息和计划填写。',
  showBlank: '显示空白表格',
  showFilled: '显示填好的表格',
  wordFilled: '下载 Word（已填写）',
  /** The toolbar's link to the Word file made at build time, once the page shows the form filled. */
  wordBlank: '下载空白 Word 版',
  wordMaking: '正在生成 Word 文件……',
  wordFailed: '没能生成 Word 文件，请刷新页面后再试，或直接打印。',
  wordInApp:
    '聊天软件里的浏览器会丢掉网页生成的文件：请点右上角“···”，选择“在浏览器打开”后再下载；也可以直接打印，或用“本支部信息”里的“转到其他设备”在电脑上打开。',
  wordFileName: (org: string, title: string) => `${org}-${title}.docx`,
  /** On a ballot: how many to print, one after another, two to an A4 page where two fit. */
  copies: '打印份数',
  copiesHint: '每份测评表在打印时连续排列，能放下时一页打印两份。',
} as const;
