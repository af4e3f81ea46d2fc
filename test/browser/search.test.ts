import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFlows, loadRules, loadStageNotes } from '../../src/flows/load.ts';
import { searchDocuments } from '../../src/search/documents.ts';
import { matchesAll, partialMatch, queryTerms } from '../../src/search/match.ts';
import { quotePath } from '../../src/site/urls.ts';
import {
  axeViolations,
  browser,
  drawnBeforeScripts,
  siteUrl,
  useBrowser,
  visit,
  visitToRead,
  waitingForScripts,
} from './browser.ts';

const all = ['village', 'agency', 'nonpublic', 'school', 'hospital', 'soe'];
const documents = searchDocuments(loadFlows(), loadStageNotes(), loadRules());

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
  // Added with the partial matches: more phrases readers type.
  ['测评', all],
  ['民主测评', all],
  ['入党积极分子', all],
  ['群众代表', all],
  ['班子成员', all],
  ['对照检查材料', ['village', 'agency', 'school', 'hospital', 'soe']],
  // Only in the site's notes (the source gives it as a chair line, not a step).
  ['党支部书记主持', all],
  ['教师', ['school']],
  ['医务人员', []],
  ['民主评议党员流程', []],
  ['两代表一委员会议', []],
  ['$&{count}', []],
];

/** Queries that hold no step whole, and the part of them that the page offers instead. */
const partials: [string, string | null][] = [
  ['民主评议党员流程', '民主评议党员'],
  ['两代表一委员会议', '两代表一委员'],
  ['谈心谈话活动', '谈心谈话'],
  ['不存在的词语', null],
];

useBrowser();

/** Waits for the search to finish (polled from outside: the page's CSP forbids evaluating strings in it). */
const settled = (page: Page) =>
  expect.poll(() => page.locator('#search-status').textContent()).toMatch(/找到|没有找到/);
/** Exact results: steps of the source in the main list, then 依据 and the site's notes in their own. */
const resultLinks = (page: Page) =>
  page
    .locator(
      '#search-results .result:not(.result-partial) .result-title, #search-forms .result-title, #search-rules .result-title, #search-notes .result-title',
    )
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
const byUrl = new Map(documents.map((doc) => [doc.url, doc]));

describe('search', () => {
  describe('the query table, on one search page', () => {
    // One page for the whole table, as a reader searching again and again would use it.
    let page: Page;
    const errors: string[] = [];
    beforeAll(async () => {
      const context = await waitingForScripts(await browser().newContext());
      page = await context.newPage();
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.goto(siteUrl('/search/'));
    });
    afterAll(() => page?.context().close());

    /** Searches on the shared page, as a reader typing one query after another. */
    const search = async (query: string) => {
      await page.getByLabel(/搜索词/).fill(query);
      await page.getByLabel(/搜索词/).press('Enter');
      await expect
        .poll(() => page.locator('#search-status').textContent())
        .toContain(`“${queryTerms(query).join(' ')}”`);
    };

    it.each(['整改', '公示', '测评', '谈心谈话'])('%s: first a step whose name holds it', async (query) => {
      await search(query);
      const first = page.locator('#search-results .result-title').first();
      expect(byUrl.get((await first.getAttribute('href'))!)!.title).toContain(query);
    });

    it.each(['不合格党员', '党员大会的议程'])('%s: no partial match on a word most steps hold', async (query) => {
      await search(query);
      expect(await page.locator('#search-status').textContent()).toContain('没有找到');
      expect(await page.locator('#search-results .result-partial').count()).toBe(0);
      expect(await page.locator('nav.search-flows a').count()).toBe(6);
    });

    it.each([
      ['流动党员', 32],
      ['每年', 17],
      ['限期改正', 30],
    ])('finds the articles quoted as 依据 (%s), in a group of their own after the steps', async (query, article) => {
      await search(query);
      const group = page.locator('#search-rules');
      expect(await group.isVisible()).toBe(true);
      const hrefs = await group
        .locator('.result-title')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs).toContain(quotePath({ article }));
      // After the steps in the page's order, and never among them.
      expect(await page.locator('#search-results a[href^="/rules/"]').count()).toBe(0);
      const order = await page.evaluate(
        `document.querySelector('#search-results').compareDocumentPosition(document.querySelector('#search-rules'))`,
      );
      expect(Number(order) & 4).toBe(4);
    });

    it.each(queries)('%s → exactly the right steps', async (query, flows) => {
      const terms = queryTerms(query);
      await page.getByLabel(/搜索词/).fill(query);
      await page.getByLabel(/搜索词/).press('Enter');
      await expect.poll(() => page.locator('#search-status').textContent()).toContain(`“${terms.join(' ')}”`);
      const hrefs = await resultLinks(page);
      const flowHrefs = hrefs.filter((href) => href.startsWith('/flows/'));
      expect([...new Set(flowHrefs.map((href) => href.split('/')[2]))].sort()).toEqual([...flows].sort());
      // Every result holds every term, and every step or note that does is a result.
      const expected = documents.filter((doc) => matchesAll(doc.text, terms)).map((doc) => doc.url);
      expect([...hrefs].sort()).toEqual([...expected].sort());
      // Steps of the source come first; the kit's forms, 依据 and the site's notes only in their own groups after them.
      const kinds = hrefs.map((href) => byUrl.get(href)!.kind);
      const order = ['step', 'form', 'rule', 'note'];
      expect(kinds).toEqual([...kinds].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
      const notes = kinds.filter((kind) => kind === 'note').length;
      expect(await page.locator('#search-notes .result-title').count()).toBe(notes);
      expect(await page.locator('#search-notes').isVisible()).toBe(notes > 0);
      expect(await page.locator('#search-notes h2').textContent()).toBe('本站说明中的结果');
      for (const excerpt of await page
        .locator('#search-results .result:not(.result-partial) .result-excerpt, #search-notes .result-excerpt')
        .allTextContents()) {
        for (const term of terms) expect(excerpt.normalize('NFKC')).toContain(term);
      }
      expect(errors).toEqual([]);
    });
  });

  it('uses the real Pagefind index, in which each step is its own sub-result', async () => {
    const { page } = await visit('/search/');
    // Wait for the page's own early load, so two searches do not run in Pagefind at once.
    await page.getByLabel(/搜索词/).focus();
    await expect.poll(() => page.locator('#search-form').getAttribute('data-ready')).toBe('true');
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
    const { page } = await visitToRead(`/search/?q=${encodeURIComponent('医疗患者')}`);
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
    const { page } = await visitToRead(`/search/?q=${encodeURIComponent('学生家长')}`);
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
    await page.getByLabel('范围').selectOption('school');
    // The school's steps, its forms (谈心谈话记录), 依据 (which bears on every flow) and its notes.
    const school = documents.filter(
      (doc) => (doc.flow === 'school' || doc.kind === 'rule') && doc.text.includes('谈心谈话'),
    );
    await expect
      .poll(() => resultLinks(page))
      .toEqual(
        ['step', 'form', 'rule', 'note'].flatMap((kind) =>
          school.filter((doc) => doc.kind === kind).map((doc) => doc.url),
        ),
      );
    expect(new URL(page.url()).searchParams.get('org')).toBe('school');

    const shared = await visit(`/search/?q=${encodeURIComponent('谈心谈话')}&org=hospital`);
    await settled(shared.page);
    const hrefs = await resultLinks(shared.page);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => href.startsWith('/flows/hospital/') || href.startsWith('/rules/'))).toBe(true);
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

  it('loads no search code on other pages; on the search page, loads the index before the first query', async () => {
    const requested: string[] = [];
    const flowPage = await visit('/flows/village/');
    flowPage.page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await flowPage.page.reload();
    expect(requested.filter((path) => path.startsWith('/pagefind/') || path.endsWith('.json'))).toEqual([]);
    const search = await visit('/search/');
    const loaded = () =>
      search.page.evaluate(
        `performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname)`,
      ) as Promise<string[]>;
    await search.page.getByLabel(/搜索词/).focus();
    await expect.poll(loaded).toContain('/pagefind/pagefind.js');
    expect(await loaded()).toContain('/search/documents/village.json');
    expect(await loaded()).toContain('/search/documents/site.json');
  });

  it('without JavaScript, leads to the list of flows instead of a dead end', async () => {
    const { page } = await visit('/', { javaScriptEnabled: false });
    await page.getByRole('searchbox', { name: '搜索步骤' }).fill('谈心谈话');
    await page.keyboard.press('Enter');
    await page.waitForURL(siteUrl('/search/?q=%E8%B0%88%E5%BF%83%E8%B0%88%E8%AF%9D'));
    expect(await page.locator('main nav.search-flows a[href^="/flows/"]').count()).toBe(6);
  });

  it.each(['谈心谈话', '测评', '督导组'])('puts the steps of the source before the site’s notes: %s', async (query) => {
    const { page } = await visitToRead(`/search/?q=${encodeURIComponent(query)}`);
    await settled(page);
    const first = await page.locator('#search-results .result-title').first().getAttribute('href');
    expect(byUrl.get(first!)!.kind).toBe('step');
    expect(await page.locator('#search-results .result-where').first().textContent()).toMatch(/ · 第\d+步$/);
  });

  it('from a flow page, searches that flow first, with all six one tap away', async () => {
    const { page } = await visit('/flows/village/');
    await page.getByRole('searchbox', { name: '搜索步骤' }).fill('谈心谈话');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=.*&org=village$/);
    await settled(page);
    const hrefs = await resultLinks(page);
    expect(hrefs[0]).toMatch(/^\/flows\/village\/#/);
    // 依据 bears on every flow, so it shows whatever the scope.
    expect(hrefs.every((href) => href.startsWith('/flows/village/') || href.startsWith('/rules/'))).toBe(true);
    expect(await page.locator('#search-status').textContent()).toContain('村（社区）');
    const all = documents.filter((doc) => doc.text.includes('谈心谈话')).length;
    await page.getByRole('button', { name: `查看全部六类的结果（${all} 条）` }).click();
    await expect.poll(() => resultLinks(page)).toHaveLength(all);
    expect(new URL(page.url()).searchParams.get('org')).toBeNull();
  });

  it('shows the count and the first result above a phone keyboard (375×450)', async () => {
    const { page } = await visit('/search/', { width: 375, height: 450 });
    await page.getByLabel(/搜索词/).fill('谈心谈话');
    await page.keyboard.press('Enter');
    await settled(page);
    const [status, first] = await Promise.all(
      [page.locator('#search-status'), page.locator('#search-results .result').first()].map((locator) =>
        locator.evaluate((el) => {
          const box = el.getBoundingClientRect();
          return { top: box.top, bottom: box.bottom };
        }),
      ),
    );
    expect(status!.top).toBeGreaterThanOrEqual(0);
    expect(first!.top).toBeLessThan(450);
    expect(status!.bottom).toBeLessThan(450);
  });

  it.each(partials)('offers a partial match, marked as such, when no step holds all of %s', async (query, part) => {
    const { page } = await visitToRead(`/search/?q=${encodeURIComponent(query)}`);
    await settled(page);
    expect(await resultLinks(page)).toEqual([]);
    const status = (await page.locator('#search-status').textContent())!;
    expect(status).toContain(`没有找到含有“${query}”的步骤。`);
    const expected = partialMatch(documents, queryTerms(query));
    expect(expected?.part ?? null).toBe(part);
    const partial = page.locator('#search-results .result-partial');
    if (part === null) {
      expect(await partial.count()).toBe(0);
      expect(status).toContain('六类流程');
      expect(await page.locator('nav.search-flows a').count()).toBe(6);
    } else {
      expect(status).toContain(`含有其中“${part}”的步骤（部分匹配`);
      const hrefs = await partial
        .locator('.result-title')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual(expected!.documents.map((doc) => doc.url));
      expect(await partial.locator('.result-partial-tag').first().textContent()).toBe('（部分匹配）');
    }
  });

  it('says so when the network fails, and a retry works once it is back', async () => {
    const blocked = /\/pagefind\/|\/search\/documents\//;
    const { page } = await visit('/search/', {
      setup: (tab) => tab.route(blocked, (route) => route.abort('internetdisconnected')),
    });
    await page.getByLabel(/搜索词/).fill('谈心谈话');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#search-status').textContent()).toBe('网络不可用，搜索暂时无法使用。');
    expect(await page.locator('nav.search-flows a').count()).toBe(6);
    await page.unroute(blocked);
    await page.getByRole('button', { name: '重试' }).click();
    await settled(page);
    expect(await resultLinks(page)).toHaveLength(documents.filter((doc) => doc.text.includes('谈心谈话')).length);
  });

  it('is ready before the first query: the data that loads on focus is in place when the reader submits', async () => {
    const { page } = await visit('/search/');
    // A reader takes a few seconds to type: the data loads on focus, before anything is typed.
    await page.getByLabel(/搜索词/).focus();
    await expect.poll(() => page.locator('#search-form').getAttribute('data-ready')).toBe('true');
    await page.getByLabel(/搜索词/).fill('谈心谈话');
    await page.keyboard.press('Enter');
    await settled(page);
    expect(await resultLinks(page)).toHaveLength(documents.filter((doc) => doc.text.includes('谈心谈话')).length);
  });

  it('keeps and answers what was typed before its script ran, and loads the search data without waiting for a focus', async () => {
    const context = await browser().newContext({ serviceWorkers: 'block' });
    const asked: string[] = [];
    context.on('request', (request) => asked.push(new URL(request.url()).pathname));
    // The page is drawn; its scripts are held back, and she types at once.
    const { page, start } = await drawnBeforeScripts(context, '/search/');
    // Pagefind is started by the page's head, not by the script held back.
    await expect.poll(() => asked).toContain('/pagefind/pagefind-worker.js');
    await page.getByLabel(/搜索词/).fill('谈心谈话');
    await start();
    await settled(page);
    expect(await page.getByLabel(/搜索词/).inputValue()).toBe('谈心谈话');
    expect(await resultLinks(page)).toHaveLength(documents.filter((doc) => doc.text.includes('谈心谈话')).length);
    // Another visit, nothing typed, no focus: the data loads all the same.
    const other = await context.newPage();
    await other.goto(siteUrl('/search/'));
    await expect.poll(() => other.locator('#search-form').getAttribute('data-ready')).toBe('true');
    await context.close();
  });

  it('answers a query typed while Pagefind is still starting without waiting for it, and never reorders it under her', async () => {
    const query = '谈心谈话';
    const context = await browser().newContext({ serviceWorkers: 'block' });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route('**/pagefind/**', async (route) => {
      await held;
      await route.continue();
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(siteUrl(`/search/?q=${encodeURIComponent(query)}`));
    const matching = documents.filter((doc) => doc.text.includes(query));
    await expect.poll(() => resultLinks(page)).toHaveLength(matching.length);
    expect(await page.locator('#search-form').getAttribute('data-ready')).toBeNull();
    const first = await resultLinks(page);
    // Matches alike in reading order: each group in the order of the search data.
    expect(first.filter((url) => url.includes('#stage-'))).toEqual(
      matching.filter((doc) => doc.url.includes('#stage-')).map((doc) => doc.url),
    );
    release();
    await expect.poll(() => page.locator('#search-form').getAttribute('data-ready')).toBe('true');
    await page.waitForTimeout(300);
    expect(await resultLinks(page)).toEqual(first);
    // The next query is ordered by Pagefind (the stage notes of village and agency come last for this one).
    await page.getByLabel(/搜索词/).fill('谈心谈话 ');
    await page.keyboard.press('Enter');
    await expect.poll(() => resultLinks(page)).not.toEqual(first);
    expect([...(await resultLinks(page))].sort()).toEqual([...first].sort());
    expect(errors).toEqual([]);
    await context.close();
  });

  it('cuts a very long query to 64 characters, says so plainly, and still answers', async () => {
    const query = '谈心谈话'.repeat(50);
    const { page, consoleErrors } = await visitToRead(`/search/?q=${encodeURIComponent(query)}`);
    await settled(page);
    expect(await page.locator('#search-actions, .search-actions').first().textContent()).toContain(
      '搜索词最多 64 个字',
    );
    expect(await page.locator('#search-status').textContent()).not.toBe('正在搜索……');
    expect(await page.getByLabel(/搜索词/).getAttribute('maxlength')).toBe('64');
    expect(consoleErrors).toEqual([]);
  });

  it('echoes a query with $& or {count} literally', async () => {
    const { page } = await visitToRead(`/search/?q=${encodeURIComponent('$&{count}')}`);
    await settled(page);
    expect(await page.locator('#search-status').textContent()).toContain('“$&{count}”');
  });
});
