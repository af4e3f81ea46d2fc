/**
 * 整改台账 as a secretary keeps it on her phone, on a fixed clock: 3 opinions gathered into 2
 * problems, each with its 整改 and 时限; one 逾期 shows on the 台账 and on the flow page; marked done
 * with its day; the 公示稿 has no status, the 整改落实情况 has it; moved to a fresh profile by file
 * only after she confirms; carried into a new year; bad input said; axe at 375 px and 200 % text.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { flowPath, formPath, ledgerPath } from '../../src/site/urls.ts';
import { axeViolations, browser, drawnBeforeScripts, siteUrl, useBrowser, waitingForScripts } from './browser.ts';

const key = 'zuzhi-shenghuohui:ledger:v1:village';
/** 2026-12-06 10:00 in China: a 时限 of 2026-12-01 has passed, 2027-01-15 has not. */
const now = new Date('2026-12-06T02:00:00Z');

useBrowser();

async function phone(options: { fontSize?: number } = {}) {
  const context: BrowserContext = await waitingForScripts(
    await browser().newContext({
      viewport: { width: 375, height: 812 },
      serviceWorkers: 'block',
      acceptDownloads: true,
    }),
  );
  // Counts the requests for persistent storage (the browser's answer is its own affair).
  await context.addInitScript(`
    window.__persistAsked = 0;
    if (navigator.storage) navigator.storage.persist = async () => { window.__persistAsked++; return false; };
  `);
  const page = await context.newPage();
  await page.clock.setFixedTime(now);
  if (options.fontSize) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: options.fontSize, fixed: options.fontSize } });
  }
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(siteUrl(ledgerPath('village')));
  await page.locator('[data-ledger-counts]').waitFor();
  return { context, page, errors };
}

const stored = async (page: Page) =>
  JSON.parse((await page.evaluate((name) => localStorage.getItem(name), key)) ?? '{}') as {
    opinions?: { problem?: number }[];
    problems?: { status?: string; doneOn?: string; due?: string }[];
    year?: number;
  };

async function addOpinion(page: Page, source: string, text: string) {
  await page.getByLabel('来自').selectOption(source);
  await page.getByLabel('意见建议内容').fill(text);
  await page.getByRole('button', { name: '记下这条意见建议' }).click();
}

async function addProblem(page: Page, group: string, text: string, member = '') {
  await page.getByRole('radio', { name: group }).check();
  if (member) await page.getByLabel('党员姓名').fill(member);
  await page.getByLabel('问题', { exact: true }).fill(text);
  await page.getByRole('button', { name: '加入问题清单' }).click();
}

const problem = (page: Page, n: number) => page.locator('.ledger-problems > li').nth(n);

describe('整改台账', () => {
  it('3 opinions → 2 problems → 整改: one 逾期 on the 台账 and the flow page; done with its day; the papers', async () => {
    const { page, context, errors } = await phone();
    await addOpinion(page, '群众', '村务公开不及时');
    await addOpinion(page, '党员', '财务公示看不懂');
    await addOpinion(page, '上级督导组', '学习记录不全');
    await addProblem(page, '班子', '村务公开不及时、不规范');
    // The first save asked the browser to keep the site's storage; the others did not ask again.
    expect(await page.evaluate('window.__persistAsked')).toBe(1);
    // A member's problem needs the member's name: said, and nothing added.
    await addProblem(page, '党员个人', '学习记录不全');
    expect(await page.locator('[data-ledger-add-problem] .ledger-message').textContent()).toContain(
      '请填写这名党员的姓名',
    );
    await addProblem(page, '党员个人', '学习记录不全', '张建国');
    // Gathered: the first two opinions into problem 1, the third into problem 2.
    const opinions = page.locator('.ledger-opinions > li');
    await opinions.nth(0).getByLabel('归入问题').selectOption({ label: '问题 1（班子）' });
    await opinions.nth(1).getByLabel('归入问题').selectOption({ label: '问题 1（班子）' });
    await opinions.nth(2).getByLabel('归入问题').selectOption({ label: '问题 2（党员个人：张建国）' });
    expect((await stored(page)).opinions?.map((opinion) => opinion.problem)).toEqual([1, 1, 2]);
    expect(await problem(page, 0).textContent()).toContain('来自 2 条意见建议');

    // 整改 under the step's own columns; 时限 past on the first, ahead on the second.
    await problem(page, 0).getByLabel('整改目标').fill('每月公开');
    await problem(page, 0).getByLabel('整改目标').press('Tab');
    await problem(page, 0).getByLabel('整改时限').fill('2026-12-01');
    await problem(page, 0).getByLabel('整改时限').press('Tab');
    await problem(page, 1).getByLabel('整改时限').fill('2027-01-15');
    await problem(page, 1).getByLabel('整改时限').press('Tab');
    expect(await problem(page, 0).locator('.ledger-overdue').textContent()).toBe('逾期');
    expect(await problem(page, 1).locator('.ledger-overdue').count()).toBe(0);
    expect(await page.locator('[data-ledger-counts]').textContent()).toContain('共 2 个问题，已完成 0 个，逾期 1 个。');

    // Done, with its day (today, changed to the day it was done) and what was done.
    await problem(page, 1).getByLabel('整改状态').selectOption('已完成');
    expect(await problem(page, 1).getByLabel('完成日期').inputValue()).toBe('2026-12-06');
    await problem(page, 1).getByLabel('完成日期').fill('2026-12-03');
    await problem(page, 1).getByLabel('完成日期').press('Tab');
    await problem(page, 1).getByLabel('完成情况').fill('已补齐全年学习笔记');
    await problem(page, 1).getByLabel('完成情况').press('Tab');
    expect((await stored(page)).problems?.[1]).toMatchObject({ status: 'done', doneOn: '2026-12-03' });

    // The flow page's overview, beside 下一步.
    await page.goto(siteUrl(flowPath('village')));
    const line = page.locator('[data-ledger-overview]');
    await expect.poll(() => line.isVisible()).toBe(true);
    expect(await line.textContent()).toBe('整改：2 个问题，已完成 1 个，逾期 1 个。整改台账');

    // The plan's 复制日程 adds the 整改, each with its 时限 and how it stands.
    await context.addInitScript(`
      Object.defineProperty(navigator, 'share', { value: undefined });
      window.__copied = [];
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text) => { window.__copied.push(text); } } });`);
    await page.evaluate(() =>
      localStorage.setItem(
        'zuzhi-shenghuohui:plan:v1:village',
        JSON.stringify({ study: { date: '2026-12-10', owner: '李委员' } }),
      ),
    );
    await page.reload();
    await page.getByRole('button', { name: '复制日程' }).click();
    await expect.poll(() => page.evaluate('window.__copied.length')).toBe(1);
    const [copied] = (await page.evaluate('window.__copied')) as string[];
    expect(copied!.split('\n').slice(-3)).toEqual([
      '整改：',
      '· 村务公开不及时、不规范（时限 2026年12月1日） — 未开始（逾期）',
      '· 学习记录不全（时限 2027年1月15日） — 已完成',
    ]);

    // The 公示稿: no status; the 整改落实情况: each one's status and 完成情况.
    await page.goto(siteUrl(formPath('village', 'rectification')));
    await page.locator('[data-form-fill]:not([hidden])').waitFor();
    const notice = (await page.locator('article.form').textContent()) ?? '';
    expect(notice).toContain('村务公开不及时、不规范');
    expect(notice).toContain('2026年12月1日');
    for (const word of ['整改状态', '完成情况', '逾期', '已完成']) expect(notice).not.toContain(word);
    await page.goto(siteUrl(formPath('village', 'rectification-report')));
    await page.locator('[data-form-fill]:not([hidden])').waitFor();
    const report = (await page.locator('article.form').textContent()) ?? '';
    expect(report).toContain('未开始（逾期）');
    expect(report).toContain('已完成（2026年12月3日）');
    expect(report).toContain('已补齐全年学习笔记');
    await page.goto(siteUrl(formPath('village', 'problem-list')));
    await page.locator('[data-form-fill]:not([hidden])').waitFor();
    expect(await page.locator('article.form tbody tr').allTextContents()).toEqual([
      '1村务公开不及时、不规范',
      '1张建国学习记录不全',
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('moves to a fresh profile by file only after she confirms, and carries what is not done into a new year', async () => {
    const { page, context } = await phone();
    await addOpinion(page, '群众', '村务公开不及时');
    await addProblem(page, '班子', '村务公开不及时、不规范');
    await addProblem(page, '班子', '会议记录不规范');
    await problem(page, 1).getByLabel('整改状态').selectOption('已完成');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载文件' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('村（社区）-整改台账-2026-12-06.json');
    const file = await download.path();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      format: 'zuzhi-shenghuohui/ledger',
      version: 1,
      flow: 'village',
    });

    const office = await phone();
    await office.page.locator('[data-transfer-file]').setInputFiles(file);
    const incoming = office.page.locator('[data-transfer-incoming]');
    await expect.poll(() => incoming.textContent()).toContain('问题 2 个（已完成整改 1 个）');
    expect(await office.page.evaluate((name) => localStorage.getItem(name), key)).toBeNull();
    await office.page.getByRole('button', { name: '导入到本机' }).click();
    await expect.poll(() => office.page.locator('.ledger-problems > li').count()).toBe(2);
    expect(await office.page.locator('.ledger-opinions > li').count()).toBe(1);

    // A new year: only what is not done, after she confirms.
    await office.page.getByLabel('新的年度').fill('2027');
    await office.page.getByRole('button', { name: '转入新一年' }).click();
    expect(await office.page.locator('[data-ledger-carry-confirm]').textContent()).toContain(
      '将把未完成的 1 个问题转入 2027 年度；意见建议和已完成的 1 个问题将从本机删除',
    );
    await office.page.getByRole('button', { name: '确定转入' }).click();
    expect(await stored(office.page)).toEqual({
      year: 2027,
      problems: [{ id: 1, group: '班子', text: '村务公开不及时、不规范' }],
    });
    expect(await office.page.locator('[data-ledger-counts]').textContent()).toContain('2027年度');
    await office.context.close();
    await context.close();
  });

  it('says what it cannot take, keeps an unreadable record aside, and clears only after 确定删除', async () => {
    const { page, context } = await phone();
    await addOpinion(page, '群众', '   ');
    expect(await page.locator('[data-ledger-add-opinion] .ledger-message').textContent()).toBe('请先填写内容。');
    // Bidi controls are taken out of what is stored and shown.
    await addProblem(page, '班子', '未完成\u202E的问题');
    expect(await problem(page, 0).locator('.ledger-problem-text').textContent()).toBe('未完成的问题');
    // A corrupted record: kept aside as it was, said, never silently replaced.
    await page.evaluate((name) => localStorage.setItem(name, '{"problems": [oops'), key);
    await page.reload();
    await page.locator('[data-ledger-counts]').waitFor();
    expect(await page.locator('[data-ledger-status]').textContent()).toContain('已原样另存一份');
    expect(await page.evaluate((name) => localStorage.getItem(`${name}:unreadable:1`), key)).toBe('{"problems": [oops');
    await addProblem(page, '班子', '会议记录不规范');
    await page.getByRole('button', { name: '清除整改台账' }).click();
    await page.getByRole('button', { name: '取消' }).click();
    expect((await stored(page)).problems).toHaveLength(1);
    await page.getByRole('button', { name: '清除整改台账' }).click();
    await page.locator('[data-clear-confirm]').getByRole('button', { name: '确定删除' }).click();
    expect(await page.evaluate((name) => localStorage.getItem(name), key)).toBeNull();
    expect(await page.locator('.ledger-problems > li').textContent()).toBe('还没有问题。');
    await context.close();
  });

  it('a problem’s group chosen before the page’s script has started asks for the member’s name once it has', async () => {
    const context = await browser().newContext({ viewport: { width: 375, height: 812 }, serviceWorkers: 'block' });
    const { page, start } = await drawnBeforeScripts(context, ledgerPath('village'));
    await page.getByRole('radio', { name: '党员个人' }).check();
    await start();
    await page.getByLabel('党员姓名').fill('张建国');
    await page.getByLabel('问题', { exact: true }).fill('学习记录不全');
    await page.getByRole('button', { name: '加入问题清单' }).click();
    await expect
      .poll(async () => (await stored(page)).problems)
      .toEqual([{ id: 1, group: '党员个人', text: '学习记录不全', member: '张建国' }]);
    await context.close();
  });

  it('open in two windows: an opinion added in one shows in the other, whose next save keeps it', async () => {
    const { page, context } = await phone();
    const other = await context.newPage();
    await other.goto(siteUrl(ledgerPath('village')));
    await addOpinion(other, '党员', '学习形式单一');
    await expect.poll(() => page.locator('.ledger-opinions > li').count()).toBe(1);
    expect(await page.locator('[data-ledger-status]').textContent()).toBe(
      '这份记录刚在另一个窗口中改过，本页已随之更新。',
    );
    await addProblem(page, '班子', '村务公开不及时、不规范');
    expect((await stored(page)).opinions).toHaveLength(1);
    expect((await stored(page)).problems).toHaveLength(1);
    await context.close();
  });

  it('passes axe at 375 px with one item 逾期, and reads at 200 % text without sideways scroll', async () => {
    for (const fontSize of [16, 32]) {
      const { page, context, errors } = await phone({ fontSize });
      await addProblem(page, '党员个人', '学习记录不全', '张建国');
      await problem(page, 0).getByLabel('整改时限').fill('2026-12-01');
      await problem(page, 0).getByLabel('整改时限').press('Tab');
      await problem(page, 0).locator('.ledger-overdue').waitFor();
      // axe at the phone's own text size; at 200 %, what large text changes: the width.
      if (fontSize === 16) expect(await axeViolations(page)).toEqual([]);
      expect(
        await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'),
        `${fontSize}px`,
      ).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
