/**
 * Taking the site to the meeting: what was read works offline, everything does after 保存全部
 * (本支部信息 and a filled form's Word file too), progress is kept on the device, and a new deploy
 * takes over from the saved one.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, distDir, htmlFileOf } from '../../src/publish/built-pages.ts';
import { writeOfflineFiles } from '../../src/offline/integration.ts';
import { isMakerPage, madeHereBy } from '../../src/offline/made-here.ts';
import { loadFlows } from '../../src/flows/load.ts';
import { stepsOf } from '../../src/flows/model.ts';
import { formsOf } from '../../src/kit/forms.ts';
import {
  branchPath,
  chartSvgPath,
  flowPath,
  formPath,
  formWordPath,
  handoutPath,
  kitPath,
  pairPath,
  reviewPath,
  ledgerPath,
  homePath,
  notFoundPath,
  tooLongPath,
  offlineManifestPath,
  offlinePath,
  searchPath,
  wordHandoutPath,
} from '../../src/site/urls.ts';
import { browser, reachStep, useBrowser, visit, waitingForScripts } from './browser.ts';
import { staticServer, type StaticServer } from '../../src/bench/static-server.ts';

const flows = loadFlows();
const village = flows[0]!;
const dir = mkdtempSync(path.join(tmpdir(), 'deploys-'));
const first = path.join(dir, 'first');
const second = path.join(dir, 'second');
let server: StaticServer;
/** What the server was asked for, in order (cleared by a test before the part it checks). */
const requested: string[] = [];

useBrowser();

beforeAll(async () => {
  cpSync(distDir, first, { recursive: true });
  cpSync(distDir, second, { recursive: true });
  // The second deploy: a changed page, and the service worker its build writes.
  const page = path.join(second, 'flows/village/index.html');
  writeFileSync(page, readFileSync(page, 'utf8').replace('</h1>', '<span id="second-deploy">（新版）</span></h1>'));
  await writeOfflineFiles(second);
  server = await staticServer(first, (asked) => requested.push(asked));
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A browser profile of its own, with service workers, as a reader's phone would have. */
async function profile(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await waitingForScripts(
    await browser().newContext({ serviceWorkers: 'allow', viewport: { width: 375, height: 812 } }),
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

/** The footer's account of what this device holds, once the worker has answered. */
const offlineSummary = (page: Page) => page.locator('[data-offline-summary]');

/** Waits until a service worker controls the page. */
const controlled = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const done = () => resolve(navigator.serviceWorker.controller!.scriptURL);
        if (navigator.serviceWorker.controller) done();
        else navigator.serviceWorker.addEventListener('controllerchange', done, { once: true });
      }),
  );

/** A Word file as the page gets it: its size and first two bytes (a .docx is a zip: "PK"). */
const wordFile = (page: Page, path: string) =>
  page.evaluate(async (url) => {
    const response = await fetch(url);
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { ok: response.ok, size: bytes.length, magic: String.fromCharCode(bytes[0]!, bytes[1]!) };
  }, path);

describe('offline: what was read, and everything on request', () => {
  it('after one visit, the page read, its handout, Word file and search work offline; other flows say so', async () => {
    const { context, page, errors } = await profile();
    await page.goto(server.url + flowPath('village'));
    await expect.poll(() => offlineSummary(page).textContent(), { timeout: 15_000 }).toContain('本页及其讲义');
    // 全站: every page she may open offline, kept or made here (not the pages that make others).
    const whole = builtPages().filter((built) => ![notFoundPath, tooLongPath].includes(built) && !isMakerPage(built));
    expect(await offlineSummary(page).textContent()).toMatch(
      new RegExp(`本机已保存 \\d+ 页，全站共 ${whole.length} 页`),
    );
    // A form read online: its Word file is kept with it (the code that could make it is not on this device).
    await page.goto(server.url + formPath('village', 'ballot'));
    await expect
      .poll(() => page.evaluate(async (word) => !!(await caches.match(word)), formWordPath('village', 'ballot')), {
        timeout: 15_000,
      })
      .toBe(true);
    await context.setOffline(true);
    await page.reload();
    const [kept] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.handout-toolbar a[download]').click(),
    ]);
    expect(
      readFileSync((await kept.path())!).equals(readFileSync(path.join(distDir, formWordPath('village', 'ballot')))),
    ).toBe(true);
    // And what the flow's forms share to be filled in, kept with it: the form invites, as online.
    await expect.poll(() => page.locator('[data-form-fill]').textContent()).toContain('填写本支部信息后');

    for (const pagePath of [flowPath('village'), handoutPath('village')]) {
      const response = await page.goto(server.url + pagePath);
      expect(response?.ok(), pagePath).toBe(true);
      expect(await page.locator('h1').textContent(), pagePath).toContain('村（社区）');
      // Styled: the page's stylesheets came from the device too.
      const sheets = page.locator('link[rel="stylesheet"]');
      expect(await sheets.count(), pagePath).toBeGreaterThan(0);
      expect(
        await sheets.evaluateAll((links) => links.every((link) => (link as HTMLLinkElement).sheet)),
        pagePath,
      ).toBe(true);
    }
    expect(await wordFile(page, wordHandoutPath('village'))).toEqual({
      ok: true,
      size: statSync(path.join(distDir, wordHandoutPath('village'))).size,
      magic: 'PK',
    });

    await page.goto(server.url + searchPath({ q: '谈心谈话', org: 'village' }));
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/在村（社区）流程中找到 \d+ 条结果/);
    // Searching every flow: the flows this device does not hold are named, not silently left out.
    await page.goto(server.url + searchPath({ q: '谈心谈话' }));
    await expect.poll(() => page.locator('#search-status').textContent()).toContain('没有载入机关、');
    expect(await page.locator('#search-results .result a[href^="/flows/village/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#search-results .result a[href^="/flows/school/"]').count()).toBe(0);
    // The files of flows not saved (and Pagefind's ranking) fail to load offline; nothing else may fail.
    expect(errors.filter((error) => !/net::ERR_FAILED|ERR_INTERNET_DISCONNECTED/.test(error))).toEqual([]);
    await context.close();
  }, 60_000);

  it('a page never opened says it is not saved, which flows are, and offers to save everything', async () => {
    const { context, page } = await profile();
    await page.goto(server.url + flowPath('village'));
    await expect.poll(() => offlineSummary(page).textContent(), { timeout: 15_000 }).toContain('本页及其讲义');
    await context.setOffline(true);
    const response = await page.goto(server.url + flowPath('school'));
    expect(response?.ok()).toBe(true);
    expect(await page.locator('h1').textContent()).toBe('当前没有网络连接');
    expect(await page.locator('main').textContent()).toContain('这个页面还没有保存到本机');
    await expect.poll(() => offlineSummary(page).isVisible(), { timeout: 15_000 }).toBe(true);
    const saved = page.locator('[data-offline-flows] a:has([data-saved-mark]:not([hidden]))');
    expect(await saved.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
      flowPath('village'),
    ]);
    const saveAll = page.getByRole('button', { name: /保存全部内容以便离线使用（约 [\d.]+ (KB|MB)）/ });
    expect(await saveAll.isVisible()).toBe(true);
    // Without a network it cannot save: it says so, and the control stays for later.
    await saveAll.click();
    await expect.poll(() => page.locator('[data-offline-progress]').textContent()).toContain('保存中断');
    expect(await saveAll.isEnabled()).toBe(true);
    await context.close();
  }, 60_000);

  it('after 保存全部内容, every page, Word file and the whole search work offline', async () => {
    const { context, page, errors } = await profile();
    await page.goto(server.url + homePath);
    const saveAll = page.getByRole('button', { name: /保存全部内容以便离线使用/ });
    await saveAll.waitFor({ timeout: 15_000 });
    await saveAll.click();
    await expect.poll(() => offlineSummary(page).textContent(), { timeout: 30_000 }).toContain('已保存全部内容');
    expect(await page.getByRole('button', { name: /保存全部内容/ }).count()).toBe(0);
    await context.setOffline(true);
    // Every page, from the worker, exactly as built (asked for from the page: a navigation each
    // would draw 100 pages to prove what the bytes prove); a few of each kind opened for real.
    // A pair comparison is made on the device instead (below).
    const pages = builtPages().filter(
      (built) => ![notFoundPath, tooLongPath, offlinePath].includes(built) && !madeHereBy(built),
    );
    const served = (await page.evaluate(
      (paths) =>
        Promise.all(
          paths.map(async (path) => {
            const response = await fetch(path).catch(() => undefined);
            return [path, response?.ok ? await response.text() : `failed: ${response?.status ?? 'no answer'}`];
          }),
        ),
      pages,
    )) as [string, string][];
    expect(
      served.filter(([path, text]) => text !== readFileSync(htmlFileOf(path), 'utf8')).map(([path]) => path),
    ).toEqual([]);
    // The charts' files, not kept, are cut from their saved pages: the same bytes as the server's.
    const charts = flows.map((flow) => chartSvgPath(flow.slug));
    const cut = (await page.evaluate(
      (paths) => Promise.all(paths.map(async (path) => (await fetch(path)).text())),
      charts,
    )) as string[];
    expect(cut.map((text, index) => text === readFileSync(path.join(distDir, charts[index]!), 'utf8'))).toEqual(
      charts.map(() => true),
    );
    for (const pagePath of [
      homePath,
      flowPath('school'),
      handoutPath('soe'),
      kitPath('hospital'),
      formPath('agency', 'rectification'),
      pairPath('village', 'soe'),
    ]) {
      const response = await page.goto(server.url + pagePath);
      expect(response?.ok(), pagePath).toBe(true);
      expect(await page.locator('h1').first().textContent(), pagePath).not.toBe('当前没有网络连接');
      // Made on the device, it shows what the built page shows.
      const built = /<main[\s\S]*?<h1[^>]*>([\s\S]*?)<\/h1>/.exec(readFileSync(htmlFileOf(pagePath), 'utf8'))![1]!;
      if (madeHereBy(pagePath))
        await expect
          .poll(() => page.locator('main h1').textContent(), { message: pagePath })
          .toBe(built.replace(/<[^>]+>/g, ''));
      expect(
        await page
          .locator('link[rel="stylesheet"]')
          .evaluateAll((links) => links.every((link) => (link as HTMLLinkElement).sheet)),
        pagePath,
      ).toBe(true);
    }
    for (const flow of flows) {
      expect((await wordFile(page, wordHandoutPath(flow.slug))).ok, flow.slug).toBe(true);
    }
    // The kit's blank Word files are not kept: a form's page makes its own, the same bytes as the
    // server's; a Word link on the kit's list opens the form's page, which makes it.
    const madeHere = async (click: () => Promise<void>) => {
      const [download] = await Promise.all([page.waitForEvent('download'), click()]);
      return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
    };
    const hospital = flows.find((flow) => flow.slug === 'hospital')!;
    for (const form of [formsOf(hospital)[0]!, formsOf(hospital).find((candidate) => candidate.kind === 'ballot')!]) {
      await page.goto(server.url + formPath('hospital', form.id));
      const made = await madeHere(() => page.locator('.handout-toolbar a[download]').click());
      expect(made.bytes.equals(readFileSync(path.join(distDir, formWordPath('hospital', form.id)))), form.id).toBe(
        true,
      );
    }
    await page.goto(server.url + kitPath('agency'));
    const rectification = formWordPath('agency', 'rectification');
    const fromList = await madeHere(() => page.locator(`a[href="${rectification}"]`).click());
    expect(fromList.bytes.equals(readFileSync(path.join(distDir, rectification)))).toBe(true);
    expect(fromList.name).toMatch(/\.docx$/);
    await page.goto(server.url + searchPath({ q: '谈心谈话' }));
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/^“谈心谈话”：找到 \d+ 条结果。$/);
    await expect.poll(() => offlineSummary(page).textContent(), { timeout: 15_000 }).toContain('全站内容已保存在本机');
    // 本支部信息, a form filled from it, and its Word file made on the device, with no network.
    await page.goto(server.url + branchPath('village'));
    await page.getByLabel('党组织名称').fill('某某村党支部');
    await page.getByLabel('党组织名称').blur();
    await page.getByLabel('粘贴或输入姓名').fill('张三\n李四（预备）');
    await page.getByRole('button', { name: '加入党员名单' }).click();
    await page.goto(server.url + formPath('village', 'review-attendees'));
    await page.locator('[data-form-fill]:not([hidden])').waitFor();
    expect(await page.locator('article.form').textContent()).toContain('李四');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 Word（已填写）' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('某某村党支部-党员大会参会人员名单.docx');
    // 计票 with no network: entered, kept over a reload, and the 汇总表 filled from it.
    await page.goto(server.url + reviewPath('village'));
    const count = page.locator('.review-members li').first().locator('input').first();
    await count.fill('12');
    await count.press('Tab');
    await page.reload();
    expect(await page.locator('.review-members li').first().locator('input').first().inputValue()).toBe('12');
    await page.goto(server.url + formPath('village', 'ballot-tally'));
    await page.locator('[data-form-fill]:not([hidden])').waitFor();
    expect(await page.locator('article.form tbody tr').first().locator('td').allTextContents()).toEqual([
      '1',
      '张三',
      '12',
      '0',
      '0',
      '0',
    ]);
    // The 整改台账 with no network: a problem added, kept over a reload.
    await page.goto(server.url + ledgerPath('village'));
    await page.getByLabel('问题', { exact: true }).fill('村务公开不及时');
    await page.getByRole('button', { name: '加入问题清单' }).click();
    await page.reload();
    expect(await page.locator('.ledger-problem-text').allTextContents()).toEqual(['村务公开不及时']);
    // The flow page's chart, a file of its own, opens from the device.
    await page.goto(server.url + flowPath('village'));
    await page.getByText(/^查看流程图/).click();
    await page.locator('details.chart-toggle svg').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it('takes a new deploy on the next visit, downloading only what changed, without a mix of old and new', async () => {
    const { context, page } = await profile();
    await page.goto(server.url + flowPath('village'));
    await controlled(page);
    await expect.poll(() => offlineSummary(page).textContent(), { timeout: 15_000 }).toContain('本页及其讲义');
    expect(await page.locator('#second-deploy').count()).toBe(0);

    requested.length = 0;
    server.serve(second);
    // The next visit asks for the worker again, finds a new build, and the new worker takes over.
    // Watched from the page's first moment: the browser checks for a new worker as it navigates,
    // so on a busy machine the change can come before the page's own scripts run.
    await context.addInitScript(() =>
      navigator.serviceWorker.addEventListener('controllerchange', () => {
        (window as unknown as { taken: boolean }).taken = true;
      }),
    );
    await page.reload();
    await expect.poll(() => page.evaluate('window.taken === true'), { timeout: 20_000 }).toBe(true);
    // What the update fetched: the worker, the list of files and the page that changed; never the
    // unchanged stylesheets or Word file again.
    expect(requested).toContain(offlineManifestPath);
    expect(requested).toContain(flowPath('village'));
    expect(requested.filter((asked) => asked.endsWith('.css') || asked.endsWith('.docx'))).toEqual([]);
    await page.reload();
    expect(await page.locator('#second-deploy').count()).toBe(1);
    // Offline, the new build is what the device holds.
    await context.setOffline(true);
    await page.goto(server.url + flowPath('village'));
    expect(await page.locator('#second-deploy').count()).toBe(1);
    expect((await page.goto(server.url + handoutPath('village')))?.ok()).toBe(true);
    server.serve(first);
    await context.close();
  }, 60_000);
});

describe('progress on the device', () => {
  const third = stepsOf(village)[2]!.step;

  it('ticks step 3 off, keeps it over a reload, marks the chart, and shows it on the handout', async () => {
    const { page, consoleErrors } = await visit(flowPath('village'), { width: 375 });
    const summary = page.locator('[data-progress-summary]');
    expect(await summary.isVisible()).toBe(true);
    expect(await summary.textContent()).toContain(`已完成 0/${village.stepCount}`);
    expect(await page.locator('[data-progress-tools]').textContent()).toContain('只保存在本机浏览器');

    await reachStep(page, 3);
    await page.getByRole('checkbox', { name: `已完成：第3步` }).check();
    await page.getByLabel('完成日期：第3步').fill('2026-11-20');
    await page.reload();
    await reachStep(page, 3);
    expect(await page.getByRole('checkbox', { name: `已完成：第3步` }).isChecked()).toBe(true);
    expect(await page.getByLabel('完成日期：第3步').inputValue()).toBe('2026-11-20');
    expect(await summary.textContent()).toContain(`已完成 1/${village.stepCount}`);
    // On a phone the chart is laid out when opened: it is marked then.
    await page.locator('details.chart-toggle > summary').click();
    await expect.poll(() => page.locator(`figure.chart a[*|href$="#${third.id}"] g.node.is-done`).count()).toBe(1);
    expect(await page.locator('figure.chart g.node.is-done').count()).toBe(1);

    await page.goto(page.url().replace(/#.*$/, '').replace(/\/$/, '/print/'));
    const row = page.locator(`tr[data-step="${third.id}"]`);
    expect(await row.locator('.tick').textContent()).toBe('✓');
    expect(await row.locator('.col-date').textContent()).toBe('2026-11-20');
    expect(await page.locator('tr.is-done').count()).toBe(1);

    await page.goBack();
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: '清除进度' }).click();
    await reachStep(page, 3);
    expect(await page.getByRole('checkbox', { name: `已完成：第3步` }).isChecked()).toBe(false);
    await page.reload();
    expect(await summary.textContent()).toContain(`已完成 0/${village.stepCount}`);
    expect(consoleErrors).toEqual([]);
  });

  it('keeps two open tabs of a flow in step: a tick in one shows in the other, which writes nothing back', async () => {
    const first = await visit(flowPath('village'), { width: 375 });
    const second = await visit(flowPath('village'), { width: 375 });
    // A tab hears a storage event for each write another tab makes: listened for once both tabs'
    // scripts have run (their first use of storage tries a write, which the other tab would hear).
    for (const { page } of [first, second]) {
      await page.locator('[data-progress-summary]:not([hidden])').waitFor();
      await page.evaluate(`window.__heard = 0; addEventListener('storage', () => window.__heard++)`);
    }
    await reachStep(first.page, 3);
    await first.page.getByRole('checkbox', { name: '已完成：第3步' }).check();
    await reachStep(second.page, 3);
    const ticked = second.page.getByRole('checkbox', { name: '已完成：第3步' });
    await expect.poll(() => ticked.isChecked()).toBe(true);
    expect(await second.page.locator('[data-progress-summary]').textContent()).toContain(
      `已完成 1/${village.stepCount}`,
    );
    // The second tab only read: the first heard nothing back. (Tabs that wrote as they read would
    // answer each other without end, and keep a phone busy.)
    expect(await second.page.evaluate('window.__heard')).toBeGreaterThan(0);
    await second.page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
    expect(await first.page.evaluate('window.__heard')).toBe(0);
    expect([...first.consoleErrors, ...second.consoleErrors]).toEqual([]);
  });

  it('without storage, reads exactly as without JavaScript, with no error', async () => {
    const { page, consoleErrors } = await visit(flowPath('village'), {
      width: 375,
      setup: (tab) =>
        tab.addInitScript(`Object.defineProperty(window, 'localStorage', {
          get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
        });`),
    });
    expect(await page.locator('.step-progress:visible').count()).toBe(0);
    expect(await page.locator('[data-progress-summary]').isVisible()).toBe(false);
    expect(await page.locator('li.step .step-text').count()).toBe(village.stepCount);
    const handout = await visit(handoutPath('village'), {
      setup: (tab) =>
        tab.addInitScript(`Object.defineProperty(window, 'localStorage', {
          get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
        });`),
    });
    expect(await handout.page.locator('tr.is-done').count()).toBe(0);
    expect([...consoleErrors, ...handout.consoleErrors]).toEqual([]);
  });
});

describe('progress state that never lies', () => {
  const key = 'zuzhi-shenghuohui:progress:v1:village';
  const stored = (value: string) => (tab: Page) =>
    tab.addInitScript(`if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      queueMicrotask(() => localStorage.setItem(${JSON.stringify(key)}, ${JSON.stringify(value)}));
    }`);

  it('reads broken or foreign data as what it can be: known steps, real dates, never more than N', async () => {
    const first = stepsOf(village)[0]!.step.id;
    const broken = JSON.stringify({
      [first]: { done: true, date: '2026-13-45' },
      [stepsOf(village)[1]!.step.id]: null,
      ...Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`stray-${i}`, { done: true, date: '2099-01-01' }])),
    });
    const { page, consoleErrors } = await visit(flowPath('village'), { width: 375, setup: stored(broken) });
    await page.reload();
    expect(await page.locator('[data-progress-summary]').textContent()).toContain(`已完成 1/${village.stepCount}`);
    await reachStep(page, 1);
    expect(await page.getByLabel('完成日期：第1步').inputValue()).toBe('');
    const handout = await page.goto(page.url().replace(/#.*$/, '').replace(/\/$/, '/print/'));
    expect(handout?.ok()).toBe(true);
    expect(await page.locator('tr.is-done').count()).toBe(1);
    expect(await page.locator('tr[data-step] .col-date').allTextContents()).toEqual(Array(village.stepCount).fill(''));
    expect(consoleErrors).toEqual([]);
  });

  it('says so when the browser will not keep a tick, and does not show it ticked', async () => {
    const { page, consoleErrors } = await visit(flowPath('village'), {
      width: 375,
      setup: (tab) =>
        tab.addInitScript(`{
          const setItem = Storage.prototype.setItem;
          Storage.prototype.setItem = function (name, value) {
            if (name.startsWith('zuzhi-shenghuohui:progress:v1:village'))
              throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            return setItem.call(this, name, value);
          };
        }`),
    });
    await reachStep(page, 3);
    const box = page.getByRole('checkbox', { name: '已完成：第3步' });
    await box.click();
    expect(await box.isChecked()).toBe(false);
    const failure = page.locator('li.step').nth(2).locator('[data-progress-failure]');
    expect(await failure.isVisible()).toBe(true);
    expect(await failure.textContent()).toContain('保存失败：浏览器存储已满');
    expect(await page.locator('[data-progress-summary]').textContent()).toContain(`已完成 0/${village.stepCount}`);
    expect(consoleErrors).toEqual([]);
  });
});

describe('installable', () => {
  it('has a web app manifest with the site’s name, theme colour, standalone display and 192/512 px icons', () => {
    const manifest = JSON.parse(readFileSync(path.join(distDir, 'manifest.webmanifest'), 'utf8'));
    expect(manifest).toMatchObject({
      name: '组织生活会流程指南',
      display: 'standalone',
      theme_color: '#a4161a',
      lang: 'zh-CN',
    });
    expect(manifest.short_name.length).toBeLessThanOrEqual(6);
    for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
      const png = readFileSync(path.join(distDir, icon.src));
      // A PNG's width and height sit at bytes 16–23 of its header.
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
      expect(icon.type).toBe('image/png');
    }
    expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(['192x192', '512x512']);
    const home = readFileSync(path.join(distDir, 'index.html'), 'utf8');
    expect(home).toContain('<link rel="manifest" href="/manifest.webmanifest">');
  });
});
