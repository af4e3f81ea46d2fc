/** The words of a pair comparison's rows and summary, made by src/site/compare-view.ts. */
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
} as const;
