/**
 * The fixed vocabulary of the source document: which organisation types it covers,
 * and the parts and stages every flow is built from. Flow files refer to these by id;
 * titles live here once, because the source uses the same titles in all six flows.
 */

/** The six organisation types, in the order of the source document. */
export const orgTypes = {
  village: '村（社区）党组织',
  agency: '机关党组织',
  nonpublic: '非公有制企业和社会组织基层党组织',
  school: '学校基层党组织',
  hospital: '医院基层党组织',
  soe: '国有企业基层党组织',
} as const;

export type FlowSlug = keyof typeof orgTypes;

/** Short names for table headings and links, where the full name would not fit. */
export const orgShortNames: Record<FlowSlug, string> = {
  village: '村（社区）',
  agency: '机关',
  nonpublic: '非公企业和社会组织',
  school: '学校',
  hospital: '医院',
  soe: '国有企业',
};
export const flowSlugs = Object.keys(orgTypes) as FlowSlug[];

export const parts = {
  meeting: { numeral: '一', title: '专题组织生活会' },
  review: { numeral: '二', title: '民主评议党员' },
  rectify: { numeral: '三', title: '制定整改措施' },
} as const;

export type PartId = keyof typeof parts;
export const partIds = Object.keys(parts) as PartId[];

/**
 * Stages in source order. `title: null` marks a part that the source gives as a single
 * item with no stage label of its own (三、制定整改措施).
 */
export const stages = {
  mobilize: { part: 'meeting', title: '组织动员' },
  prepare: { part: 'meeting', title: '会前准备' },
  convene: { part: 'meeting', title: '召开组织生活会' },
  organize: { part: 'review', title: '会前组织' },
  assembly: { part: 'review', title: '党员大会' },
  results: { part: 'review', title: '结果认定与运用' },
  rectify: { part: 'rectify', title: null },
} as const satisfies Record<string, { part: PartId; title: string | null }>;

export type StageId = keyof typeof stages;
export const stageIds = Object.keys(stages) as StageId[];

/** The stages that are a meeting with an agenda (召开组织生活会, 党员大会): their steps, in order, are its items. */
export const agendaStages = ['convene', 'assembly'] as const satisfies readonly StageId[];
/** A meeting: a stage with an agenda. */
export type MeetingId = (typeof agendaStages)[number];

/** "一、专题组织生活会" — how the source writes a part heading. */
export function partHeading(part: PartId): string {
  return `${parts[part].numeral}、${parts[part].title}`;
}

/**
 * Every step id, with the words its step's text must hold in every flow: an id names its step by
 * what the step says, so two ids swapped in a flow file (study ↔ heart-to-heart) are refused.
 * Each phrase is the step's own, and no other step of any flow holds all of one id's phrases.
 */
export const stepKeys = {
  'mobilize-members': ['动员'],
  study: ['组织学习'],
  'solicit-opinions': ['征求', '意见建议'],
  'heart-to-heart': ['之间', '谈心谈话'],
  'self-examination': ['简要对照检查材料'],
  'draft-plan': ['专题组织生活会具体方案'],
  publicize: ['公示对照检查材料'],
  'meeting-attendees': ['确定参会人员', '班子成员'],
  'leader-talk': ['领导同', '书记进行谈心谈话'],
  'hear-report': ['听取', '汇报'],
  'team-examination': ['代表党组织领导班子作对照检查'],
  'secretary-examination': ['书记作个人对照检查'],
  'members-examination': ['其他班子成员作对照检查'],
  'supervisor-remarks': ['进行点评', '下一步工作要求'],
  'secretary-summary': ['作小结'],
  'review-plan': ['研制具体工作方案'],
  'review-publicize': ['公示开展民主评议党员工作'],
  'review-attendees': ['确定参会人员', '全体党员'],
  'invite-assessors': ['邀请参与民主测评人员'],
  'study-charter': ['学习《党章》'],
  briefing: ['情况通报'],
  'democratic-review': ['监（计）票员'],
  'superior-remarks': ['上级点评'],
  'branch-pledge': ['代表支部班子作表态发言'],
  'propose-rating': ['提出评定意见'],
  'confirm-rating': ['确定评定结果'],
  'apply-rating': ['评定结果运用'],
  rectification: ['整改目标'],
  'report-invite': ['报告会议准备情况'],
  'invite-non-members': ['列席'],
} as const satisfies Record<string, readonly string[]>;

export type StepId = keyof typeof stepKeys;
export const stepIds = Object.keys(stepKeys) as StepId[];
