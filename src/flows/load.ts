/**
 * Reads the flow files and the errata list from content/, validates them, and returns
 * them in the shape the pages use. Every problem is reported with the file, the line,
 * the field and how to fix it; the build stops on the first broken file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import {
  errataFileSchema,
  fieldFixes,
  flowFileSchema,
  stageNotesSchema,
  type Erratum,
} from './schema.ts';
import {
  flowSlugs,
  orgTypes,
  parts,
  stages,
  type FlowSlug,
  type PartId,
  type StageId,
} from './vocabulary.ts';

export interface Step {
  id: string;
  /** The step's number within its stage, as the source numbers it; null for part 三. */
  number: number | null;
  label: string;
  text: string;
}

export interface Stage {
  id: StageId;
  /** null for part 三, which the source gives as one box with no stage label. */
  title: string | null;
  chair: string | null;
  steps: Step[];
}

export interface Part {
  id: PartId;
  numeral: string;
  title: string;
  stages: Stage[];
}

export interface Flow {
  slug: FlowSlug;
  orgType: string;
  title: string;
  parts: Part[];
}

export const contentDir = path.resolve('content');

export class ContentFileError extends Error {
  override name = 'ContentFileError';
}

/** Parses YAML and checks it against a schema; throws ContentFileError naming file, line, field and fix. */
export function parseYamlFile<T>(source: string, file: string, schema: z.ZodType<T>): T {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  const lineOf = (offset: number) => lineCounter.linePos(offset).line;
  if (doc.errors.length > 0) {
    const problems = doc.errors.map(
      (error) => `${file}:${lineOf(error.pos[0])}: ${error.message.split('\n')[0]}`,
    );
    throw new ContentFileError(
      `${file} is not valid YAML:\n  ${problems.join('\n  ')}\nFix: check the indentation and quoting on that line.`,
    );
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return result.data;

  const problems = result.error.issues.map((issue) => {
    const keys = issue.path.filter((key) => typeof key !== 'symbol') as (string | number)[];
    // A missing field has no node: point at the nearest one that exists.
    let line = 1;
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
    } else if (issue.code === 'invalid_type' && message.endsWith('received undefined')) {
      message = `missing (${message.replace(/^Invalid input: /, '').replace(/, received undefined$/, '')})`;
    }
    const field = keys.reduce<string>(
      (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${key}` : key),
      '',
    );
    const name = [...keys].reverse().find((key) => typeof key === 'string');
    fix ??= (name && fieldFixes[name]) || 'See the field comments in src/flows/schema.ts.';
    return `${file}:${line}: ${field || '(file)'}: ${message}\n    Fix: ${fix}`;
  });
  throw new ContentFileError(`${file} has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
}

function relative(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/** Turns a validated flow file into the shape pages lay out: titles and numbers filled in. */
export function resolveFlow(slug: FlowSlug, source: string, file: string): Flow {
  const data = parseYamlFile(source, file, flowFileSchema);
  return {
    slug,
    orgType: orgTypes[slug],
    title: data.title,
    parts: data.parts.map((part) => ({
      id: part.part,
      ...parts[part.part],
      stages: part.stages.map((stage) => ({
        id: stage.stage,
        title: stages[stage.stage].title,
        chair: stage.chair ?? null,
        steps: stage.items.map((item, index) => ({
          ...item,
          number: stages[stage.stage].title === null ? null : index + 1,
        })),
      })),
    })),
  };
}

/** All six flows, in the source's order. */
export function loadFlows(dir = path.join(contentDir, 'flows')): Flow[] {
  const files = readdirSync(dir).filter((name) => !name.startsWith('.'));
  for (const name of files) {
    const slug = name.replace(/\.yaml$/, '');
    if (!name.endsWith('.yaml') || !(flowSlugs as string[]).includes(slug)) {
      throw new ContentFileError(
        `${relative(path.join(dir, name))}: unexpected file.\n    Fix: flow files are named <slug>.yaml, with slug one of: ${flowSlugs.join(', ')}.`,
      );
    }
  }
  return flowSlugs.map((slug) => {
    const file = path.join(dir, `${slug}.yaml`);
    if (!files.includes(`${slug}.yaml`)) {
      throw new ContentFileError(
        `${relative(file)} is missing.\n    Fix: every organisation type needs its flow file (${flowSlugs.join(', ')}).`,
      );
    }
    return resolveFlow(slug, readFileSync(file, 'utf8'), relative(file));
  });
}

/** One page per flow: Astro's getStaticPaths for /flows/<slug>/… routes. */
export function flowPaths() {
  return loadFlows().map((flow) => ({ params: { slug: flow.slug }, props: { flow } }));
}

export function loadErrata(file = path.join(contentDir, 'errata.yaml')): Erratum[] {
  return parseYamlFile(readFileSync(file, 'utf8'), relative(file), errataFileSchema);
}

export function loadStageNotes(file = path.join(contentDir, 'guides', 'stages.yaml')): Record<StageId, string> {
  return parseYamlFile(readFileSync(file, 'utf8'), relative(file), stageNotesSchema);
}

export function loadSourceText(file = path.join(contentDir, 'source.txt')): string {
  return readFileSync(file, 'utf8');
}

/** Every step of a flow in reading order, with the stage and part it belongs to. */
export function stepsOf(flow: Flow): { part: Part; stage: Stage; step: Step }[] {
  return flow.parts.flatMap((part) =>
    part.stages.flatMap((stage) => stage.steps.map((step) => ({ part, stage, step }))),
  );
}
