import { describe, expect, it } from 'vitest';
import { fidelityProblems } from '../../src/flows/fidelity.ts';
import { loadErrata, loadFlows, loadSourceText } from '../../src/flows/load.ts';
import { stepsOf, type Flow } from '../../src/flows/model.ts';
import { parseSource } from '../../src/flows/source.ts';
import { flowSlugs, orgTypes } from '../../src/flows/vocabulary.ts';

const flows = loadFlows();
const source = parseSource(loadSourceText());
const errata = loadErrata();

/** A deep copy of the flows with one change made to it. */
function mutated(change: (flows: Flow[]) => void): Flow[] {
  const copy = structuredClone(flows);
  change(copy);
  return copy;
}
const step = (flows: Flow[], slug: string, index: number) => stepsOf(flows.find((f) => f.slug === slug)!)[index]!.step;

describe('flow data against the source document', () => {
  it('reads six flows from the source, in the documented order', () => {
    expect(source.map((flow) => flow.title)).toEqual(flows.map((flow) => flow.title));
    expect(flows.map((flow) => flow.slug)).toEqual(flowSlugs);
    source.forEach((flow, i) => expect(flow.title).toContain(orgTypes[flowSlugs[i]!]));
  });

  it('has every box of every flow, in order, equal to the source plus the listed errata', () => {
    expect(fidelityProblems(flows, source, errata)).toEqual([]);
  });

  it.each(flows.map((flow, i) => [flow.slug, flow, source[i]!] as const))(
    '%s has as many steps as the source has boxes',
    (_slug, flow, original) => {
      expect(stepsOf(flow).length).toBe(original.items.length);
    },
  );

  it('keeps the 非公 flow its own shape: no 组织动员, five steps of its own in 会前准备', () => {
    const nonpublic = flows.find((flow) => flow.slug === 'nonpublic')!;
    const meeting = nonpublic.parts[0]!;
    expect(meeting.stages.map((stage) => stage.title)).toEqual(['会前准备', '召开组织生活会']);
    expect(meeting.stages[0]!.steps.map((s) => s.label)).toEqual([
      '摸底动员',
      '征求意见',
      '谈心谈话',
      '报告并邀请到会指导',
      '邀请不是党员的列席',
    ]);
  });

  it('records that the 党支部书记 chairs the 党员大会 in every flow', () => {
    for (const flow of flows) {
      const assembly = flow.parts.flatMap((p) => p.stages).find((s) => s.id === 'assembly');
      expect(assembly?.chair, flow.slug).toBe('党支部书记');
    }
  });
});

describe('the fidelity check catches', () => {
  it.each([
    [
      'a changed character',
      (f: Flow[]) => (step(f, 'village', 0).text = step(f, 'village', 0).text.replace('摸底', '摸清')),
    ],
    ['a shortened text', (f: Flow[]) => (step(f, 'agency', 3).text = step(f, 'agency', 3).text.slice(0, -2))],
    ['a dropped step', (f: Flow[]) => f[2]!.parts[1]!.stages[1]!.steps.pop()],
    ['two steps swapped', (f: Flow[]) => f[3]!.parts[0]!.stages[0]!.steps.reverse()],
    [
      'an invented step',
      (f: Flow[]) =>
        f[4]!.parts[2]!.stages[0]!.steps.push({ id: 'x', number: 29, sourceNumber: null, label: 'x', text: 'x' }),
    ],
    ['a changed title', (f: Flow[]) => (f[5]!.title += '（修订）')],
    ['a renamed stage', (f: Flow[]) => (f[0]!.parts[0]!.stages[1]!.title = '会前筹备')],
    ['a dropped chair', (f: Flow[]) => (f[1]!.parts[1]!.stages[1]!.chair = null)],
    [
      'a typo fixed without an erratum',
      (f: Flow[]) => (step(f, 'village', 13).text = step(f, 'village', 13).text + '。'),
    ],
  ])('%s', (_what, change) => {
    expect(fidelityProblems(mutated(change), source, errata)).not.toEqual([]);
  });

  it('an erratum that matches nothing', () => {
    const stray = { flow: 'soe', item: 'study', original: '不存在的文字', corrected: '改', reason: '测试' } as const;
    expect(fidelityProblems(flows, source, [...errata, stray])).toEqual([
      expect.objectContaining({ erratum: stray, message: expect.stringContaining('soe/study') }),
    ]);
  });

  it('a correction made in the data and the errata list removed', () => {
    expect(fidelityProblems(flows, source, errata.slice(1))).toEqual([
      expect.objectContaining({
        flow: 'village',
        item: 'invite-assessors',
        message: expect.stringContaining('village/invite-assessors'),
      }),
    ]);
  });
});

describe('the errata list', () => {
  it('finds the known typos: 领导领导, stray 、, missing 、, half-width colons, spaces after numbers', () => {
    const pairs = errata.map((e) => `${e.flow}:${e.original}→${e.corrected}`);
    expect(pairs).toContain('school:学校党组织领导领导同→学校党组织领导同');
    expect(pairs).toContain('nonpublic:入党积极分子群众代表→入党积极分子、群众代表');
    expect(pairs.filter((p) => p.includes('人员:'))).toHaveLength(6);
    expect(pairs.filter((p) => /\d\. /.test(p))).toHaveLength(4);
  });

  it('leaves no half-width punctuation or stray spaces in the data', () => {
    for (const flow of flows) {
      for (const { step } of stepsOf(flow)) {
        expect(step.text, `${flow.slug}/${step.id}`).not.toMatch(/[:,;!?]|\s|：、|领导领导/);
      }
    }
  });
});
