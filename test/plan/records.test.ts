/**
 * What the page reads back from storage (src/scripts/records.ts): a record that holds anything
 * its rules would change or leave out is unreadable as a whole, to be kept aside, never replaced.
 */
import { describe, expect, it } from 'vitest';
import { cleanProgress } from '../../src/plan/progress.ts';
import { cleanPlan } from '../../src/plan/plan.ts';
import { cleanLine } from '../../src/plan/reader-text.ts';
import { parseRecord } from '../../src/scripts/records.ts';

const steps = ['study', 'heart-to-heart', 'draft-plan'];
const progress = (data: unknown) => cleanProgress(data, steps, '2026-12-06');
const plan = (data: unknown) => cleanPlan(data, steps);

describe('a stored record', () => {
  it.each([
    ['not JSON', '{"study":{"done":true'],
    ['an array', '[{"done":true}]'],
    ['null', 'null'],
    ['a string', '"done"'],
    ['done written as text', '{"study":{"done":"true","date":""}}'],
    ['a step the flow does not have', '{"nope":{"done":true,"date":""}}'],
    ['a date that cannot be', '{"study":{"done":true,"date":"2026-13-45"}}'],
    ['a field of another kind', '{"study":{"done":true,"date":"","extra":1}}'],
    ['over the size limit', JSON.stringify({ study: { done: true, date: '' }, pad: 'x'.repeat(20_000) })],
  ])('%s cannot be read whole', (_what, stored) => {
    expect(parseRecord(stored, 16 * 1024, progress)?.whole ?? false).toBe(false);
  });

  it('keeps what it can of a record that cannot be read whole', () => {
    const stored = '{"study":{"done":true,"date":""},"heart-to-heart":{"done":"true","date":""}}';
    expect(parseRecord(stored, 16 * 1024, progress)).toEqual({
      record: { study: { done: true, date: '' } },
      whole: false,
    });
  });

  it('reads back as written, in any key order', () => {
    const stored = '{"draft-plan":{"date":"2026-11-20","done":true},"study":{"done":true,"date":""}}';
    expect(parseRecord(stored, 16 * 1024, progress)).toEqual({
      record: { study: { done: true, date: '' }, 'draft-plan': { done: true, date: '2026-11-20' } },
      whole: true,
    });
    expect(parseRecord('{}', 16 * 1024, progress)).toEqual({ record: {}, whole: true });
  });

  it('a plan whose name holds a bidi control cannot be read as it is', () => {
    expect(parseRecord('{"study":{"date":"","owner":"李\\u202e四"}}', 32 * 1024, plan)).toEqual({
      record: { study: { date: '', owner: '李四' } },
      whole: false,
    });
  });
});

describe('text from a link, a file or a form', () => {
  it.each([
    ['张三\u202e成完已', 20, '张三成完已'],
    ['\u2066李四\u2069', 20, '李四'],
    ['王\u200b五\ufeff', 20, '王五'],
    ['赵\u0000六\u0085七\u2028八', 20, '赵 六 七 八'],
    ['  支部  委员会 ', 20, '支部 委员会'],
    ['一二三四五六七八九十一二三四五六七八九十多', 20, '一二三四五六七八九十一二三四五六七八九十'],
    [42, 20, ''],
  ])('%j → %j', (value, max, expected) => {
    expect(cleanLine(value, max)).toBe(expected);
  });
});
