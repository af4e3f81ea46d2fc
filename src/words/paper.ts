/** The words of the printed handout (src/handouts/), on paper and in its Word file alike. */
export const paperWords = {
  erratumWordNote: '标有［校］的步骤，按勘误表校正了原文的个别错字或符号，原文与勘误见',
  handoutMeta: (org: string, steps: number) => `适用：${org} · 共 ${steps} 步`,
  handoutChecklist: '逐步核对清单',
  handoutFields: ['党组织名称', '会议时间', '地点', '记录人'],
  handoutColumns: {
    number: '序号',
    done: '完成',
    step: '步骤（原文全文）',
    date: '日期',
    owner: '负责人',
    notes: '备注',
  },
  handoutFlowUrl: '本流程网址：',
  /** What a form's table is called where it scrolls on a screen: the heading over it, or its columns. */
  tableLabel: (name: string) => `表格：${name}`,
  handoutDoneHidden: '（打印后在方框内打勾）',
  handoutSource: '来源：《附件2 专题组织生活会和民主评议党员工作指导流程》。个别错字已按勘误表校正，原文与勘误见',
} as const;
