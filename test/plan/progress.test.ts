/** Progress read back from storage is checked, never trusted (src/plan/progress.ts). */
import { describe, expect, it } from 'vitest';
import { todayInChina } from '../../src/plan/dates.ts';
import { cleanProgress, isPlausibleDate } from '../../src/plan/progress.ts';

const steps = ['study', 'heart-to-heart', 'draft-plan'];
const today = '2026-12-02';

describe('cleanProgress', () => {
  it.each([
    ['null', null, {}],
    ['an array', [1, 2], {}],
    ['a null entry', { study: null }, {}],
    ['a string entry', { study: 'done' }, {}],
    [
      'stray keys',
      { study: { done: true, date: '' }, x1: { done: true }, x2: { done: true } },
      { study: { done: true, date: '' } },
    ],
    ['done that is not true', { study: { done: 'yes', date: '' } }, {}],
    ['an impossible date', { study: { done: true, date: '2026-13-45' } }, { study: { done: true, date: '' } }],
    ['a date in the future', { study: { done: true, date: '2099-01-01' } }, { study: { done: true, date: '' } }],
    ['an object for a date', { study: { done: true, date: { y: 2026 } } }, { study: { done: true, date: '' } }],
    [
      'a good entry',
      { 'draft-plan': { done: true, date: '2026-11-20' } },
      { 'draft-plan': { done: true, date: '2026-11-20' } },
    ],
  ])('%s', (_what, data, expected) => {
    expect(cleanProgress(data, steps, today)).toEqual(expected);
  });

  it('never counts more steps than the flow has', () => {
    const many = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`s${i}`, { done: true, date: '' }]));
    expect(Object.keys(cleanProgress({ ...many, study: { done: true, date: '' } }, steps, today))).toEqual(['study']);
  });
});

describe('dates', () => {
  it.each([
    ['2026-02-29', false],
    ['2024-02-29', true],
    ['1999-12-31', false],
    ['2026-12-02', true],
    ['2026-12-03', false],
    ['20261202', false],
  ])('%s plausible: %s', (value, expected) => {
    expect(isPlausibleDate(value, today)).toBe(expected);
  });

  it('takes today in China’s time zone', () => {
    expect(todayInChina(new Date('2026-12-01T16:30:00Z'))).toBe('2026-12-02');
    expect(todayInChina(new Date('2026-12-01T15:30:00Z'))).toBe('2026-12-01');
  });
});
