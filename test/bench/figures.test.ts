import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { distinctName, floorRatio, htmlAt, idleAt, median, saveAllAt } from '../../src/bench/figures.ts';

describe('the bench’s arithmetic', () => {
  it('takes the median of its runs and the ratio to the floor page', () => {
    expect(median([900, 631, 700])).toBe(700);
    expect(floorRatio(756, 631)).toBeCloseTo(1.198, 3);
    expect(floorRatio(662, 631) <= 1.05).toBe(true);
    expect(floorRatio(663, 631) <= 1.05).toBe(false);
  });

  it('counts the DOM when the page has been quiet long enough, not at the load event', () => {
    // Requests at 0–300 ms (the page), 1200 ms (its scripts' data), 1900 ms (the worker): idle after the last.
    expect(idleAt([0, 100, 300, 1200, 1900], 400, 1000)).toBe(1900);
    // A request 2 s after the last is another visit's: idle before it.
    expect(idleAt([0, 100, 300, 2400], 400, 1000)).toBe(400);
    expect(idleAt([], 500, 1000)).toBe(500);
  });

  it('grows offline use by what each file grows with', () => {
    const entries = [
      { bytes: 100, growth: 'site' as const },
      { bytes: 60, growth: 'flow' as const },
      { bytes: 15, growth: 'pair' as const },
      { bytes: 34, growth: 'index' as const },
    ];
    // The index holds one page of the site's own and two of each flow's, none of a pair's.
    const indexed = { site: 1, flow: 12, pair: 0 };
    expect(saveAllAt(entries, 6, 6, indexed)).toBe(209);
    // At 24: flows ×4, pairs 276/15, the index's pages (1 + 48)/(1 + 12).
    expect(saveAllAt(entries, 24, 6, indexed)).toBeCloseTo(100 + 240 + 276 + (34 * 49) / 13, 6);
    // Were pairs indexed, one page each: (1 + 48 + 276)/(1 + 12 + 15).
    expect(saveAllAt(entries, 24, 6, { site: 1, flow: 12, pair: 15 })).toBeCloseTo(
      100 + 240 + 276 + (34 * 325) / 28,
      6,
    );
  });

  it('grows a flow page by links of distinct names', () => {
    const list = '<ul><li><a href="/compare/a-vs-b/">机关</a></li></ul>';
    const html = `<main><p>${'步骤'.repeat(200)}</p><nav class="related">${list}</nav></main>`;
    expect(htmlAt(html, list, 6, 6)).toBe(gzipSync(html, { level: 6 }).length);
    const at24 = htmlAt(html, list, 24, 6);
    // 18 links of distinct names each cost more than a repeated one would.
    expect(at24 - htmlAt(html, list, 6, 6)).toBeGreaterThan(18 * 20);
    expect(new Set(Array.from({ length: 24 }, (_, index) => distinctName(index))).size).toBe(24);
    expect(() => htmlAt('<p>no list</p>', list, 24, 6)).toThrow();
  });
});
