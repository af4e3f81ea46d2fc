/**
 * The browsers at the floor (README, Browsers): with the newer APIs taken away before any script
 * runs — CompressionStream, the Clipboard API, the Web Share API, the service worker, the storage
 * manager, requestIdleCallback — every control still works or gives its plain form, and nothing
 * throws.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { branchPath, flowPath, formPath, searchPath } from '../../src/site/urls.ts';
import { browser, reachStep, siteUrl, useBrowser, waitingForScripts } from './browser.ts';

useBrowser();

/** What an older browser lacks, taken away before the page's scripts run. */
const older = `
  for (const name of ['CompressionStream', 'DecompressionStream', 'requestIdleCallback']) delete window[name];
  for (const name of ['clipboard', 'share', 'serviceWorker', 'storage']) {
    try { delete Navigator.prototype[name]; } catch {}
    Object.defineProperty(navigator, name, { value: undefined, configurable: true });
  }
`;

async function olderPhone() {
  const context = await waitingForScripts(
    await browser().newContext({ viewport: { width: 375, height: 812 }, acceptDownloads: true }),
  );
  await context.addInitScript(older);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  return { context, page, errors };
}

const status = (page: Page) => page.locator('[data-plan-status]');

describe('without the newer APIs', () => {
  it('the plan and a tick: 复制日程 and 分享计划 give the text and the link to copy by hand; the link, uncompressed, opens', async () => {
    const { context, page, errors } = await olderPhone();
    await page.goto(siteUrl(flowPath('village')));
    expect(await page.evaluate('typeof CompressionStream + typeof navigator.clipboard + typeof navigator.share')).toBe(
      'undefinedundefinedundefined',
    );
    await reachStep(page, 1);
    await page.locator('li.step').first().locator('.step-plan > summary').click();
    await page.getByLabel('计划日期：第1步').fill('2026-12-10');
    await page.getByLabel('负责人：第1步').fill('李委员');
    // A tick, kept with its day.
    await page.getByLabel('已完成：第1步').check();
    await expect.poll(() => page.locator('[data-progress-count]').textContent()).toBe('1');
    await page.getByRole('button', { name: '复制日程' }).click();
    await expect.poll(() => status(page).textContent()).toContain('请长按下面的文字全选复制');
    expect(await status(page).locator('.copy-by-hand').inputValue()).toContain('李委员');
    await page.getByRole('button', { name: '分享计划' }).click();
    await expect.poll(() => status(page).textContent()).toContain('请长按下面的链接复制');
    const link = await status(page).locator('.copy-by-hand').inputValue();
    // Written without CompressionStream: the plain form, which any browser reads.
    expect(link).toMatch(/#plan=0\./);
    const other = await olderPhone();
    await other.page.goto(link);
    await expect.poll(() => other.page.locator('body').textContent()).toContain('李委员');
    expect([...errors, ...other.errors]).toEqual([]);
    await other.context.close();
    await context.close();
  });

  it('search, a filled form and 本支部信息 work; with no service worker the pages work online and the offline panel says so', async () => {
    const { context, page, errors } = await olderPhone();
    await page.goto(siteUrl(searchPath({ q: '谈心谈话' })));
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/找到 \d+ 条结果/);
    await page.goto(siteUrl(branchPath('village')));
    await page.getByLabel('党组织名称').fill('某某村党支部');
    await page.getByLabel('党组织名称').blur();
    await expect.poll(() => page.locator('[data-branch-status]').textContent()).toContain('已保存在本机');
    // No storage manager to ask: the page cannot know the browser will keep it, and says so.
    await expect.poll(() => page.locator('[data-keeping-not-persisted]').isVisible()).toBe(true);
    await page.getByRole('button', { name: '生成链接和二维码' }).click();
    expect(await page.locator('#transfer-link-text').inputValue()).toMatch(/#branch=0\./);
    await page.goto(siteUrl(formPath('village', 'review-attendees')));
    await page.locator('[data-form-fill]:not([hidden])').waitFor();
    expect(await page.locator('article.form .form-org').textContent()).toBe('某某村党支部');
    await page.goto(siteUrl(flowPath('village')));
    const offlinePanel = page.locator('[data-offline-panel]');
    await expect.poll(() => offlinePanel.isVisible()).toBe(true);
    expect(await offlinePanel.textContent()).toBe(
      '离线使用这个浏览器不能离线保存本站，有网络时照常使用。要离线使用，请用手机自带的浏览器打开本站。',
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
