/**
 * The pages' words, in one list: their own, and those they share with the modules below them
 * (common, paper, kit), with each page script's own (plan, search, offline). Only pages, layouts
 * and components import this; every other module imports the words module it needs (a test checks).
 */
import { commonWords } from './common.ts';
import { compareWords } from './compare.ts';
import { kitWords } from './kit.ts';
import { branchPageWords } from './branch.ts';
import { reviewPageWords } from './review.ts';
import { transferWords } from './transfer.ts';
import { ledgerPageWords } from './ledger.ts';
import { offlineWords } from './offline.ts';
import { paperWords } from './paper.ts';
import { planWords } from './plan.ts';
import { ellipsis, searchWords } from './search.ts';

export const ui = {
  ...commonWords,
  ...paperWords,
  ...compareWords,
  siteShortName: '组织生活会',
  /** The theme colour: the header's red. */
  themeColor: '#a4161a',
  siteDescription:
    '专题组织生活会和民主评议党员工作指导流程：村（社区）、机关、非公有制企业和社会组织、学校、医院、国有企业六类基层党组织的流程图和分步指南。',
  backToTop: '↑ 返回顶部',
  skipLink: '跳到正文',
  navLabel: '网站导航',
  navHome: '首页',
  navSource: '原文与勘误',
  breadcrumbLabel: '当前位置',
  chooseOrg: '选择您的党组织类型',
  home: {
    title: '专题组织生活会和民主评议党员工作指导流程',
    lede: '把官方《附件2 专题组织生活会和民主评议党员工作指导流程》整理成可以在手机上读的流程图和分步指南：六类基层党组织各有一套流程，每一步都是原文全文。',
    findHeading: '查找与对照',
    searchPlaceholder: '例如：谈心谈话、两代表一委员',
    compareBefore: '想知道两类组织的流程有什么不同？请看',
    compareAfter:
      '：逐字标出每一处差异。每类流程都有打印讲义（A4，流程图分两页，加逐步核对清单），也可下载 Word 版，开会时可以带上。',
    aboutHeading: '关于本站',
    aboutAfterLink: '页面列出原文全文和每一处校正。',
  },
  stepsCount: (n: number) => `共 ${n} 步`,
  stepRange: (first: number, last: number) => (first === last ? `第${first}步` : `第${first}–${last}步`),
  numberRange: (first: number, last: number) => (first === last ? `${first}` : `${first}–${last}`),
  chartCaption:
    '流程图（点击方框可跳到该步骤的全文）。方框中的步骤名称由本站从原文缩写（本站整理），全文以分步指南为准。',
  chartToggle: (steps: number) => `查看流程图（${steps} 步）`,
  /** Where the chart is not drawn in the page (no JavaScript): its page. */
  chartOpenPage: '打开流程图',
  chartPageTitle: (orgType: string) => `${orgType}流程图`,
  chartBackToGuide: '返回分步指南',
  overviewHeading: (parts: number, steps: number) => `流程概览：${parts} 个部分，共 ${steps} 步`,
  hereLabel: '当前位置：',
  siteNoteAbout: '本站说明：关于本流程',
  chartTextAlternative: '流程图的文字版本即下方的分步指南。',
  guideHeading: '分步指南',
  stepHeading: (n: number, label: string) => `第${n}步：${label}`,
  siteNoteHint: '以下说明由本站编写，帮助理解流程，不是原文内容；以原文为准。',
  sourceLink: '原文与勘误',
  sourceNotice: '流程内容全部来自原文；个别错字按勘误表校正。',
  milestones: {
    heading: '开会前要完成的步骤',
    before: (meeting: string) => `${meeting}之前：完成`,
    review: '报上级审核：',
    publish: '公示：',
    hint: '按原文各阶段的顺序整理，步骤全文见下方。',
  },
  shareCard: {
    site: ['六类基层党组织的流程图、分步指南、', '差异对照和打印讲义'],
    flow: (steps: number) => ['专题组织生活会和民主评议党员', `工作流程，共 ${steps} 步`],
    footer: '组织生活会流程指南 · 依据《附件2》',
  },
  share: {
    button: '分享本页',
    qr: '本页二维码（手机扫码打开）',
    qrNote: (url: string) => `扫码打开：${url}`,
    copied: '已复制本页链接，可以粘贴到群聊里。',
    copyFailed: '请长按下面的链接复制：',
    inAppHint:
      '在聊天软件里下载文件可能失败或没有文件名：请点右上角“···”，选择“在浏览器打开”后再下载；也可以直接打印讲义。',
  },
  textSize: {
    label: '字号',
    options: [
      { size: 'standard', name: '标准' },
      { size: 'large', name: '大' },
      { size: 'larger', name: '特大' },
    ],
  },
  errataHeading: '勘误表',
  sourceChecksum: (sha256: string) =>
    `原文文件的 SHA-256 校验值：${sha256}。每次构建都核对原文与此一致，不一致则不发布。`,
  rulesChecksum: (sha256: string) =>
    `依据条文核对稿的 SHA-256 校验值：${sha256}。每次构建都核对所引条文与此稿逐字一致，不一致则不发布。`,
  errataIntro: '原文中有以下错字和多余符号。本站显示校正后的文字，并在此列出原文，以便核对。“␣”表示一个空格。',
  errataColumns: { flow: '流程', step: '步骤', original: '原文', corrected: '校正', reason: '理由' },
  sourceTextHeading: '原文全文',
  sourceTextIntro: '以下是原文的全部文字，一字未改（原文由流程图逐框提取，连续的空行合并为一行）。',
  sourceDownload: '下载原文（纯文本）',
  sourceFileName: '附件2-专题组织生活会和民主评议党员工作指导流程.txt',
  flowDescription: (title: string, steps: number) => `${title}：流程图和分步指南，共 ${steps} 步。`,
  navCompare: '流程对照',
  compareTitle: '六类流程对照',
  compareLede: '六类基层党组织的流程大体相同，细节不同。选两类逐字对照，或在下表中一览每一步的异同。',
  compareWithOthers: '与其他流程对照',
  comparePick: '选两类流程对照',
  comparePickFirst: '第一类',
  comparePickSecond: '第二类',
  comparePickGo: '对照',
  comparePickSame: '请选两类不同的流程。',
  compareAllPairs: '全部两两对照',
  compareMatrix: '六类流程逐步一览',
  compareMatrixIntro:
    '每一行是一个步骤，每一列是一类流程。每一格说明该流程这一步的文字与本行多数流程的写法相比如何：“相同”；“称谓不同”（只是对同一角色的叫法不同，称谓对照由本站整理）；“标点不同”；“内容不同”，后面是该流程独有的字词（节选）。“—”表示该流程没有这一步。点击某一格可查看逐字对照。',
  compareMatrixHint: '表格可以左右滑动，看全部六类 →',
  matrixCell: { same: '相同', names: '称谓不同', punctuation: '标点不同', content: '内容不同' },
  noStep: '无此步骤',
  navSearch: '搜索',
  searchTitle: '搜索步骤',
  searchLabel: '搜索词（例如：谈心谈话、两代表一委员）',
  searchShortLabel: '搜索步骤',
  searchButton: '搜索',
  searchFilter: '范围',
  searchAllOrgs: '全部六类',
  searchHint:
    '输入几个词（用空格分开）会找到同时包含这些词的步骤。结果只列出确实含有所输文字的步骤，原文步骤排在前面，本站说明排在后面。',
  searchNoScript: '搜索需要浏览器开启 JavaScript。也可以直接进入您的流程，在页面中查找。',
  searchFlowsHeading: '六类流程',
  /** The search page's script: words of their own (it loads only these). */
  searchMessages: searchWords,
  printHandout: '打印讲义',
  printHandoutHint: 'A4 纸：两页流程图，加逐步核对清单',
  printChartNote: (path: string) => `流程图不随本页打印：请用“打印讲义”（${path}），流程图排在两页 A4 纸上。`,
  handoutBack: '返回流程页',
  handoutToolbar: '讲义操作',
  handoutPrint: '打印',
  handoutPrintHint: '也可用浏览器的“打印”（Ctrl+P）。纸张选 A4、纵向。',
  handoutDescription: (title: string) => `${title}：A4 讲义，两页流程图加逐步核对清单。`,
  handoutChartHeading: (page: number, pages: number) => `流程图（${page}/${pages}）`,
  handoutQr: '用手机扫码，打开本流程的网页版',
  wordHandout: '下载 Word 版（可编辑）',
  wordHandoutHint: 'A4，可在 Word 或 WPS 中修改后打印',
  wordFileName: (org: string) => `${org}专题组织生活会和民主评议党员讲义.docx`,
  handoutUrl: '本讲义网址：',
  handoutChairLine: (stage: string, chair: string) => `${stage}：${chair}主持`,
  footer: '内容依据《附件2 专题组织生活会和民主评议党员工作指导流程》。',
  about: {
    updated: (date: string) => `本站内容更新于 ${date}。`,
    feedback: '意见反馈：',
  },
  progress: {
    done: '已完成',
    date: '日期',
    doneLabel: (n: number | string) => `已完成：第${n}步`,
    dateLabel: (n: number | string) => `完成日期：第${n}步`,
    doneOf: '已完成 ',
    private: '进度和计划只保存在本机浏览器里，不会上传；勾选是给自己的记录，不等于向上级报告。',
    privateShort: '只记在本机',
    clear: '清除进度',
    saveFailed:
      '保存失败：浏览器存储已满或被关闭，刚才的勾选和日期没有记下。请清理浏览器空间后再试，或在打印的讲义上记录。',
    clearConfirm: '清除本流程的全部进度（勾选和日期）？清除后不能恢复。',
  },
  /** A date and a person for each step, what comes next, and the schedule to share. */
  plan: planWords,
  kit: kitWords,
  branch: branchPageWords,
  review: reviewPageWords,
  transfer: transferWords,
  ledger: ledgerPageWords,
  offline: {
    title: '当前没有网络连接',
    lede: '这个页面还没有保存到本机，联网后再打开即可。已经打开过的页面、讲义和搜索在离线时仍可使用。',
    folderHint: '您要找的可能是：',
    flowsHeading: '六类流程',
    /** What this device holds, and the save-all control: words of their own (the page script loads them). */
    panel: offlineWords,
  },
  notFound: {
    title: '找不到这个页面',
    lede: '网址可能输错了，或者页面已经改名。请从下面选择您要找的流程，或者搜索步骤。',
    searchHeading: '搜索步骤',
    home: '返回首页',
  },
  /** The page a server gives an address too long to read (HTTP 414): a search pasted whole, say. */
  tooLong: {
    title: '网址太长，无法打开',
    lede: '这个网址太长了，可能是复制时带进了大段文字。请从下面选择您要找的流程，或者用较短的词搜索步骤。',
  },
  /** The Chinese ellipsis, for cut excerpts. */
  ellipsis,
} as const;
