import { describe, expect, it } from 'vitest';
import { loadFlows } from '../../src/flows/load.ts';
import { findStep, flowBySlug, stageHeading, stepRange, stepsOf } from '../../src/flows/model.ts';

const flows = loadFlows();

describe('one numbering through the whole flow', () => {
  it.each([
    ['village', 28],
    ['agency', 28],
    ['nonpublic', 23],
    ['school', 28],
    ['hospital', 28],
    ['soe', 28],
  ])('%s: steps 1…%i, 制定整改措施 last', (slug, count) => {
    const flow = flowBySlug(flows, slug);
    expect(flow.stepCount).toBe(count);
    expect(stepsOf(flow).map(({ step }) => step.number)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    expect(stepsOf(flow).at(-1)!.step).toMatchObject({ id: 'rectification', number: count, sourceNumber: null });
  });

  it('keeps the number the source prints in each box, which restarts in every stage', () => {
    const village = flowBySlug(flows, 'village');
    const numbers = village.parts.flatMap((part) =>
      part.stages.map((stage) => stage.steps.map((step) => step.sourceNumber)),
    );
    expect(numbers).toEqual([
      [1, 2, 3, 4, 5, 6, 7],
      [1, 2, 3],
      [1, 2, 3, 4, 5],
      [1, 2, 3, 4],
      [1, 2, 3, 4, 5],
      [1, 2, 3],
      [null],
    ]);
  });
});

describe('stages and lookups', () => {
  const village = flowBySlug(flows, 'village');

  it('gives each stage its heading and step range', () => {
    const [part] = village.parts;
    expect(stageHeading(part!, part!.stages[1]!)).toBe('一、专题组织生活会 · 会前准备');
    expect(stepRange(part!.stages[1]!)).toEqual([8, 10]);
    const rectify = village.parts[2]!;
    expect(stageHeading(rectify, rectify.stages[0]!)).toBe('三、制定整改措施');
  });

  it('finds no step that is not there, and names an unknown flow', () => {
    expect(findStep(village, 'no-such-step')).toBeUndefined();
    expect(() => flowBySlug(flows, 'nowhere')).toThrow('No flow "nowhere".');
  });
});
