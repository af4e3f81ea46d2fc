import { describe, expect, it } from 'vitest';
import { loadFlows } from '../../src/flows/load.ts';
import {
  findStep,
  flowBySlug,
  fullPlaceLabel,
  placeLabel,
  stageHeading,
  stepRange,
  stepsOf,
} from '../../src/flows/model.ts';

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

describe('place labels', () => {
  const village = flowBySlug(flows, 'village');
  const nonpublic = flowBySlug(flows, 'nonpublic');

  it.each([
    ['a step of 组织动员', village, 'heart-to-heart', '组织动员 · 第4步', '第4步/共28步 · 组织动员'],
    ['a step of 党员大会', village, 'superior-remarks', '党员大会 · 第23步', '第23步/共28步 · 党员大会'],
    ['part 三', village, 'rectification', '第28步', '第28步/共28步 · 三、制定整改措施'],
    ['a 非公 step moved to 会前准备', nonpublic, 'heart-to-heart', '会前准备 · 第3步', '第3步/共23步 · 会前准备'],
  ])('%s', (_what, flow, id, short, full) => {
    const placement = findStep(flow, id)!;
    expect(placeLabel(placement)).toBe(short);
    expect(fullPlaceLabel(flow, placement)).toBe(full);
  });

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
