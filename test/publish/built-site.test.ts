/**
 * The checks the build runs on dist.next/ before it publishes: page budgets and addresses that
 * leave the site. Made on small built sites written here, so each case is one page.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { budgetBreaches, offOriginAddresses, pageBudgets, pageWeights } from '../../src/publish/built-site.ts';

const sites: string[] = [];
afterAll(() => sites.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A built site with one page at `page` holding `body`. */
function site(page: string, body: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'built-'));
  sites.push(dir);
  mkdirSync(path.join(dir, page), { recursive: true });
  writeFileSync(path.join(dir, page, 'index.html'), `<!doctype html><html><body>${body}</body></html>`);
  return dir;
}

describe('addresses that leave the site', () => {
  it.each([
    ['<a href="javascript:alert(1)">x</a>', '<a href="javascript:alert(1)">'],
    ['<a href="java&#115;cript:alert(1)">x</a>', '<a href="java&#115;cript:alert(1)">'],
    ['<a href=" JavaScript&colon;alert(1)">x</a>', '<a href=" JavaScript&colon;alert(1)">'],
    ['<a href="data:text/html,hi">x</a>', '<a href="data:text/html,hi">'],
    ['<img src="https://example.com/a.png" alt="">', '<img src="https://example.com/a.png">'],
    ['<img src="//example.com/a.png" alt="">', '<img src="//example.com/a.png">'],
    ['<script src="https://cdn.example/x.js"></script>', '<script src="https://cdn.example/x.js">'],
  ])('%s is found', (body, found) => {
    expect(offOriginAddresses(site('flows/agency', body))).toEqual([`/flows/agency/: ${found}`]);
  });

  it.each([
    '<a href="/flows/village/#study">x</a>',
    '<a href="#study">x</a>',
    '<a href="https://www.12371.cn/">x</a>',
    '<img src="/_astro/a.png" alt="">',
    '<a href="../kit/">x</a>',
  ])('%s is the site or the web', (body) => {
    expect(offOriginAddresses(site('flows/agency', body))).toEqual([]);
  });
});

describe('page budgets', () => {
  it('a flow page whose HTML is over the first round trip', () => {
    // Text that does not compress: one character of each of many kinds.
    const text = Array.from({ length: 40_000 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919) % 20000))).join('');
    const dir = site('flows/village', `<p>${text}</p>`);
    const breaches = budgetBreaches(pageWeights(dir));
    expect(breaches).toHaveLength(2);
    expect(breaches[0]).toMatch(
      /^\/flows\/village\/: \d+\.\d KB of HTML \(budget 12\.0 KB: the first round trip, with room to grow\)$/,
    );
    expect(breaches[1]).toMatch(/^\/flows\/village\/: \d+\.\d KB in all \(budget 60\.0 KB\)$/);
  });

  it('a form of the kit, 本支部信息, the count and the 台账 are held to the flow page’s budgets too', () => {
    const text = Array.from({ length: 40_000 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919) % 20000))).join('');
    for (const page of [
      'flows/village/kit/ballot',
      'flows/village/branch',
      'flows/village/review',
      'flows/village/rectify',
    ])
      expect(budgetBreaches(pageWeights(site(page, `<p>${text}</p>`))), page).toHaveLength(2);
    // A page of the site's own (the source text, say) is not a flow's page.
    expect(budgetBreaches(pageWeights(site('source', `<p>${text}</p>`)))).toEqual([]);
  });

  it('a flow page within its budget', () => {
    expect(budgetBreaches(pageWeights(site('flows/village', '<p>谈心谈话</p>')))).toEqual([]);
    expect(pageBudgets.flowPageHtml).toBe(12 * 1024);
  });
});
