/** Passing a page on, and files that arrive: 分享本页, the Word link at the top, the in-app hint. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../../src/publish/built-pages.ts';
import { flowPath, handoutPath, wordHandoutPath } from '../../src/site/urls.ts';
import { axeViolations, browser, siteUrl, useBrowser, visit, waitingForScripts } from './browser.ts';

useBrowser();

describe('passing a flow page on', () => {
  it('without a share sheet, copies the address and says so', async () => {
    const { page, consoleErrors } = await visit(`${flowPath('village')}#study`, {
      width: 360,
      setup: (tab) =>
        tab.addInitScript(`
          Object.defineProperty(navigator, 'share', { value: undefined });
          window.__copied = [];
          Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text) => { window.__copied.push(text); } } });
        `),
    });
    await page.getByRole('button', { name: '分享本页' }).click();
    await expect.poll(() => page.locator('[data-share-status]').textContent()).toContain('已复制本页链接');
    expect(await page.evaluate('window.__copied')).toEqual([page.url().replace(/#.*$/, '')]);
    expect(await axeViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('where the clipboard is refused, shows the address to copy by hand', async () => {
    const { page } = await visit(flowPath('village'), {
      width: 360,
      setup: (tab) =>
        tab.addInitScript(`
          Object.defineProperty(navigator, 'share', { value: undefined });
          Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => { throw new DOMException('no', 'NotAllowedError'); } } });
        `),
    });
    await page.getByRole('button', { name: '分享本页' }).click();
    const field = page.locator('[data-share-status] input');
    await expect.poll(() => field.inputValue()).toBe(page.url());
  });

  it('uses the system share sheet where there is one', async () => {
    const { page } = await visit(flowPath('school'), {
      setup: (tab) =>
        tab.addInitScript(
          `window.__shared = []; Object.defineProperty(navigator, 'share', { value: async (data) => { window.__shared.push(data); } });`,
        ),
    });
    await page.getByRole('button', { name: '分享本页' }).click();
    await expect.poll(() => page.evaluate('window.__shared.length')).toBe(1);
    expect(await page.evaluate('window.__shared[0].url')).toBe(page.url());
  });

  it('offers the Word file beside 打印讲义 at the top, with a hint in a messaging app’s browser only', async () => {
    const { page } = await visit(flowPath('village'), { width: 360 });
    const links = await page.locator('.lede-items a').evaluateAll((all) => all.map((a) => a.getAttribute('href')));
    expect(links.indexOf(wordHandoutPath('village'))).toBe(links.indexOf(handoutPath('village')) + 1);
    expect(await page.locator('[data-in-app-hint]').isVisible()).toBe(false);

    // A messaging app's browser, as its user agent says, in a profile of its own.
    const context = await waitingForScripts(
      await browser().newContext({
        userAgent: `${await page.evaluate('navigator.userAgent')} MicroMessenger/8.0.50`,
        viewport: { width: 360, height: 800 },
        serviceWorkers: 'block',
      }),
    );
    try {
      const inApp = await context.newPage();
      inApp.setDefaultTimeout(15_000);
      await inApp.goto(siteUrl(flowPath('village')), { timeout: 15_000 });
      const hint = inApp.locator('[data-in-app-hint]');
      await expect.poll(() => hint.isVisible()).toBe(true);
      expect(await hint.textContent()).toContain('选择“在浏览器打开”后再下载');
      const color = await hint.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
      expect(color[0]).not.toBe(color[1]);
    } finally {
      await context.close();
    }
    // Beside the Word link of the handout too: the same hint, revealed by the same script.
    const handout = readFileSync(path.join(distDir, handoutPath('village'), 'index.html'), 'utf8');
    expect(handout).toMatch(/<p class="in-app-hint[^"]*" data-in-app-hint hidden[^>]*>[^<]*在浏览器打开/);
  });

  it('without JavaScript, offers no share button', async () => {
    const { page } = await visit(flowPath('village'), { javaScriptEnabled: false });
    expect(await page.getByRole('button', { name: '分享本页' }).isVisible()).toBe(false);
  });
});

describe('before the meeting', () => {
  it('says, as the site’s note, which steps come before each meeting and which go up for review or are published', async () => {
    const { page } = await visit(flowPath('village'), { width: 360 });
    const note = page.locator('details.milestones');
    expect(await note.locator('.site-note-tag').textContent()).toBe('本站说明');
    await note.locator('summary').click();
    const lines = (await note.locator('li').allTextContents()).map((line) => line.replace(/\s+/g, ''));
    expect(lines).toEqual([
      '召开组织生活会之前：完成第1–10步',
      '党员大会之前：完成第16–19步',
      '报上级审核：第6步（研制方案）、第16步（研制工作方案）',
      '公示：第7步（社会公示）、第17步（社会公示）、第28步（制定整改措施）',
    ]);
    await note.getByRole('link', { name: '第16–19步' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#review-plan');
    expect(await axeViolations(page)).toEqual([]);
  });
});
