/**
 * Words that pages and the modules below them share: the site's name, how a step is named, chart
 * titles, the 依据 labels and the erratum mark. Pages read them through src/words/pages.ts.
 */
export const commonWords = {
  siteName: '组织生活会流程指南',
  stepOrdinal: (n: number) => `第${n}步`,
  stepOfTotal: (n: number, total: number) => `第${n}步/共${total}步`,
  chartTitle: (flowTitle: string) => `流程图：${flowTitle}`,
  chartDescription: (orgType: string, summary: string) =>
    `${orgType}的流程图，按顺序：${summary}。每一步的全文见分步指南。`,
  chairedBy: (chair: string) => `${chair}主持`,
  siteNote: '本站说明',
  basis: {
    tag: '依据',
    label: (place: string, heading: string) => `依据（${place}）：${heading}`,
    heading: (regulation: string, article: string) => `《${regulation}》${article}`,
    more: '展开全文',
    less: '收起全文',
    pageTitle: '依据：相关党内法规条文',
    pageLede: (regulation: string, issued: string) =>
      `以下是《${regulation}》（${issued}）中与本流程相关的条文，逐字引用，供理解各步骤的来由。它们不是附件原文；流程以附件为准。条文与步骤的对应关系由本站整理。`,
    bearsOn: '相关步骤',
    bearsOnPart: (part: string) => `${part}（整个部分）`,
    allArticles: '全部依据条文',
    navLabel: '依据',
  },
  /** The mark beside a step whose text the errata list corrects, and what it says in full. */
  erratumMark: '校',
  erratumMarkLabel: '个别错字已按勘误表校正',
} as const;
