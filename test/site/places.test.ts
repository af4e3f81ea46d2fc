import { describe, expect, it } from 'vitest';
import { loadFlows } from '../../src/flows/load.ts';
import { findStep, flowBySlug } from '../../src/flows/model.ts';
import { fullPlaceLabel, placeLabel } from '../../src/site/places.ts';

const flows = loadFlows();

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
});
