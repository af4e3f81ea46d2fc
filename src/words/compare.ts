/**
 * The words of a pair comparison's page: its rows and summary (made by src/site/compare-view.ts) and
 * the rest of the page (src/site/compare-html.ts), on the server and on the device alike.
 */
export const compareWords = {
  comparePairTitle: (a: string, b: string) => `${a}与${b}流程对照`,
  compareNumbers: (a: string, n: number, b: string, m: number) => (n === m ? `第${n}步` : `${a}第${n}步，${b}第${m}步`),
  compareOnlyStep: (name: string) => `仅${name}有此步骤`,
  compareOnlyWords: (name: string, words: readonly string[]) =>
    `仅${name}有：${words.map((word) => `“${word.length > 18 ? `${word.slice(0, 16)}……` : word}”`).join('、')}`,
  compareStageDiffers: (a: string, b: string) => `所在阶段不同（${a} / ${b}）`,
  comparePunctuationOnly: '仅标点不同',
  badge: {
    same: '相同',
    punctuation: '仅标点不同',
    wording: '措辞不同',
    names: '只是称谓不同',
    content: '内容不同',
    'only-left': (a: string) => `仅${a}有`,
    'only-right': (b: string) => `仅${b}有`,
  },
  legendSample: '示例',
  comparePairDescription: (a: string, b: string) => `${a}与${b}的专题组织生活会和民主评议党员工作流程逐步对照。`,
  compareOptions: '显示选项',
  onlyDifferences: '只看差异',
  ignorePunctuation: '忽略仅标点的差异',
  compareSummary: (total: number, differing: number, punctuation: number) =>
    `共 ${total} 个步骤，其中 ${differing} 个有差异` + (punctuation ? `（含 ${punctuation} 个仅标点不同）` : '') + '。',
  compareSummaryHeading: (differing: number) => `差异一览：${differing} 个步骤不同`,
  compareSummaryNone: '两类流程的全部步骤文字相同。',
  compareKinds: {
    content: (n: number) => `内容不同（${n} 个步骤）`,
    names: (n: number) => `只是称谓不同（${n} 个步骤）`,
    punctuation: (n: number) => `仅标点不同（${n} 个步骤）`,
  },
  compareKindsIntro: {
    content: '这些步骤做的事、涉及的人或顺序不同，请逐一核对。',
    names:
      '这些步骤只是对同一角色的称呼不同（例如上级党组织在各流程中的叫法），要做的事相同。原文一字未改；称谓对照由本站整理：',
    punctuation: '这些步骤只有标点不同，不改变意思。',
  },
  compareRoleLine: (role: string, about: string, names: readonly string[]) =>
    `${role}（${about}）：${names.join('、')}`,
  compareNoStep: (name: string) => `${name}流程无此步骤`,
  compareLegendHeading: '标记的意思',
  legendLeft: (name: string) => `${name}独有的文字（黄底、实线下划线）`,
  legendRight: (name: string) => `${name}独有的文字（蓝底、虚线框）`,
  legendPunctuation: '仅标点不同，不改变意思（点线）',
  hiddenOnlyStart: (name: string) => `〔仅${name}有：`,
  hiddenPunctuationStart: '〔标点不同：',
  hiddenEnd: '〕',
  stepColumn: '步骤',
  /**
   * The page that draws a pair offline (src/pages/compare/made-here/): its words before, or without,
   * the pair (its title is the comparisons' own, 流程对照).
   */
  madeHereIntro: '这一页在没有网络时，用本机保存的流程数据显示两类流程的逐步对照。请从流程对照页选择两类流程：',
  madeHereUnavailable: '没有网络，本机也没有保存流程数据，暂时不能显示这两类流程的对照；联网后重新打开本页即可。',
} as const;
