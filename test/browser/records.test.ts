/**
 * A reader's records on her device when things go wrong: a plan link whose names hold bidi
 * controls, storage full at a reload, a record that cannot be read, and a plan link opened in a
 * tab already on the flow page (src/scripts/records.ts, record-notice.ts, progress.ts).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { flowPath } from '../../src/site/urls.ts';
import { axeViolations, browser, reachStep, siteUrl, useBrowser, waitingForScripts } from './browser.ts';

const planKey = 'zuzhi-shenghuohui:plan:v1:village';
const progressKey = 'zuzhi-shenghuohui:progress:v1:village';
const now = new Date('2026-12-03T10:00:00+08:00');

useBrowser();

async function phone(init = ''): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await waitingForScripts(
    await browser().newContext({ viewport: { width: 375, height: 812 }, timezoneId: 'Asia/Shanghai' }),
  );
  await context.clock.setFixedTime(now);
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

/** Stores these raw texts under their keys before the page's scripts run, once. */
const seeded = (entries: Record<string, string>) => `
  if (!sessionStorage.getItem('seeded')) {
    sessionStorage.setItem('seeded', '1');
    for (const [key, value] of Object.entries(${JSON.stringify(entries)})) localStorage.setItem(key, value);
  }`;

const stored = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.entries(localStorage).filter(([key]) => key.includes(':v1:'))));

/** A link to the village flow whose plan is this JSON, uncompressed (format 0). */
const planLink = (entries: [string, string, string][]) =>
  `${siteUrl(flowPath('village'))}#plan=0.${Buffer.from(JSON.stringify([1, 'village', entries])).toString('base64url')}`;

describe('names from a link', () => {
  it('lose their bidi and format characters in the import panel, the fields and the schedule', async () => {
    const { context, page, errors } = await phone(
      `Object.defineProperty(navigator, 'share', { value: undefined });
       window.__copied = [];
       Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t) => { window.__copied.push(t); } } });`,
    );
    await page.goto(planLink([['study', '2026-12-08', '张三 — \u202e成完已\u2066']]));
    const panel = page.locator('.shared-plan');
    await expect
      .poll(() => panel.locator('li').allInnerTexts())
      .toEqual(['第2步 组织学习 — 12月8日 — 张三 — 成完已 — 未完成']);
    page.once('dialog', (dialog) => dialog.accept());
    await panel.getByRole('button', { name: '导入到本机' }).click();
    await reachStep(page, 2);
    expect(await page.getByLabel('负责人：第2步').inputValue()).toBe('张三 — 成完已');
    await page.getByRole('button', { name: '复制日程' }).click();
    await expect.poll(() => page.evaluate('window.__copied.length')).toBe(1);
    const [schedule] = (await page.evaluate('window.__copied')) as string[];
    expect(schedule).not.toMatch(/\p{Cf}/u);
    // The schedule: the flow's name, then its one planned step.
    expect(schedule!.split('\n')[1]).toBe('第2步 组织学习 — 12月8日 — 张三 — 成完已 — 未完成');
    expect(JSON.stringify(await stored(page))).not.toMatch(/\\u202e|\u202e/i);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('storage full, then a reload', () => {
  it('still shows every saved tick, read-only, and says why there are no controls', async () => {
    const progress = { 'mobilize-members': { done: true, date: '2026-11-28' }, study: { done: true, date: '' } };
    const { context, page, errors } = await phone(seeded({ [progressKey]: JSON.stringify(progress) }));
    await page.goto(siteUrl(flowPath('village')));
    await reachStep(page, 1);
    await page.getByRole('checkbox', { name: '已完成：第1步' }).waitFor();
    // Fill the rest of this origin's storage, to the last character it takes.
    await page.evaluate(() => {
      let size = 1 << 20;
      for (let i = 0; size > 0; i++) {
        try {
          localStorage.setItem(`filler-${i}`, 'x'.repeat(size));
        } catch {
          size = Math.floor(size / 2);
        }
      }
    });
    await page.reload();
    const notice = page.locator('[data-record-notice]');
    await notice.waitFor();
    expect(await notice.locator('[data-read-only]').innerText()).toContain('浏览器存储已满');
    expect(await page.locator('li.step.is-done').count()).toBe(2);
    expect(await page.locator('li.step').nth(0).getAttribute('class')).toContain('is-done');
    expect(await page.locator('[data-progress-count]').innerText()).toBe('2');
    expect(await page.locator('[data-progress-summary]').isVisible()).toBe(true);
    expect(await page.locator('input[data-done]').count()).toBe(0);
    expect(JSON.parse((await stored(page))[progressKey] as string)).toEqual(progress);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a stored record that cannot be read', () => {
  it.each([
    ['invalid JSON', '{"study":{"done":true'],
    ['an array', '[{"done":true}]'],
    ['over the size limit', JSON.stringify({ study: { done: true, date: '' }, pad: 'x'.repeat(20_000) })],
    ['done:"true"', '{"study":{"done":"true","date":""}}'],
  ])(
    '%s is kept aside, not replaced by the next tick, and the reader is told, with a way to export it',
    async (_what, raw) => {
      const { context, page, errors } = await phone(seeded({ [progressKey]: raw }));
      await page.goto(siteUrl(flowPath('village')));
      const notice = page.locator('[data-record-notice]');
      await notice.waitFor();
      expect(await notice.innerText()).toContain('无法读取');
      const exported = notice.getByRole('link', { name: '导出这份记录' });
      expect(await exported.getAttribute('download')).toBe('无法读取的进度（勾选和日期）记录-village.txt');
      const [download] = await Promise.all([page.waitForEvent('download'), exported.click()]);
      const { readFile } = await import('node:fs/promises');
      expect(await readFile((await download.path())!, 'utf8')).toBe(raw);

      await reachStep(page, 3);
      await page.getByRole('checkbox', { name: '已完成：第3步' }).check();
      const all = await stored(page);
      expect(all[`${progressKey}:unreadable:1`]).toBe(raw);
      expect(JSON.parse(all[progressKey] as string)['solicit-opinions']).toEqual({ done: true, date: '' });

      // Told again on the next visit, until she deletes it.
      await page.reload();
      await notice.waitFor();
      page.once('dialog', (dialog) => dialog.accept());
      await notice.getByRole('button', { name: '删除这份记录' }).click();
      expect((await stored(page))[`${progressKey}:unreadable:1`]).toBeUndefined();
      expect(await notice.count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('a plan that holds a name with a bidi control: what can be read is kept, the original aside', async () => {
    const raw = JSON.stringify({ study: { date: '2026-12-08', owner: '李\u202e四' } });
    const { context, page } = await phone(seeded({ [planKey]: raw }));
    await page.goto(siteUrl(flowPath('village')));
    await page.locator('[data-record-notice]').waitFor();
    expect(await page.locator('[data-record-notice] li').innerText()).toContain('无法读取的计划（日期和负责人）记录');
    await reachStep(page, 2);
    expect(await page.getByLabel('负责人：第2步').inputValue()).toBe('李四');
    expect((await stored(page))[`${planKey}:unreadable:1`]).toBe(raw);
    await context.close();
  });
});

describe('a plan link opened in a tab already on the flow page', () => {
  it('is shown as on a fresh visit, though only the fragment changed', async () => {
    const { context, page, errors } = await phone();
    await page.goto(siteUrl(flowPath('village')));
    await reachStep(page, 1);
    await page.getByRole('checkbox', { name: '已完成：第1步' }).waitFor();
    await page.goto(planLink([['study', '2026-12-08', '李委员']]));
    const panel = page.locator('.shared-plan');
    await expect
      .poll(() => panel.locator('li').allInnerTexts())
      .toEqual(['第2步 组织学习 — 12月8日 — 李委员 — 未完成']);
    // Another link in the same tab replaces the panel.
    await page.goto(planLink([['heart-to-heart', '2026-12-09', '王委员']]));
    await expect
      .poll(() => panel.locator('li').allInnerTexts())
      .toEqual(['第4步 谈心谈话 — 12月9日 — 王委员 — 未完成']);
    expect(await panel.count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
