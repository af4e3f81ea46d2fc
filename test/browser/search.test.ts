import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadFlows, loadStageNotes } from '../../src/flows/load.ts';
import { searchDocuments } from '../../src/search/documents.ts';
import { matchesAll, queryTerms } from '../../src/search/match.ts';
import { axeViolations, siteUrl, useBrowser, visit } from './browser.ts';

const all = ['village', 'agency', 'nonpublic', 'school', 'hospital', 'soe'];
const documents = searchDocuments(loadFlows(), loadStageNotes());

/** Query → the flows whose results it must return (exactly). */
const queries: [string, string[]][] = [
  ['谈心谈话', all],
  ['两代表一委员', ['village', 'agency', 'school', 'soe']],
  ['学生家长', ['school']],
  ['督导组', all],
  ['医疗患者', ['hospital']],
  ['医生护士', ['hospital']],
  ['服务对象', ['agency', 'soe']],
  ['驻村', ['village']],
  ['党（工）委', ['village']],
  ['出资人', ['nonpublic']],
  ['列席', ['nonpublic']],
  ['基层党组织书记', ['soe']],
  ['思想政治工作', ['school', 'hospital']],
  ['摸底动员', ['village', 'nonpublic', 'school', 'hospital']],
  ['监（计）票员', all],
  ['整改时限', all],
  ['互评。党员', ['nonpublic', 'school', 'hospital', 'soe']],
  ['互评，党员', ['village', 'agency']],
  ['督导组 审核', all],
  ['党章 誓词', all],
  ['“两代表一委员” 学生家长', ['school']],
  ['纪检', []],
  ['心导', []],
  ['学生家长 医疗患者', []],
  ['不存在的词语', []],
];

useBrowser();

/** Waits for the search to finish (polled from outside: the page's CSP forbids evaluating strings in it). */
const settled = (page: Page) =>
  expect.poll(() => page.locator('#search-status').textContent()).toMatch(/找到|没有找到/);
const resultLinks = (page: Page) =>
  page.locator('#search-results .result-title').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));

describe('search', () => {
  it.each(queries)('%s → exactly the right steps', async (query, flows) => {
    const { page, consoleErrors } = await visit(`/search/?q=${encodeURIComponent(query)}`);
    await settled(page);
    const hrefs = await resultLinks(page);
    expect([...new Set(hrefs.map((href) => href.split('/')[2]))].sort()).toEqual([...flows].sort());
    // Every result holds every term, and every step or note that does is a result.
    const terms = queryTerms(query);
    const expected = documents.filter((doc) => matchesAll(doc.text, terms)).map((doc) => doc.url);
    expect([...hrefs].sort()).toEqual([...expected].sort());
    for (const excerpt of await page.locator('.result-excerpt').allTextContents()) {
      for (const term of terms) expect(excerpt.normalize('NFKC')).toContain(term);
    }
    expect(consoleErrors).toEqual([]);
  });

  it('uses the real Pagefind index, in which each step is its own sub-result', async () => {
    const { page } = await visit('/search/');
    const urls = (await page.evaluate(`
      import('/pagefind/pagefind.js')
        .then((pagefind) => pagefind.search('"学生家长"'))
        .then((search) => Promise.all(search.results.map((result) => result.data())))
        .then((pages) => pages.flatMap((page) => page.sub_results.map((sub) => sub.url)))
    `)) as string[];
    expect(urls).toContain('/flows/school/#solicit-opinions');
    // Sub-results land on steps (or stage notes); where Pagefind's segmentation misses a
    // step that holds the phrase, the search page adds it (see the query table above).
    const anchors = new Set(documents.map((doc) => doc.url));
    for (const url of urls) expect(anchors.has(url) || /#(part|stage)-/.test(url), url).toBe(true);
  });

  it('shows, for each result, the organisation, the part and stage, the step and a highlighted excerpt', async () => {
    const { page } = await visit(`/search/?q=${encodeURIComponent('医疗患者')}`);
    await settled(page);
    const result = page.locator('#search-results .result');
    expect(await result.count()).toBe(1);
    expect(await result.locator('.result-org').textContent()).toBe('医院基层党组织');
    expect(await result.locator('.result-where').textContent()).toBe('一、专题组织生活会 · 组织动员 · 第3步');
    expect(await result.locator('.result-title').textContent()).toContain('征求意见');
    expect(await result.locator('mark').allTextContents()).toEqual(['医疗患者']);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lands on the exact step from a result', async () => {
    const { page } = await visit(`/search/?q=${encodeURIComponent('学生家长')}`);
    await settled(page);
    await page.locator('.result-title').first().click();
    await page.waitForURL(/\/flows\/school\/#solicit-opinions$/);
    expect(await page.locator('li.step:has(:target) .step-text').textContent()).toContain('学生家长');
  });

  it('puts the query in the address (?q=) as you type, so it can be shared', async () => {
    const { page } = await visit('/search/');
    await page.getByLabel(/搜索词/).fill('列席');
    await settled(page);
    expect(new URL(page.url()).searchParams.get('q')).toBe('列席');
  });

  it('filters by organisation type, and keeps the filter in the address', async () => {
    const { page } = await visit(`/search/?q=${encodeURIComponent('谈心谈话')}`);
    await settled(page);
    await page.getByRole('radio', { name: '学校' }).check();
    await expect
      .poll(() => resultLinks(page))
      .toEqual(documents.filter((doc) => doc.flow === 'school' && doc.text.includes('谈心谈话')).map((doc) => doc.url));
    expect(new URL(page.url()).searchParams.get('org')).toBe('school');

    const shared = await visit(`/search/?q=${encodeURIComponent('谈心谈话')}&org=hospital`);
    await settled(shared.page);
    const hrefs = await resultLinks(shared.page);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => href.startsWith('/flows/hospital/'))).toBe(true);
  });

  it('works by keyboard alone: from the header box on any page to a step', async () => {
    const { page } = await visit('/flows/village/');
    await page.getByRole('searchbox', { name: '搜索步骤' }).focus();
    await page.keyboard.type('驻村');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await settled(page);
    await page.keyboard.press('Tab');
    // Tab from the search box through the button and the filter to the first result.
    for (
      let i = 0;
      i < 12 && !(await page.evaluate('document.activeElement?.classList.contains("result-title")'));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/flows\/village\/#solicit-opinions$/);
  });

  it('does not search or submit on the Enter that confirms an input-method conversion', async () => {
    const { page } = await visit('/search/');
    await page.getByLabel(/搜索词/).focus();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'tanxin', selectionStart: 6, selectionEnd: 6 });
    await page.keyboard.press('Enter');
    await page.waitForTimeout(400);
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('#search-status').textContent()).toBe('');
    await cdp.send('Input.insertText', { text: '谈心' });
    await settled(page);
    expect(new URL(page.url()).searchParams.get('q')).toBe('谈心');
    expect(await page.locator('#search-results .result').count()).toBeGreaterThan(0);
  });

  it('loads no search code on other pages, and Pagefind only once a search starts', async () => {
    const requested: string[] = [];
    const flowPage = await visit('/flows/village/');
    flowPage.page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await flowPage.page.reload();
    expect(requested.filter((path) => path.startsWith('/pagefind/') || path.endsWith('.json'))).toEqual([]);
    const search = await visit('/search/');
    const loaded: string[] = [];
    search.page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
    await search.page.waitForTimeout(300);
    expect(loaded.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    await search.page.getByLabel(/搜索词/).fill('督导组');
    await settled(search.page);
    expect(loaded).toContain('/pagefind/pagefind.js');
  });

  it('without JavaScript, leads to the list of flows instead of a dead end', async () => {
    const { page } = await visit('/', { javaScriptEnabled: false });
    await page.getByRole('searchbox', { name: '搜索步骤' }).fill('谈心谈话');
    await page.keyboard.press('Enter');
    await page.waitForURL(siteUrl('/search/?q=%E8%B0%88%E5%BF%83%E8%B0%88%E8%AF%9D'));
    const links = page.locator('noscript + *, main a[href^="/flows/"]');
    expect(await page.locator('main a[href^="/flows/"]').count()).toBe(6);
    expect(await links.count()).toBeGreaterThan(0);
  });
});
