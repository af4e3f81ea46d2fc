/**
 * The shape of a flow file (content/flows/<slug>.yaml) and of the errata list.
 * Field rules and cross-field rules both live here, so a broken file fails with
 * the field that is wrong, whichever rule it broke.
 */
import { z } from 'zod';
import { flowSlugs, partIds, stageIds, stages } from './vocabulary.ts';

const nonBlank = (what: string) =>
  z.string().refine((value) => value.trim() !== '', { error: `${what} must not be empty` });

const itemSchema = z.strictObject({
  /** Stable id of the step: the same step has the same id in every flow (the comparison aligns on it). */
  id: z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, {
    error: 'id must be lowercase letters, digits and single hyphens',
  }),
  /** Short label for the chart node. */
  label: nonBlank('label'),
  /** The step's full text, as in the source (without its number), after errata. */
  text: nonBlank('text'),
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

export const errataFileSchema = z.array(
  z.strictObject({
    /** The flow whose source text has the error. */
    flow: z.enum(flowSlugs),
    /** The id of the step (item) whose box has the error. */
    item: z.string().min(1),
    /** The wrong text: occurs exactly once in the box's source text (with its number, e.g. "2. 上级"). */
    original: z.string().min(1),
    /** What the site shows instead. */
    corrected: z.string(),
    /** Why, for readers. */
    reason: nonBlank('reason'),
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
  label: 'Give a short label for the chart node, e.g. label: 谈心谈话.',
  text: "Copy the step's full text from content/source.txt (without its number); corrections go through content/errata.yaml.",
  flow: `Use one of: ${flowSlugs.join(', ')}.`,
  item: 'Name the id of the step that the erratum corrects.',
  original: 'Quote the wrong text exactly as in content/source.txt.',
  corrected: 'Write the corrected text.',
  reason: 'Say why, in a few words, for readers.',
  audience: 'Write one line on who this flow is for, e.g. audience: 村、社区党组织适用.',
  ...Object.fromEntries(stageIds.map((id) => [id, `Write one sentence on what stage "${id}" is for.`])),
};
