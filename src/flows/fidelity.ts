/**
 * The fidelity check: flow data must equal the source text plus the listed errata,
 * box by box, label by label. Returns every difference it finds, so a failing test
 * shows all of them at once.
 */
import { applyErrata, boxText, ErratumMismatch } from './errata.ts';
import { stepsOf, type Flow } from './model.ts';
import { excerpt, type Erratum } from './schema.ts';
import type { SourceFlow } from './source.ts';
import { partHeading, type FlowSlug } from './vocabulary.ts';

/** One difference between the data and the source, with where it lies, so a message can point there. */
export interface FidelityProblem {
  message: string;
  flow?: FlowSlug | undefined;
  /** The step whose text differs. */
  item?: string | undefined;
  /** The erratum at fault. */
  erratum?: Erratum | undefined;
}

export function fidelityProblems(
  flows: readonly Flow[],
  source: readonly SourceFlow[],
  errata: readonly Erratum[],
): FidelityProblem[] {
  const problems: FidelityProblem[] = [];
  if (flows.length !== source.length) {
    problems.push({ message: `data has ${flows.length} flows, the source ${source.length}` });
  }
  const used = new Set<Erratum>();

  flows.forEach((flow, f) => {
    const original = source[f];
    if (!original) return;
    if (flow.title !== original.title) {
      problems.push({
        flow: flow.slug,
        message: `${flow.slug}: title ${excerpt(flow.title)} ≠ source ${excerpt(original.title)}`,
      });
    }

    const steps = stepsOf(flow);
    const length = Math.max(steps.length, original.items.length);
    for (let i = 0; i < length; i++) {
      const data = steps[i];
      const box = original.items[i];
      if (!data || !box) {
        problems.push({
          flow: flow.slug,
          item: data?.step.id,
          message: `${flow.slug}: box ${i + 1} ${data ? `${excerpt(data.step.text)} is not in the source` : `${excerpt(boxText(box!))} is missing from the data`}`,
        });
        continue;
      }
      const fixes = errata.filter((e) => e.flow === flow.slug && e.item === data.step.id);
      fixes.forEach((fix) => used.add(fix));
      let expected: string;
      try {
        expected = applyErrata(boxText(box), fixes);
      } catch (error) {
        if (!(error instanceof ErratumMismatch)) throw error;
        problems.push({
          flow: flow.slug,
          item: data.step.id,
          erratum: error.erratum,
          message: `${flow.slug}/${data.step.id}: ${error.message}`,
        });
        continue;
      }
      const actual = boxText({ number: data.step.sourceNumber, text: data.step.text });
      if (actual !== expected) {
        problems.push({
          flow: flow.slug,
          item: data.step.id,
          message: `${flow.slug}/${data.step.id}: ${excerpt(actual)} ≠ source ${excerpt(expected)}`,
        });
      }
    }

    const chairs = steps
      .map(({ stage }) => stage)
      .filter((stage, index, all) => all.indexOf(stage) === index && stage.chair)
      .map((stage) => `${stage.chair}主持`);
    if (chairs.join('|') !== original.chairLines.join('|')) {
      problems.push({ flow: flow.slug, message: `${flow.slug}: chairs [${chairs}] ≠ source [${original.chairLines}]` });
    }

    // Every label line of the source is one of the data's part or stage titles, and vice versa.
    const labels = flow.parts.flatMap((part) => [
      ...(part.stages.some((stage) => stage.title !== null) ? [partHeading(part.id)] : []),
      ...part.stages.flatMap((stage) => (stage.title === null ? [] : [stage.title])),
    ]);
    let rest = original.labels;
    for (const label of [...labels].sort((a, b) => b.length - a.length)) {
      if (!rest.includes(label))
        problems.push({ flow: flow.slug, message: `${flow.slug}: label "${label}" is not in the source` });
      rest = rest.replace(label, '');
    }
    if (rest) problems.push({ flow: flow.slug, message: `${flow.slug}: source labels not in the data: "${rest}"` });
  });

  for (const erratum of errata) {
    if (!used.has(erratum)) {
      problems.push({
        erratum,
        message: `errata: ${erratum.flow}/${erratum.item} ("${erratum.original}") matches no step`,
      });
    }
    if (erratum.original === erratum.corrected) {
      problems.push({ erratum, message: `errata: ${erratum.flow}/${erratum.item} changes nothing` });
    }
  }
  return problems;
}
