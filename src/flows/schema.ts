/**
 * The shape of a flow file (content/flows/<slug>.yaml) and of the errata list.
 * Field rules and cross-field rules both live here, so a broken file fails with
 * the field that is wrong, whichever rule it broke.
 */
import { z } from 'zod';
import { flowSlugs, partIds, parts, stageIds, stages } from './vocabulary.ts';

/** What a reader sees of a text: without white space and invisible format characters (U+200B…). */
export const visibleText = (value: string) => value.replace(/[\s\p{Cf}]/gu, '');

/** A text as a message quotes it: the first 100 characters, and how long it is. */
export function excerpt(text: string): string {
  const chars = [...text];
  return chars.length <= 100 ? `"${text}"` : `"${chars.slice(0, 100).join('')}…" (${chars.length} characters)`;
}

const nonBlank = (what: string) =>
  z.string().refine((value) => value.trim() !== '', { error: `${what} must not be empty` });

/** Text readers see: not empty, and no invisible characters that would hide a difference. */
const shownText = (what: string) =>
  nonBlank(what).refine((value) => !/\p{Cf}/u.test(value), {
    error: `${what} holds an invisible character (such as U+200B)`,
  });

/** Characters a chart label may add to its step's words, to join the words it keeps. */
export const labelJoiners = ['并', '和', '与', '及', '、'];

/**
 * A label is a shortening of its step: its characters occur in the step's text (with the part
 * title, for the part that the source gives as one box), in order, apart from the joiners.
 */
export function labelFits(label: string, text: string): boolean {
  let from = 0;
  for (const char of label) {
    const at = text.indexOf(char, from);
    if (at >= 0) from = at + char.length;
    else if (!labelJoiners.includes(char)) return false;
  }
  return true;
}

/** Words quoted from the step's own text (checked against it below). */
const quotes = (what: string) => z.array(shownText(what)).min(1, { error: `${what} needs at least one quote` });

/**
 * The papers a step calls for, each named by quoting the step's own words: what must be ready
 * (needs), what the step produces (makes), what it publishes (publishes, a 公示's content), the
 * groups it names (groups: the headings of a name list, or the rows of a table), and the heads of
 * a table it sets out (columns, as 整改目标、整改措施、责任主体和整改时限).
 */
const paperSchema = z.strictObject({
  needs: quotes('needs').optional(),
  makes: quotes('makes').optional(),
  publishes: quotes('publishes').optional(),
  groups: quotes('groups').optional(),
  columns: quotes('columns').optional(),
});
export type Paper = z.infer<typeof paperSchema>;
export const paperKinds = ['needs', 'makes', 'publishes', 'groups', 'columns'] as const;

const itemSchema = z.strictObject({
  /** Stable id of the step: the same step has the same id in every flow (the comparison aligns on it). */
  id: z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, {
    error: 'id must be lowercase letters, digits and single hyphens',
  }),
  /** Short label for the chart node: the step's own words, shortened (see labelFits). */
  label: shownText('label'),
  /** The step's full text, as in the source (without its number), after errata. */
  text: shownText('text'),
  /** The papers the step calls for, in its own words (see paperSchema). */
  paper: paperSchema.optional(),
});

const stageSchema = z.strictObject({
  /** Which stage of the source this is. */
  stage: z.enum(stageIds),
  /** Who chairs this stage's meeting, as the source says ("党支部书记" for "党支部书记主持"). */
  chair: nonBlank('chair').optional(),
  /** The stage's steps, in source order. */
  items: z.array(itemSchema).min(1, { error: 'a stage needs at least one item' }),
});

const partSchema = z
  .strictObject({
    /** Which part of the source this is. */
    part: z.enum(partIds),
    /** The part's stages, in source order. */
    stages: z.array(stageSchema).min(1, { error: 'a part needs at least one stage' }),
  })
  .superRefine((part, ctx) => {
    part.stages.forEach((stage, index) => {
      const belongsTo = stages[stage.stage].part;
      if (belongsTo !== part.part) {
        ctx.addIssue({
          code: 'custom',
          path: ['stages', index, 'stage'],
          message: `stage "${stage.stage}" belongs to part "${belongsTo}", not "${part.part}"`,
        });
      }
    });
  });

export const flowFileSchema = z
  .strictObject({
    /** The flow's title, exactly as in the source. */
    title: nonBlank('title'),
    /** The flow's parts, in source order. */
    parts: z.array(partSchema).min(1, { error: 'a flow needs at least one part' }),
  })
  .superRefine((flow, ctx) => {
    const seen = new Map<string, string>();
    let lastStage = -1;
    flow.parts.forEach((part, p) => {
      part.stages.forEach((stage, s) => {
        const order = stageIds.indexOf(stage.stage);
        if (order <= lastStage) {
          ctx.addIssue({
            code: 'custom',
            path: ['parts', p, 'stages', s, 'stage'],
            message: `stage "${stage.stage}" is out of order or repeated (stages go ${stageIds.join(' → ')})`,
          });
        }
        lastStage = Math.max(lastStage, order);
        stage.items.forEach((item, i) => {
          const words = stages[stage.stage].title === null ? parts[part.part].title + item.text : item.text;
          if (!labelFits(item.label, words)) {
            ctx.addIssue({
              code: 'custom',
              path: ['parts', p, 'stages', s, 'items', i, 'label'],
              message: `label "${item.label}" is not a shortening of the step's text`,
            });
          }
          for (const kind of paperKinds) {
            item.paper?.[kind]?.forEach((quote, q) => {
              if (!visibleText(item.text).includes(visibleText(quote))) {
                ctx.addIssue({
                  code: 'custom',
                  path: ['parts', p, 'stages', s, 'items', i, 'paper', kind, q],
                  message: `"${quote}" is not in the step's text`,
                });
              }
            });
          }
          const where = `parts[${p}].stages[${s}].items[${i}]`;
          const first = seen.get(item.id);
          if (first) {
            ctx.addIssue({
              code: 'custom',
              path: ['parts', p, 'stages', s, 'items', i, 'id'],
              message: `duplicate id "${item.id}" (also used at ${first})`,
            });
          } else {
            seen.set(item.id, where);
          }
        });
      });
    });
  });

export type FlowFile = z.infer<typeof flowFileSchema>;

const minimumReason = 4;

export const errataFileSchema = z.array(
  z.strictObject({
    /** The flow whose source text has the error. */
    flow: z.enum(flowSlugs),
    /** The id of the step (item) whose box has the error. */
    item: z.string().min(1),
    /** The wrong text: occurs exactly once in the box's source text (with its number, e.g. "2. 上级"). */
    original: z.string().refine((value) => visibleText(value) !== '', { error: 'original must not be empty' }),
    /** What the site shows instead: never nothing, so a correction cannot delete words. */
    corrected: shownText('corrected').refine((value) => visibleText(value) !== '', {
      error: 'corrected must hold visible text',
    }),
    /** Why, for readers: a few visible words. */
    reason: z.string().refine((value) => [...visibleText(value)].length >= minimumReason, {
      error: `reason must say why in at least ${minimumReason} visible characters`,
    }),
  }),
);

export type Erratum = z.infer<typeof errataFileSchema>[number];

/** One explanatory sentence per stage (content/guides/stages.yaml): site prose, not source text. */
export const stageNotesSchema = z.strictObject(
  Object.fromEntries(stageIds.map((id) => [id, nonBlank(id)])) as Record<
    (typeof stageIds)[number],
    ReturnType<typeof nonBlank>
  >,
);

/** The frontmatter of a flow's guide prose (content/guides/<slug>.mdx). Site prose, not source text. */
export const guideFrontmatterSchema = z.strictObject({
  /** Which flow this prose belongs to; must match the file name. */
  flow: z.enum(flowSlugs),
  /** One line on who this flow is for, shown on the home page and the flow page. */
  audience: nonBlank('audience'),
});
export type GuideFrontmatter = z.infer<typeof guideFrontmatterSchema>;

/** How to fix each field, appended to every error that names it. */
export const fieldFixes: Record<string, string> = {
  title: 'Copy the flow title exactly as it stands in content/source.txt.',
  parts: 'List the parts in source order: ' + partIds.join(', ') + '.',
  part: `Use one of: ${partIds.join(', ')}.`,
  stages: `List each part's stages in source order: ${stageIds.join(', ')}.`,
  stage: `Use one of: ${stageIds.join(', ')}, in that order, each under its own part.`,
  chair: 'Write who chairs the meeting, e.g. chair: 党支部书记 (the source says "党支部书记主持").',
  items: 'Give each stage its steps as a list of { id, label, text }.',
  id: 'Give the step an id such as "heart-to-heart", unique within the flow and the same in every flow that has this step.',
  label: `Shorten the step's own words, keeping their order (e.g. 谈心谈话); only ${labelJoiners.join('')} may be added to join them.`,
  text: "Copy the step's full text from content/source.txt (without its number); corrections go through content/errata.yaml.",
  paper: 'List the papers the step calls for under needs, makes, publishes or groups, each quoting the step.',
  ...Object.fromEntries(
    paperKinds.map((kind) => [
      kind,
      "Quote the step's own words exactly as its text has them (e.g. 对照检查材料), one entry per paper or group.",
    ]),
  ),
  flow: `Use one of: ${flowSlugs.join(', ')}.`,
  item: 'Name the id of the step that the erratum corrects.',
  original: 'Quote the wrong text exactly as in content/source.txt.',
  corrected:
    'Write the corrected text; to remove a stray mark, quote it in original with its neighbour and keep the neighbour here.',
  reason: 'Say why, in a few words, for readers (at least four characters you can see).',
  sha256: 'Restore content/source.txt (git checkout -- content/source.txt); never change the recorded checksum.',
  checkedSha256: 'Restore content/rules-checked.md (git checkout -- content/rules-checked.md): it is the checked text.',
  article: 'Write the article number as the regulation does, e.g. article: 第十七条.',
  paragraphs: 'Copy each paragraph exactly from content/rules-checked.md.',
  names: 'List each name exactly as the source writes it, longer names first.',
  role: 'Name the role in a few words, e.g. role: 上级党组织.',
  about: 'Say in one line who this is, for readers.',
  bearsOn: 'Say which parts (meeting, review, rectify) or steps (by id) the article bears on.',
  audience: 'Write one line on who this flow is for, e.g. audience: 村、社区党组织适用.',
  ...Object.fromEntries(stageIds.map((id) => [id, `Write one sentence on what stage "${id}" is for.`])),
};

/** Where content/source.txt came from, and its checksum (content/source.yaml). */
export const sourceMetaSchema = z.strictObject({
  /** The attachment's title. */
  title: nonBlank('title'),
  /** Where the text came from, for readers. */
  origin: nonBlank('origin'),
  /** SHA-256 of content/source.txt, in hex: the build refuses any other text. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'sha256 must be 64 hex digits' }),
});

/** The rule texts quoted as 依据 (content/rules.yaml): only articles checked word for word. */
export const rulesFileSchema = z.strictObject({
  /** The regulation's name, without 《》. */
  regulation: nonBlank('regulation'),
  /** Who issued it, and when, as the checked text says. */
  issued: nonBlank('issued'),
  /** SHA-256 of content/rules-checked.md, the text the articles were checked against. */
  checkedSha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'checkedSha256 must be 64 hex digits' }),
  articles: z
    .array(
      z.strictObject({
        /** The article's number as the regulation writes it: 第十七条. */
        article: z.string().regex(/^第[一二三四五六七八九十百]+条$/, { error: 'article must read like 第十七条' }),
        /** The article's text, paragraph by paragraph, exactly as in the checked text. */
        paragraphs: z.array(shownText('paragraph')).min(1),
        /** Which parts or steps of the flows the article bears on (本站整理). */
        bearsOn: z.strictObject({
          parts: z.array(z.enum(partIds)).optional(),
          /** A step id; with `where`, only in the flows whose text of that step holds those words. */
          steps: z.array(z.strictObject({ id: z.string(), where: nonBlank('where').optional() })).optional(),
        }),
      }),
    )
    .min(1),
});

export type RulesFile = z.infer<typeof rulesFileSchema>;

/** 称谓对照 (content/roles.yaml, 本站整理): names that stand for the same role in different flows. */
export const rolesFileSchema = z
  .array(
    z.strictObject({
      /** The role, in the site's words: 上级党组织. */
      role: nonBlank('role'),
      /** One line on who this is, for readers. */
      about: nonBlank('about'),
      /** The names the flows use for it, each as in the source; longer names first. */
      names: z.array(shownText('name')).min(1),
    }),
  )
  .min(1);

export type Role = z.infer<typeof rolesFileSchema>[number];
