/**
 * The shape of a flow file (content/flows/<slug>.yaml) and of the errata list.
 * Field rules and cross-field rules both live here, so a broken file fails with
 * the field that is wrong, whichever rule it broke.
 */
import { z } from 'zod';
import { flowSlugs, partIds, parts, stageIds, stages, stepKeys } from './vocabulary.ts';

/** What a reader sees of a text: without white space and invisible format characters (U+200B…). */
export const visibleText = (value: string) => value.replace(/[\s\p{Cf}]/gu, '');

/** A text as a message quotes it: the first 100 characters, and how long it is. */
export function excerpt(text: string): string {
  const chars = [...text];
  return chars.length <= 100 ? `"${text}"` : `"${chars.slice(0, 100).join('')}…" (${chars.length} characters)`;
}

const nonBlank = (what: string) =>
  z.string().refine((value) => value.trim() !== '', { error: `${what} must not be empty` });

/**
 * A character a reader cannot see, or that changes how the text around it shows: controls and
 * format characters (Cc, Cf: U+200B, the bidi marks), combining marks (M: a strike-through
 * U+0336), private use, line separators, and letters that print as blanks (U+2800, U+3164…).
 */
export const hiddenCharacter = /[\p{Cc}\p{Cf}\p{M}\p{Co}\p{Zl}\p{Zp}\u115F\u1160\u2800\u3164\uFFA0]/u;

/** "U+0336": the first hidden character of a text, as a message names it. */
export function hiddenCharacterIn(value: string): string | undefined {
  const found = hiddenCharacter.exec(value)?.[0];
  return found && `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A text with no hidden character (see hiddenCharacter). */
const noHidden = (what: string, schema: z.ZodType<string>) =>
  schema.refine((value) => !hiddenCharacter.test(value), {
    error: (issue) =>
      `${what} holds an invisible, format or combining character (${hiddenCharacterIn(String(issue.input))})`,
  });

/** Text readers see: not empty, and no invisible characters that would hide a difference. */
const shownText = (what: string) => noHidden(what, nonBlank(what));

/** Characters a chart label may add to its step's words, to join the words it keeps. */
export const labelJoiners = ['并', '和', '与', '及', '、'];
/** Characters that say "not": a label or a correction may not bring one in. */
export const negations = ['不', '没', '无', '非', '未', '否', '勿', '莫', '别', '毋'];
/** A label quotes at most this many pieces of its step's text (the source's labels need three). */
export const maxLabelPieces = 3;
/** Each piece holds at least two characters that stand together in the step's text. */
export const minLabelPiece = 2;

/**
 * How a label is made of its step's own words: the fewest pieces, each at least two characters
 * that stand together in the text, in the text's order, with only a joiner (labelJoiners) alone
 * between two pieces. A negation must keep a character of the text on each side within its piece,
 * so that it still says what the text says ("邀请不是党员的"), never a cut-off 不 of another
 * phrase. Null when the label cannot be made so.
 */
export function labelPieces(label: string, text: string, keepNegations = true): string[] | null {
  const chars = [...label];
  const memo = new Map<string, string[] | null>();
  const cutsNegation = (piece: string[]) =>
    keepNegations && (negations.includes(piece[0]!) || negations.includes(piece.at(-1)!));
  const best = (i: number, from: number): string[] | null => {
    if (i === chars.length) return [];
    const key = `${i},${from}`;
    if (memo.has(key)) return memo.get(key)!;
    let found: string[] | null = null;
    const consider = (pieces: string[] | null) => {
      if (pieces && (!found || pieces.length < found.length)) found = pieces;
    };
    for (let end = chars.length; end >= i + minLabelPiece; end--) {
      const piece = chars.slice(i, end);
      const at = text.indexOf(piece.join(''), from);
      if (at < 0 || cutsNegation(piece)) continue;
      const rest = best(end, at + piece.join('').length);
      consider(rest && [piece.join(''), ...rest]);
    }
    if (i > 0 && i < chars.length - 1 && labelJoiners.includes(chars[i]!)) consider(best(i + 1, from));
    memo.set(key, found);
    return found;
  };
  const pieces = best(0, 0);
  return pieces && pieces.length > 0 && pieces.length <= maxLabelPieces ? pieces : null;
}

/** Why a label is not a shortening of its step's words, or undefined when it is. */
export function labelProblem(label: string, text: string): string | undefined {
  if ([...label].every((char) => labelJoiners.includes(char))) return 'it holds only joining characters';
  if (labelPieces(label, text)) return undefined;
  if (labelPieces(label, text, false)) {
    const cut = negations.filter((negation) => label.includes(negation)).join('');
    return `a negation (${cut}) is cut from the words around it in the text`;
  }
  return `it must quote at most ${maxLabelPieces} pieces of the text, each at least ${minLabelPiece} characters that stand together there, in order`;
}

/** Words quoted from the step's own text (checked against it below). */
const quotes = (what: string) => z.array(shownText(what)).min(1, { error: `${what} needs at least one quote` });

/**
 * The papers a step calls for, each named by quoting the step's own words: what must be ready
 * (needs), what the step produces (makes), what it publishes (publishes, a 公示's content), the
 * groups it names (groups: the headings of a name list, or the rows of a table), the heads of a
 * table it sets out (columns, as 整改目标、整改措施、责任主体和整改时限; without groups, a row per
 * member: 参加党组织活动、党费缴纳、完成支部交办事项), whom it asks for opinions (asks: a 征求意见表's
 * rows), what it does that is recorded (records: 谈心谈话, a 谈心谈话记录), to whom it reports
 * (reports: a report's addressees), the assessment it holds (assesses: 民主测评, a ballot and its
 * count), the grading it decides (rates: 评定结果, each member's grade) and the list of problems it
 * publishes (problems: 问题清单).
 */
const paperSchema = z.strictObject({
  needs: quotes('needs').optional(),
  makes: quotes('makes').optional(),
  publishes: quotes('publishes').optional(),
  groups: quotes('groups').optional(),
  columns: quotes('columns').optional(),
  asks: quotes('asks').optional(),
  records: quotes('records').optional(),
  reports: quotes('reports').optional(),
  assesses: quotes('assesses').optional(),
  rates: quotes('rates').optional(),
  problems: quotes('problems').optional(),
});
export type Paper = z.infer<typeof paperSchema>;
export const paperKinds = [
  'needs',
  'makes',
  'publishes',
  'groups',
  'columns',
  'asks',
  'records',
  'reports',
  'assesses',
  'rates',
  'problems',
] as const;

const itemSchema = z.strictObject({
  /** Stable id of the step: the same step has the same id in every flow (the comparison aligns on it). */
  id: z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, {
    error: 'id must be lowercase letters, digits and single hyphens',
  }),
  /** Short label for the chart node: the step's own words, shortened (see labelPieces). */
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
          const labelFault = labelProblem(item.label, words);
          if (labelFault) {
            ctx.addIssue({
              code: 'custom',
              path: ['parts', p, 'stages', s, 'items', i, 'label'],
              message: `label "${item.label}" is not a shortening of the step's text: ${labelFault}`,
            });
          }
          const keys: readonly string[] | undefined = stepKeys[item.id as keyof typeof stepKeys];
          if (!keys) {
            ctx.addIssue({
              code: 'custom',
              path: ['parts', p, 'stages', s, 'items', i, 'id'],
              message: `"${item.id}" is not a step id of the vocabulary`,
            });
          } else if (!keys.every((phrase) => item.text.includes(phrase))) {
            const missing = keys.filter((phrase) => !item.text.includes(phrase));
            ctx.addIssue({
              code: 'custom',
              path: ['parts', p, 'stages', s, 'items', i, 'id'],
              message: `"${item.id}" names the step whose text holds ${keys.join('、')}; this text lacks ${missing.join('、')} (are two ids swapped?)`,
            });
          }
          for (const kind of paperKinds) {
            item.paper?.[kind]?.forEach((quote, q) => {
              if (!item.text.includes(quote)) {
                ctx.addIssue({
                  code: 'custom',
                  path: ['parts', p, 'stages', s, 'items', i, 'paper', kind, q],
                  message: `"${quote}" is not in the step's text exactly as written (spaces included)`,
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
/**
 * The most characters an erratum may change (Levenshtein distance, original → corrected). A typo
 * is a wrong mark, a missing 顿号 or a word written twice (领导领导: two); the errata list needs
 * no more, and every clause of the source is longer, so no correction can rewrite or drop one.
 */
export const maxErratumDistance = 2;

/** Levenshtein distance between two texts, in characters (code points). */
export function editDistance(from: string, to: string): number {
  const a = [...from];
  const b = [...to];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}

const countNegations = (text: string) => [...text].filter((char) => negations.includes(char)).length;

export const errataFileSchema = z.array(
  z
    .strictObject({
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
      reason: noHidden(
        'reason',
        z.string().refine((value) => [...visibleText(value)].length >= minimumReason, {
          error: `reason must say why in at least ${minimumReason} visible characters`,
        }),
      ),
    })
    .superRefine((erratum, ctx) => {
      const distance = editDistance(erratum.original, erratum.corrected);
      if (distance > maxErratumDistance) {
        ctx.addIssue({
          code: 'custom',
          path: ['corrected'],
          message: `changes ${distance} characters of "${erratum.original}": an erratum corrects a typo, at most ${maxErratumDistance}`,
        });
      }
      if (countNegations(erratum.corrected) > countNegations(erratum.original)) {
        const added = negations.filter((negation) => erratum.corrected.includes(negation)).join('');
        ctx.addIssue({
          code: 'custom',
          path: ['corrected'],
          message: `adds a negation (${added}) that the source does not have`,
        });
      }
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
  id: 'Give the step an id such as "heart-to-heart", unique within the flow and the same in every flow that has this step: the id that src/flows/vocabulary.ts (stepKeys) lists for the words this step holds.',
  label: `Shorten the step's own words: at most ${maxLabelPieces} pieces of its text in order, each of ${minLabelPiece} or more characters as they stand there (e.g. 谈心谈话); only ${labelJoiners.join('')} may be added between pieces.`,
  text: "Copy the step's full text from content/source.txt (without its number); corrections go through content/errata.yaml.",
  paper: `List the papers the step calls for under ${paperKinds.join(', ')}, each quoting the step.`,
  ...Object.fromEntries(
    paperKinds.map((kind) => [
      kind,
      "Quote the step's own words exactly as its text has them (e.g. 对照检查材料), one entry per paper or group.",
    ]),
  ),
  flow: `Use one of: ${flowSlugs.join(', ')}.`,
  item: 'Name the id of the step that the erratum corrects.',
  original: 'Quote the wrong text exactly as in content/source.txt.',
  corrected: `Write the corrected text, changing at most ${maxErratumDistance} characters of the original and no invisible ones; to remove a stray mark, quote it in original with its neighbour and keep the neighbour here.`,
  reason: 'Say why, in a few words, for readers (at least four characters you can see).',
  article: 'Write the article number as the regulation does, e.g. article: 第十七条.',
  paragraphs: 'Copy each paragraph exactly from content/rules-checked.md.',
  names: 'List each name exactly as the source writes it, longer names first.',
  role: 'Name the role in a few words, e.g. role: 上级党组织.',
  about: 'Say in one line who this is, for readers.',
  bearsOn: 'Say which parts (meeting, review, rectify) or steps (by id) the article bears on.',
  publication: 'Name the publication exactly as the "## " heading of content/rules-checked.md does.',
  section: 'Name the section exactly as the "### " heading under its publication in content/rules-checked.md does.',
  audience: 'Write one line on who this flow is for, e.g. audience: 村、社区党组织适用.',
  ...Object.fromEntries(stageIds.map((id) => [id, `Write one sentence on what stage "${id}" is for.`])),
};

/** Where content/source.txt came from (content/source.yaml); its SHA-256 is pinned in src/flows/pins.ts. */
export const sourceMetaSchema = z.strictObject({
  /** The attachment's title. */
  title: nonBlank('title'),
  /** Where the text came from, for readers. */
  origin: nonBlank('origin'),
});

/** Which parts or steps of the flows a quoted text bears on (本站整理). */
const bearsOnSchema = z.strictObject({
  parts: z.array(z.enum(partIds)).optional(),
  /** A step id; with `where`, only in the flows whose text of that step holds those words. */
  steps: z.array(z.strictObject({ id: z.string(), where: nonBlank('where').optional() })).optional(),
});

/** The practice guidance quoted (content/rules.yaml guidance), by the id the site's code reads it with. */
export const guidanceIds = ['grades', 'probationary', 'results-use'] as const;
export type GuidanceId = (typeof guidanceIds)[number];

/** The rule texts quoted as 依据 (content/rules.yaml): only articles checked word for word. */
export const rulesFileSchema = z.strictObject({
  /** The regulation's name, without 《》. */
  regulation: nonBlank('regulation'),
  /** Who issued it, and when, as the checked text says. */
  issued: nonBlank('issued'),
  articles: z
    .array(
      z.strictObject({
        /** The article's number as the regulation writes it: 第十七条. */
        article: z.string().regex(/^第[一二三四五六七八九十百]+条$/, { error: 'article must read like 第十七条' }),
        /** The article's text, paragraph by paragraph, exactly as in the checked text. */
        paragraphs: z.array(shownText('paragraph')).min(1),
        bearsOn: bearsOnSchema,
      }),
    )
    .min(1),
  /**
   * Practice guidance (not a regulation), each quote checked word for word against its publication's
   * section of the checked text, and cited by that publication.
   */
  guidance: z
    .array(
      z.strictObject({
        id: z.enum(guidanceIds),
        /** Who published it, and its title, as the checked text's heading gives them: 共产党员网《支部生活·民主评议党员》. */
        publication: nonBlank('publication'),
        /** The section of the publication quoted, where it has sections: 评定等次. */
        section: nonBlank('section').optional(),
        paragraphs: z.array(shownText('paragraph')).min(1),
        bearsOn: bearsOnSchema,
      }),
    )
    .refine((list) => new Set(list.map(({ id }) => id)).size === list.length, { error: 'each guidance id once' })
    .refine((list) => guidanceIds.every((id) => list.some((quote) => quote.id === id)), {
      error: `give every guidance id the site reads: ${guidanceIds.join(', ')}`,
    }),
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
