/**
 * Reads the flow files and the errata list from content/, validates them, and returns
 * them in the shape the pages use. Every problem is reported with the file, the line,
 * the field and how to fix it (a Problem, src/problem.ts); a file with problems is refused.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import {
  errataFileSchema,
  fieldFixes,
  flowFileSchema,
  guideFrontmatterSchema,
  rolesFileSchema,
  rulesFileSchema,
  sourceMetaSchema,
  stageNotesSchema,
  excerpt,
  type Erratum,
} from './schema.ts';
import { correctedSteps } from './errata.ts';
import { adoptNewVersion, rulesCheckedSha256, sourceSha256 } from './pins.ts';
import { ruleDifferences } from './rules.ts';
import { buildFlow, type Flow } from './model.ts';
import { flowSlugs, type FlowSlug, type StageId } from './vocabulary.ts';
import { ContentProblems, fieldName, type Problem } from '../problem.ts';

export const contentDir = path.resolve('content');

/**
 * Parses YAML and checks it against a schema; throws ContentProblems naming file, line, field
 * and fix. `firstLine` is the file line the YAML starts on (after an MDX file's opening ---).
 */
export function parseYamlFile<T>(source: string, file: string, schema: z.ZodType<T>, firstLine = 1): T {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  const lineOf = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  if (doc.errors.length > 0) {
    // A key continued on the next line is reported where the key starts; the fault is where it ends.
    const lines = doc.errors.map((error) => ({
      line: lineOf(error.code === 'MULTILINE_IMPLICIT_KEY' ? error.pos[1] : error.pos[0]),
      message: error.message.split('\n')[0],
    }));
    throw new ContentProblems(
      [...new Map(lines.map((problem) => [problem.line, problem])).values()].map(({ line, message }) => ({
        file,
        line,
        message: message!,
        fix: 'check the indentation and quoting on that line (indent with spaces, close every quote).',
      })),
      `${file} is not valid YAML:`,
    );
  }
  let data: unknown;
  try {
    // No aliases at all: content is written out, and an alias bomb cannot expand.
    data = doc.toJS({ maxAliasCount: 0 });
  } catch (error) {
    throw new ContentProblems({
      file,
      message: (error as Error).message.split('\n')[0]!,
      fix: 'write every value out in full; YAML anchors and aliases (&name, *name) are not allowed in content.',
    });
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;

  const problems = result.error.issues.map((issue): Problem => {
    const keys = issue.path.filter((key) => typeof key !== 'symbol') as (string | number)[];
    // A missing field has no node: point at the nearest one that exists.
    let line = firstLine;
    for (let depth = keys.length; depth >= 0; depth--) {
      const node = doc.getIn(keys.slice(0, depth), true) as { range?: [number] } | undefined;
      if (node?.range) {
        line = lineOf(node.range[0]);
        break;
      }
    }
    let message = issue.message;
    let fix: string | undefined;
    if (issue.code === 'unrecognized_keys') {
      keys.push(issue.keys.join(', '));
      message = `unknown field`;
      fix = 'Remove it, or correct the field name (the fields are listed in src/flows/schema.ts).';
    } else if (issue.code === 'invalid_type' && valueAt(data, keys) === undefined) {
      message = `missing (expected ${issue.expected})`;
    }
    const name = [...keys].reverse().find((key) => typeof key === 'string');
    fix ??= (name && fieldFixes[name]) || 'See the field comments in src/flows/schema.ts.';
    return { file, line, field: fieldName(keys) || '(file)', message, fix };
  });
  throw new ContentProblems(problems, `${file} has ${problems.length} problem(s):`);
}

/** The value at `keys` in parsed data; undefined where the data has none. */
function valueAt(data: unknown, keys: readonly (string | number)[]): unknown {
  return keys.reduce<unknown>(
    (value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
    data,
  );
}

export function relative(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/** Parses and validates one flow file. */
export function resolveFlow(slug: FlowSlug, source: string, file: string): Flow {
  return buildFlow(slug, parseYamlFile(source, file, flowFileSchema));
}

const KB = 1024;
/**
 * The largest a content file may be, in bytes: several times today's largest of its kind (a flow
 * file 7 KB, a guide 1 KB, the source 18 KB), so that a file pasted in by mistake, or a guide grown
 * into a book, stops the build instead of a page.
 */
const maxContentBytes = { guide: 8 * KB, yaml: 32 * KB, text: 64 * KB };
const limitOf = (file: string) =>
  file.endsWith('.mdx')
    ? { bytes: maxContentBytes.guide, kind: 'a guide' }
    : file.endsWith('.yaml')
      ? { bytes: maxContentBytes.yaml, kind: 'a YAML file of content/' }
      : { bytes: maxContentBytes.text, kind: 'a text of content/' };

/**
 * A content file's text. Invalid UTF-8 (a file saved as GBK, say) and a missing file are
 * errors that name the file and the fix, never a garbled page or a raw ENOENT.
 */
export function readContentFile(file: string): string {
  let bytes: Buffer;
  try {
    if (lstatSync(file).isSymbolicLink()) {
      throw new ContentProblems({
        file: relative(file),
        fileIs: 'a symbolic link.',
        fix: 'put the file itself in content/ (content must come from this repository, never from elsewhere on the machine).',
      });
    }
    const limit = limitOf(file);
    const size = lstatSync(file).size;
    if (size > limit.bytes) {
      throw new ContentProblems({
        file: relative(file),
        fileIs: `${size.toLocaleString('en')} bytes, over the ${limit.bytes / KB} KB limit for ${limit.kind}.`,
        fix: 'keep content short: a guide says in a few lines what the flow does not; restore the file if it was replaced by mistake.',
      });
    }
    bytes = readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new ContentProblems({
        file: relative(file),
        fileIs: 'missing.',
        fix: `restore it from version control (git checkout -- ${relative(file)}).`,
      });
    }
    throw error;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new ContentProblems({
      file: relative(file),
      fileIs: 'not valid UTF-8 (it may have been saved as GBK).',
      fix: `convert it, e.g. iconv -f GBK -t UTF-8 ${relative(file)} > fixed && mv fixed ${relative(file)}, and save as UTF-8 from now on.`,
    });
  }
}

/** All six flows, in the source's order. */
export function loadFlows(dir = path.join(contentDir, 'flows')): Flow[] {
  if (!existsSync(dir)) {
    throw new ContentProblems({
      file: `${relative(dir)}/`,
      fileIs: 'missing.',
      fix: `restore it from version control (git checkout -- ${relative(dir)}).`,
    });
  }
  const files = readdirSync(dir).filter((name) => !name.startsWith('.'));
  for (const name of files) {
    const slug = name.replace(/\.yaml$/, '');
    if (!name.endsWith('.yaml') || !(flowSlugs as string[]).includes(slug)) {
      throw new ContentProblems({
        file: relative(path.join(dir, name)),
        message: 'unexpected file.',
        fix: `flow files are named <slug>.yaml, with slug one of: ${flowSlugs.join(', ')}.`,
      });
    }
  }
  return flowSlugs.map((slug) => {
    const file = path.join(dir, `${slug}.yaml`);
    if (!files.includes(`${slug}.yaml`)) {
      throw new ContentProblems({
        file: relative(file),
        fileIs: 'missing.',
        fix: `every organisation type needs its flow file (${flowSlugs.join(', ')}).`,
      });
    }
    return resolveFlow(slug, readContentFile(file), relative(file));
  });
}

/**
 * One page per flow: Astro's getStaticPaths for /flows/<slug>/… routes. `corrected` holds the
 * ids of the steps that the errata list corrects.
 */
export function flowPaths() {
  const errata = loadErrata();
  return loadFlows().map((flow) => ({
    params: { slug: flow.slug },
    props: { flow, corrected: correctedSteps(errata, flow.slug) },
  }));
}

export function loadErrata(file = path.join(contentDir, 'errata.yaml')): Erratum[] {
  return parseYamlFile(readContentFile(file), relative(file), errataFileSchema);
}

export function loadStageNotes(file = path.join(contentDir, 'guides', 'stages.yaml')): Record<StageId, string> {
  return parseYamlFile(readContentFile(file), relative(file), stageNotesSchema);
}

/**
 * The official text, refused unless its SHA-256 is the one pinned in code (src/flows/pins.ts): no
 * edit under content/ can change both the text and what it is checked against.
 */
export function loadSourceText(file = path.join(contentDir, 'source.txt')): string {
  const text = readContentFile(file);
  checkPin(file, sourceSha256, 'sourceSha256', 'the official text itself has changed');
  return text;
}

/** Refuses a file whose SHA-256 is not the one pinned in code. */
function checkPin(file: string, pinned: string, pin: string, meaning: string): void {
  const sha256 = createHash('sha256').update(readFileSync(file)).digest('hex');
  if (sha256 !== pinned) {
    throw new ContentProblems({
      file: relative(file),
      message: `its SHA-256 is ${sha256}, not ${pinned} (${pin} in src/flows/pins.ts): ${meaning}.`,
      fix: adoptNewVersion(`content/${path.basename(file)}`, pin),
    });
  }
}

/**
 * The rule texts quoted as 依据, refused unless content/rules-checked.md beside them is the
 * checked text (its SHA-256 pinned in code) and every article equals it word for word.
 */
export function loadRules(file = path.join(contentDir, 'rules.yaml')) {
  const rules = parseYamlFile(readContentFile(file), relative(file), rulesFileSchema);
  const checkedFile = path.join(path.dirname(file), 'rules-checked.md');
  const checked = readContentFile(checkedFile);
  checkPin(checkedFile, rulesCheckedSha256, 'rulesCheckedSha256', 'the checked rule text itself has changed');
  const fix =
    'quote the articles exactly as content/rules-checked.md gives them; that file is the text checked word for word and is never edited (git checkout -- content/rules-checked.md).';
  const differences = ruleDifferences(rules, checked);
  if (differences.length) {
    const source = readContentFile(file);
    throw new ContentProblems(
      differences.map(({ keys, message }) => ({
        file: relative(file),
        line: lineOfNode(source, keys),
        field: fieldName(keys),
        message,
        fix,
      })),
    );
  }
  return rules;
}

/** 称谓对照: names that stand for the same role in different flows (本站整理). */
export function loadRoles(file = path.join(contentDir, 'roles.yaml')) {
  return parseYamlFile(readContentFile(file), relative(file), rolesFileSchema);
}

export function loadSourceMeta(file = path.join(contentDir, 'source.yaml')) {
  return parseYamlFile(readContentFile(file), relative(file), sourceMetaSchema);
}

/** The file line of the YAML node at `keys` (or of its nearest parent that exists). */
export function lineOfNode(source: string, keys: readonly (string | number)[], firstLine = 1): number {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  for (let depth = keys.length; depth >= 0; depth--) {
    const node = doc.getIn(keys.slice(0, depth), true) as { range?: [number] } | undefined;
    if (node?.range) return lineCounter.linePos(node.range[0]).line + firstLine - 1;
  }
  return firstLine;
}

/**
 * What turns a guide from prose into code: MDX imports and exports run at build time,
 * expressions run too, and HTML or components could ship scripts, styles or handlers.
 */
const guideCode = [
  { what: 'an import or export', pattern: /^\s*(import|export)\b/ },
  { what: 'an expression ({…})', pattern: /[{}]/ },
  { what: 'HTML or a component (<…>)', pattern: /<\s*[!/A-Za-z]/ },
];

/**
 * Links and images in a guide's Markdown that could lead off the site or run code: a link goes to
 * one of the site's pages (/…, #…) or an http(s) address; an image only comes from the site
 * itself. Entities and backslash escapes are refused inside an address, since Markdown decodes
 * them (java&#115;cript:, /\/elsewhere).
 */
function guideLinkProblems(markdown: string): { offset: number; problem: string; fix: string }[] {
  const destinations = [
    ...[...markdown.matchAll(/(!?)\[[^\]]*\]\(\s*<?([^\s)>]*)/g)].map((match) => ({
      image: match[1] === '!',
      address: match[2]!,
      offset: match.index,
    })),
    ...[...markdown.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?([^\s>]*)/gm)].map((match) => ({
      image: false,
      address: match[1]!,
      offset: match.index,
    })),
  ];
  const sitePage = /^(\/(?!\/)|#)/;
  return destinations.flatMap(({ image, address, offset }) => {
    const allowed = !/[&\\]/.test(address) && (sitePage.test(address) || (!image && /^https?:\/\/[^/]/i.test(address)));
    if (allowed) return [];
    return image
      ? [
          {
            offset,
            problem: `an image from ${excerpt(address)}`,
            fix: 'a guide shows images only from the site itself (an address that starts with /).',
          },
        ]
      : [
          {
            offset,
            problem: `a link to ${excerpt(address)}`,
            fix: "link only to the site's own pages (/flows/…, #…) or to an http:// or https:// address, written out without entities or backslashes.",
          },
        ];
  });
}

/**
 * Checks every guide's frontmatter (content/guides/<slug>.mdx): one guide per flow, each naming
 * its own flow. The pages read the guides through Astro's content collection.
 */
export function checkGuides(dir = path.join(contentDir, 'guides')): void {
  for (const slug of flowSlugs) {
    const file = path.join(dir, `${slug}.mdx`);
    const text = readContentFile(file);
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(text);
    if (!frontmatter) {
      throw new ContentProblems({
        file: relative(file),
        line: 1,
        message: 'frontmatter is missing.',
        fix: `start the file with ---, then flow: ${slug} and audience: …, then ---.`,
      });
    }
    const data = parseYamlFile(frontmatter[1]!, relative(file), guideFrontmatterSchema, 2);
    const bodyStart = frontmatter[0].split('\n').length;
    text
      .slice(frontmatter[0].length)
      .split('\n')
      .forEach((line, index) => {
        const code = guideCode.find(({ pattern }) => pattern.test(line));
        if (code) {
          throw new ContentProblems({
            file: relative(file),
            line: bodyStart + index,
            message: `${code.what} in a guide: ${excerpt(line.trim())}`,
            fix: 'a guide is Markdown only (paragraphs, lists, **bold**, links): remove it. Anything else the site shows is built from content/flows/.',
          });
        }
      });
    for (const { offset, problem, fix } of guideLinkProblems(text)) {
      throw new ContentProblems({
        file: relative(file),
        line: text.slice(0, offset).split('\n').length,
        message: problem,
        fix,
      });
    }
    if (data.flow !== slug) {
      throw new ContentProblems({
        file: relative(file),
        line: lineOfNode(frontmatter[1]!, ['flow'], 2),
        field: 'flow',
        message: `"${data.flow}" does not match the file name`,
        fix: `write flow: ${slug}, or move the prose to content/guides/${data.flow}.mdx.`,
      });
    }
  }
  const extra = readdirSync(dir).filter(
    (name) => name.endsWith('.mdx') && !(flowSlugs as string[]).includes(name.slice(0, -4)),
  );
  if (extra.length) {
    throw new ContentProblems({
      file: relative(path.join(dir, extra[0]!)),
      message: 'unexpected file.',
      fix: `guides are named <slug>.mdx, with slug one of: ${flowSlugs.join(', ')}.`,
    });
  }
}
