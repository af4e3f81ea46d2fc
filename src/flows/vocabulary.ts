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

/** "一、专题组织生活会" — how the source writes a part heading. */
export function partHeading(part: PartId): string {
  return `${parts[part].numeral}、${parts[part].title}`;
}
