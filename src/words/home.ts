/** What the home page's script says of the flow she last worked on (src/scripts/home.ts): words of its own. */
export const homeWords = {
  heading: '继续上次的工作',
  lede: '根据这台设备上保存的勾选和计划：',
  next: '下一步：',
  step: (n: number, label: string) => `第${n}步 ${label}`,
  allDone: '全部步骤都已勾选完成。',
  overdue: (n: number) => `逾期 ${n} 步`,
  kit: '会议材料',
  plan: '进度和计划',
  branch: '本支部信息',
} as const;
