/**
 * Words that pages and the modules below them share: the site's name, how a step is named, chart
 * titles, the 依据 labels and the erratum mark. Pages read them through src/words/pages.ts.
 */
import type { Quote } from '../flows/rules.ts';
const siteName = '组织生活会流程指南';
export const commonWords = {
  siteName,
  /** A page's title in the browser: its own, then the site's name. */
  documentTitle: (title: string) => (title === siteName ? title : `${title} - ${siteName}`),
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
    /** How a quote is cited: 《…条例》第十八条; 共产党员网《支部生活·民主评议党员》（评定等次）. */
    cite: (quote: Quote) =>
      'regulation' in quote.source
        ? `《${quote.source.regulation}》${quote.name}`
        : `${quote.source.publication}${quote.source.section ? `（${quote.source.section}）` : ''}`,
    /** Said under every piece of practice guidance quoted: it is not a regulation, and the year's notice decides. */
    guidanceNote: '以上为实践指导中的一般性要求，不是党内法规条文；具体以当年上级党组织的通知为准。',
    more: '展开全文',
    less: '收起全文',
    pageTitle: '依据：相关党内法规条文和实践指导',
    pageLede: (regulation: string, issued: string) =>
      `以下是《${regulation}》（${issued}）中与本流程相关的条文，其后是民主评议党员评定等次等实践指导（按出版物署名），均逐字引用，供理解各步骤的来由。它们不是附件原文；流程以附件为准。条文与步骤的对应关系由本站整理。`,
    bearsOn: '相关步骤',
    bearsOnPart: (part: string) => `${part}（整个部分）`,
    allArticles: '全部依据条文',
    navLabel: '依据',
  },
  /** The mark beside a step whose text the errata list corrects, and what it says in full. */
  erratumMark: '校',
  erratumMarkLabel: '个别错字已按勘误表校正',
} as const;
