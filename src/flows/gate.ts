/**
 * The content gate: everything `npm run build` checks before it writes anything. Every flow
 * file, the errata list, the stage notes, the guides' frontmatter and the source text must
 * load, and the flows must equal the source plus the listed errata. Returns one message per
 * problem, each naming file:line, the field and the fix; none means the content may be published.
 */
import path from 'node:path';
import { fidelityProblems, type FidelityProblem } from './fidelity.ts';
import {
  checkGuides,
  contentDir,
  lineOfNode,
  loadErrata,
  loadFlows,
  loadRoles,
  loadRules,
  loadSourceMeta,
  loadSourceText,
  loadStageNotes,
  readContentFile,
  relative,
} from './load.ts';
import { findStep, flowBySlug, stepsOf, type Flow } from './model.ts';
import type { Erratum } from './schema.ts';
import { unmatchedMappings } from './rules.ts';
import { parseSource, type SourceFlow } from './source.ts';
import { ContentProblems, fieldName, formatProblems, type Problem } from '../problem.ts';

/** Checks the content in `dir` (content/ unless a test gives a copy). */
export function contentProblems(dir = contentDir): string[] {
  const errataFile = path.join(dir, 'errata.yaml');
  const messages: string[] = [];
  const report = (problem: Problem) => messages.push(formatProblems([problem]));
  /** Runs a loader; a content error becomes a message, anything else is a bug and is thrown. */
  const attempt = <T>(load: () => T): T | undefined => {
    try {
      return load();
    } catch (error) {
      if (error instanceof ContentProblems) {
        messages.push(error.message);
        return undefined;
      }
      throw error;
    }
  };

  const flows = attempt(() => loadFlows(path.join(dir, 'flows')));
  const errata = attempt(() => loadErrata(errataFile));
  attempt(() => loadStageNotes(path.join(dir, 'guides', 'stages.yaml')));
  attempt(() => checkGuides(path.join(dir, 'guides')));
  const rules = attempt(() => loadRules(path.join(dir, 'rules.yaml')));
  const roles = attempt(() => loadRoles(path.join(dir, 'roles.yaml')));
  attempt(() => loadSourceMeta(path.join(dir, 'source.yaml')));
  const sourceFile = path.join(dir, 'source.txt');
  const sourceText = attempt(() => loadSourceText(sourceFile));
  const source = sourceText === undefined ? undefined : attempt(() => parseSourceFile(sourceText, sourceFile));
  if (flows && rules) {
    for (const { keys, message } of unmatchedMappings(rules, flows)) {
      report({
        file: relative(path.join(dir, 'rules.yaml')),
        field: fieldName(keys),
        message,
        fix: 'name a step id that the flows use (see content/flows/), with where: words its text holds.',
      });
    }
  }
  if (roles && sourceText !== undefined) {
    const rolesFile = path.join(dir, 'roles.yaml');
    roles.forEach((role, r) =>
      role.names.forEach((name, n) => {
        if (!sourceText.includes(name)) {
          report({
            ...at(rolesFile, [r, 'names', n]),
            message: `"${name}" is not in content/source.txt`,
            fix: 'list only names the source uses, written exactly as it writes them.',
          });
        }
      }),
    );
  }
  if (!flows || !errata || !source) return messages;

  const unknown = errata.filter((erratum) => !findStep(flowBySlug(flows, erratum.flow), erratum.item));
  for (const erratum of unknown) {
    const steps = stepsOf(flowBySlug(flows, erratum.flow)).map(({ step }) => step.id);
    report({
      ...at(errataFile, [errata.indexOf(erratum), 'item']),
      field: 'item',
      message: `no step "${erratum.item}" in the ${erratum.flow} flow`,
      fix: `name one of its steps: ${steps.join(', ')}.`,
    });
  }
  if (unknown.length) return messages;
  fidelityProblems(flows, source, errata).forEach((problem) => report(located(dir, problem, flows, errata)));
  return messages;
}

function parseSourceFile(text: string, file: string): SourceFlow[] {
  try {
    return parseSource(text);
  } catch (error) {
    throw new ContentProblems({
      file: relative(file),
      message: (error as Error).message,
      fix: 'content/source.txt is the official text and is never edited: restore it (git checkout -- content/source.txt).',
    });
  }
}

/** content/errata.yaml, line 14, [0].item: the file, the line of the YAML node at `keys`, and its field. */
function at(file: string, keys: (string | number)[]): { file: string; line: number; field: string } {
  return { file: relative(file), line: lineOfNode(readContentFile(file), keys), field: fieldName(keys) };
}

function flowFile(dir: string, flow: Flow): string {
  return path.join(dir, 'flows', `${flow.slug}.yaml`);
}

/** Where a step's field is in its flow file: parts[p].stages[s].items[i].<field>. */
function stepKeys(flow: Flow, stepId: string, field: string): (string | number)[] {
  for (const [p, part] of flow.parts.entries()) {
    for (const [s, stage] of part.stages.entries()) {
      const i = stage.steps.findIndex((step) => step.id === stepId);
      if (i >= 0) return ['parts', p, 'stages', s, 'items', i, field];
    }
  }
  return [];
}

const fixes = {
  text:
    "Copy the step's text exactly from content/source.txt (without its number). If the source has a typo, " +
    'keep the corrected text here and list the correction in content/errata.yaml (original → corrected, with the reason).',
  erratum:
    'Quote `original` exactly as it stands in the box in content/source.txt (with its number, e.g. "2. 上级"), so that it occurs once.',
  layout: 'Follow the source: the same title, parts, stages and chair lines as in content/source.txt.',
};

function located(dir: string, problem: FidelityProblem, flows: readonly Flow[], errata: readonly Erratum[]): Problem {
  if (problem.erratum) {
    const index = errata.indexOf(problem.erratum);
    return { ...at(path.join(dir, 'errata.yaml'), [index, 'original']), message: problem.message, fix: fixes.erratum };
  }
  if (problem.flow) {
    const flow = flowBySlug(flows, problem.flow);
    const keys = problem.item ? stepKeys(flow, problem.item, 'text') : ['title'];
    const fix = problem.item ? fixes.text : fixes.layout;
    return { ...at(flowFile(dir, flow), keys), message: problem.message, fix };
  }
  return { file: relative(dir), message: problem.message, fix: fixes.layout };
}
