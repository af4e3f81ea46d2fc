import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  anchors,
  flowPath,
  handoutPath,
  pairParam,
  pairPath,
  pairRowPath,
  partPath,
  searchPath,
  stagePath,
  stepPath,
} from '../../src/site/urls.ts';

describe('site addresses', () => {
  it.each([
    ['a flow page', flowPath('village'), '/flows/village/'],
    ['a step on it', stepPath('school', 'heart-to-heart'), '/flows/school/#heart-to-heart'],
    ['a stage on it', stagePath('agency', 'assembly'), '/flows/agency/#stage-assembly'],
    ['a part on it', partPath('soe', 'rectify'), '/flows/soe/#part-rectify'],
    ['a handout', handoutPath('hospital'), '/flows/hospital/print/'],
    ['a pair, in source order', pairPath('village', 'soe'), '/compare/village-vs-soe/'],
    ['a pair, named the other way round', pairPath('soe', 'village'), '/compare/village-vs-soe/'],
    ['a pair route parameter', pairParam('hospital', 'school'), 'school-vs-hospital'],
    ['a row of a pair', pairRowPath('school', 'agency', 'study'), '/compare/agency-vs-school/#study'],
    ['the search page', searchPath(), '/search/'],
    ['a search', searchPath({ q: '谈心 谈话' }), '/search/?q=%E8%B0%88%E5%BF%83+%E8%B0%88%E8%AF%9D'],
    [
      'a search within one flow',
      searchPath({ q: '督导', org: 'village' }),
      '/search/?q=%E7%9D%A3%E5%AF%BC&org=village',
    ],
    ['the search page within one flow', searchPath({ org: 'nonpublic' }), '/search/?org=nonpublic'],
    ['a query that looks like markup', searchPath({ q: '<a>&"' }), '/search/?q=%3Ca%3E%26%22'],
  ])('%s', (_what, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it.each([
    ['a step anchor', anchors.step('study'), 'study'],
    ['a stage anchor', anchors.stage('results'), 'stage-results'],
    ['a part anchor', anchors.part('meeting'), 'part-meeting'],
  ])('%s', (_what, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it.each([
    ['no deployed address', undefined, '/flows/village/'],
    ['a deployed address', 'https://example.org', 'https://example.org/flows/village/'],
    ['a deployed address with a path', new URL('https://example.org/guide/'), 'https://example.org/flows/village/'],
  ])('a full address with %s', (_what, site, expected) => {
    expect(absoluteUrl(flowPath('village'), site)).toBe(expected);
  });
});
