/**
 * 民主评议计票与评定 as a secretary uses it on her phone: ballots entered one by one give the same
 * count as the same counts entered from paper, 撤销上一张 puts the last one back, a reload keeps
 * them; what cannot be right is said and nothing is dropped; 11 of 30 正式党员 graded 优秀 brings
 * the reminder with the quoted guidance, 10 do not; 反馈本人 keeps its day; cleared only after she
 * confirms; the papers filled from it; axe at 375 px and 200 % text without sideways scroll.
 */
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Branch } from '../../src/branch/branch.ts';
import { loadRules } from '../../src/flows/load.ts';
import { gradingOf } from '../../src/review/grading.ts';
import { formPath, reviewPath } from '../../src/site/urls.ts';
import { commonWords } from '../../src/words/common.ts';
import {
  axeViolations,
  browser,
  builtFieldsNotOff,
  drawnBeforeScripts,
  siteUrl,
  useBrowser,
  waitingForScripts,
} from './browser.ts';
import { branchOfForty, fortyMembers } from '../branch/fixture.ts';

const grading = gradingOf(loadRules());
const [excellent, qualified, basic, failed] = grading.grades as [string, string, string, string];
const branchKey = 'zuzhi-shenghuohui:branch:v1:village';
const reviewKey = 'zuzhi-shenghuohui:review:v1:village';

useBrowser();

/** A phone of her own, holding this branch; every request's address and body recorded. */
async function phone(branch: Branch, options: { fontSize?: number; review?: object } = {}) {
  const context: BrowserContext = await waitingForScripts(
    await browser().newContext({ viewport: { width: 375, height: 812 }, serviceWorkers: 'block' }),
  );
  await context.addInitScript(
    ([branchName, branchValue, reviewName, reviewValue]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(branchName!, branchValue!);
      if (reviewValue) localStorage.setItem(reviewName!, reviewValue);
    },
    [branchKey, JSON.stringify(branch), reviewKey, options.review ? JSON.stringify(options.review) : ''],
  );
  const page = await context.newPage();
  if (options.fontSize) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: options.fontSize, fixed: options.fontSize } });
  }
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  context.on('request', (request) => requests.push(`${request.url()} ${request.postData() ?? ''}`));
  await page.goto(siteUrl(reviewPath('village')));
  await page.locator('[data-review-ratings] li').first().waitFor();
  return { context, page, errors, requests };
}

const stored = async (page: Page) =>
  JSON.parse((await page.evaluate((name) => localStorage.getItem(name), reviewKey)) ?? '{}') as Record<string, unknown>;

/** The count as the page's table shows it: each row's name and numbers. */
const tallyRows = (page: Page) =>
  page
    .locator('.review-tally tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent ?? '')));

async function typeCount(locator: ReturnType<Page['locator']>, value: string) {
  await locator.fill(value);
  await locator.press('Tab');
}

/** Five members, the last a 预备党员: small enough to enter 25 ballots by hand. */
const five = ['甲一', '乙二', '丙三', '丁四', '戊五'];
const smallBranch: Branch = {
  org: '某某村党支部',
  members: five.map((name, i) => (i === 4 ? { name, probationary: true } : { name })),
};
/** Ballot b gives member i grade (i + b) mod 4; every fifth ballot leaves 甲一 blank. */
const gradeOf = (i: number, b: number) => (b % 5 === 0 && i === 0 ? '' : grading.grades[(i + b) % 4]!);

describe('计票', () => {
  it('25 ballots one by one give the same count as the same counts; 撤销上一张 puts the last back; a reload keeps them', async () => {
    const byBallot = await phone(smallBranch);
    const page = byBallot.page;
    await typeCount(page.locator('input[name=issued]'), '25');
    await typeCount(page.locator('input[name=returned]'), '25');
    await page.getByLabel('逐张录入测评表').check();
    // Each ballot: a tap on each member's grade, then 记下这张 (taps made in the page: 125 of them).
    await page.evaluate(
      (ballots) => {
        for (const ballot of ballots) {
          ballot.forEach((grade, i) =>
            document.querySelector<HTMLInputElement>(`input[name="ballot-${i}"][value="${grade}"]`)!.click(),
          );
          [...document.querySelectorAll('button')].find((button) => button.textContent === '记下这张')!.click();
        }
      },
      Array.from({ length: 25 }, (_, b) => Array.from({ length: 4 }, (_, i) => gradeOf(i, b))),
    );
    expect(await page.locator('.review-ballot-now').textContent()).toBe('正在录入第 26 张（收回 25 张）');
    const counted = await tallyRows(page);
    expect(counted[0]).toEqual(['甲一', '5', '5', '5', '5', '20']);
    expect(counted[1]).toEqual(['乙二', '6', '7', '6', '6', '25']);
    expect(counted[4]).toEqual(['戊五', grading.notGraded]);
    expect(await page.locator('[data-review-problems]').textContent()).toBe('票数没有发现矛盾。');

    // 撤销上一张: the 25th ballot's choices come back, to correct.
    await page.getByRole('button', { name: '撤销上一张' }).click();
    expect(await page.locator('.review-ballot-now').textContent()).toBe('正在录入第 25 张（收回 25 张）');
    for (let i = 0; i < 4; i++)
      expect(await page.locator(`input[name="ballot-${i}"]:checked`).getAttribute('value')).toBe(gradeOf(i, 24));
    await page.getByRole('button', { name: '记下这张' }).click();
    expect(await tallyRows(page)).toEqual(counted);
    await page.reload();
    await page.locator('.review-tally').waitFor();
    expect(await tallyRows(page)).toEqual(counted);
    expect((await stored(page)).ballots).toHaveLength(25);

    // The same counts, entered from a paper tally on another phone.
    const byCounts = await phone(smallBranch);
    const other = byCounts.page;
    for (let i = 0; i < 4; i++) {
      const boxes = other.locator('.review-members li').nth(i).locator('input');
      for (let g = 0; g < 4; g++) {
        const n = Array.from({ length: 25 }, (_, b) => gradeOf(i, b)).filter(
          (grade) => grade === grading.grades[g],
        ).length;
        await typeCount(boxes.nth(g), String(n));
      }
    }
    expect(await tallyRows(other)).toEqual(counted);
    expect(await other.locator('.review-members li').nth(4).textContent()).toContain(grading.notGraded);
    expect([...byBallot.errors, ...byCounts.errors]).toEqual([]);
    await byBallot.context.close();
    await byCounts.context.close();
  }, 120_000);

  it('says what cannot be right, in words, and keeps every vote until she decides', async () => {
    const { page, context } = await phone(smallBranch, {
      review: { counts: { 甲一: { [excellent]: 15, [qualified]: 10 }, 戊五: { [basic]: 1 }, 己六: { [failed]: 2 } } },
    });
    await typeCount(page.locator('input[name=issued]'), '20');
    await typeCount(page.locator('input[name=returned]'), '21');
    const problems = page.locator('[data-review-problems]');
    const said = await problems.textContent();
    expect(said).toContain('收回票数（21）多于发出票数（20）。');
    expect(said).toContain('甲一共 25 票，多于收回票数（21）。');
    expect(said).toContain('戊五是预备党员，不评定等次，但记有票数或等次。');
    expect(said).toContain('己六不在现在的党员名单中');
    // Not a number: said, marked, and nothing stored.
    const box = page.locator('.review-members li').first().locator('input').first();
    await typeCount(box, 'abc');
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.review-members li').first().textContent()).toContain('“abc”不是票数');
    await typeCount(page.locator('input[name=returned]'), '-3');
    expect(await page.locator('[data-review-ballots-message]').textContent()).toContain('“-3”不是票数');
    expect((await stored(page)).counts).toMatchObject({ 甲一: { [excellent]: 15 }, 己六: { [failed]: 2 } });
    expect((await stored(page)).returned).toBe(21);
    // The votes of one no longer listed go only when she says so.
    await page.getByRole('button', { name: '删除这些人的记录' }).click();
    expect(JSON.stringify(await stored(page))).not.toContain('己六');
    expect(await problems.textContent()).not.toContain('己六');
    await context.close();
  });

  it('the ballots given out and the way of counting chosen before the page’s script has started are saved', async () => {
    const context = await browser().newContext({ viewport: { width: 375, height: 812 }, serviceWorkers: 'block' });
    await context.addInitScript(
      ([name, value]) => localStorage.getItem(name!) ?? localStorage.setItem(name!, value!),
      [branchKey, JSON.stringify(smallBranch)],
    );
    const { page, start } = await drawnBeforeScripts(context, reviewPath('village'));
    await page.locator('input[name=issued]').fill('5');
    await page.getByLabel('逐张录入测评表').check();
    await start();
    await expect.poll(async () => (await stored(page)).issued).toBe(5);
    expect((await stored(page)).method).toBe('ballots');
    expect(await page.locator('input[name=issued]').inputValue()).toBe('5');
    expect(await page.getByLabel('逐张录入测评表').isChecked()).toBe(true);
    await context.close();
  });

  it('open in two windows: a count saved in one is followed by the other, whose next save keeps it', async () => {
    const { page, context } = await phone(smallBranch);
    const other = await context.newPage();
    await other.goto(siteUrl(reviewPath('village')));
    await typeCount(other.locator('input[name=issued]'), '5');
    await typeCount(other.locator('.review-members li').first().locator('input').first(), '3');
    await expect.poll(() => page.locator('input[name=issued]').inputValue()).toBe('5');
    expect(await page.locator('.review-members li').first().locator('input').first().inputValue()).toBe('3');
    await typeCount(page.locator('input[name=returned]'), '4');
    expect(await stored(page)).toEqual({ issued: 5, returned: 4, counts: { 甲一: { [excellent]: 3 } } });
    await context.close();
  });

  it('no field whose change is saved is put back by the browser on a return to the page (autocomplete off)', async () => {
    // A radio cannot carry it (HTML); the one here chooses how the count is entered, not what it holds.
    expect(await builtFieldsNotOff(reviewPath('village'), '[data-review-editor]', '[type=radio]')).toEqual({
      fields: 2,
      notOff: [],
    });
  });

  it('a count still being typed when she turns to another app is saved', async () => {
    const { page, context } = await phone(smallBranch);
    await page.locator('input[name=returned]').fill('4');
    // What the browser says when the page is no longer on screen.
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect((await stored(page)).returned).toBe(4);
    // A box she ticked, still in use when the page is hidden, is not ticked again (the day stays hers).
    const first = page.locator('[data-review-ratings] li').first();
    await first.getByLabel('已反馈本人').check();
    await first.getByLabel(`${five[0]}：反馈日期`).fill('2026-12-01');
    await first.getByLabel('已反馈本人').focus();
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    expect((await stored(page)).feedback).toEqual({ [five[0]!]: '2026-12-01' });
    await context.close();
  });
});

describe('评定', () => {
  /** 30 正式党员 and one 预备党员. */
  const thirty: Branch = {
    org: '某某村党支部',
    members: [...fortyMembers.slice(0, 30).map((name) => ({ name })), { name: fortyMembers[39]!, probationary: true }],
  };
  const reminder = (page: Page) => page.locator('[data-review-reminder]');

  it('reminds, quoting the guidance, when 11 of 30 are 优秀; not at 10; and decides nothing', async () => {
    const ratings = Object.fromEntries(
      fortyMembers.slice(0, 30).map((name, i) => [name, i < 10 ? excellent : qualified]),
    );
    const { page, context } = await phone(thirty, { review: { ratings } });
    expect(await page.locator('[data-review-top]').textContent()).toBe('正式党员 30 人，评定为“优秀”的 10 人。');
    expect(await reminder(page).isVisible()).toBe(false);
    const eleventh = page.locator('.review-ratings li').nth(10).locator('select');
    await eleventh.selectOption(excellent);
    expect(await page.locator('[data-review-top]').textContent()).toBe('正式党员 30 人，评定为“优秀”的 11 人。');
    expect(await reminder(page).isVisible()).toBe(true);
    const text = await reminder(page).textContent();
    expect(text).toContain('评定为“优秀”的比例一般不超过党员总数的1/3。');
    expect(text).toContain(`——${commonWords.basis.cite(grading.quotes.grades)}`);
    expect(text).toContain(grading.quotes.probationary.paragraphs[0]);
    expect(text).toContain(commonWords.basis.guidanceNote);
    // A reminder, not a refusal: the eleventh is kept.
    expect(Object.values((await stored(page)).ratings as object).filter((grade) => grade === excellent)).toHaveLength(
      11,
    );
    // The 预备党员 has no grade to choose.
    expect(await page.locator('.review-ratings li').last().locator('select').count()).toBe(0);
    expect(await page.locator('.review-ratings li').last().textContent()).toContain(grading.notGraded);
    // 反馈本人: ticked, with today's date, kept over a reload.
    await page.locator('.review-ratings li').first().getByLabel('已反馈本人').check();
    const day = page.getByLabel(`${fortyMembers[0]}：反馈日期`);
    expect(await day.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await day.fill('2026-12-23');
    await page.reload();
    await page.locator('.review-ratings li').first().waitFor();
    expect(await page.getByLabel(`${fortyMembers[0]}：反馈日期`).inputValue()).toBe('2026-12-23');
    expect(await reminder(page).isVisible()).toBe(true);
    await context.close();
  });

  it('fills the 民主评议党员结果 and the 汇总表 from the device', async () => {
    const ratings = Object.fromEntries(
      fortyMembers.slice(0, 37).map((name, i) => [name, i < 5 ? excellent : qualified]),
    );
    const { page, context, requests } = await phone(branchOfForty, {
      review: {
        issued: 40,
        returned: 38,
        counts: { [fortyMembers[0]!]: { [excellent]: 30, [qualified]: 8 } },
        ratings,
      },
    });
    await page.goto(siteUrl(formPath('village', 'rating-results')));
    await page.getByText('下载 Word（已填写）').waitFor();
    const results = (await page.locator('article.form').textContent()) ?? '';
    for (const part of ['正式党员：37人', '预备党员：3人', '优秀：5人', '合格：32人', '不合格：0人'])
      expect(results.replace(/\s+/g, '')).toContain(part);
    await page.goto(siteUrl(formPath('village', 'ballot-tally')));
    await page.getByText('下载 Word（已填写）').waitFor();
    const firstRow = await page.locator('article.form tbody tr').first().locator('td').allTextContents();
    expect(firstRow).toEqual(['1', fortyMembers[0], '30', '8', '0', '0']);
    expect((await page.locator('article.form').textContent())?.replace(/\s+/g, '')).toContain('收回票数：38张');
    // No name left the device.
    for (const name of [fortyMembers[0]!, fortyMembers[39]!])
      expect(
        requests.filter((request) => request.includes(name) || request.includes(encodeURIComponent(name))),
      ).toEqual([]);
    await context.close();
  });
});

describe('the ballot on paper', () => {
  it('prints as many copies as asked, two to an A4 page where two fit, at 10 pt or more', async () => {
    const { page, context } = await phone(smallBranch);
    // The number typed before the filled ballot is drawn (its data held back): the copies follow it.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route('**/kit/fill.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(siteUrl(formPath('village', 'ballot')));
    await page.getByLabel('打印份数').fill('4');
    release();
    await page.locator('article.form').getByText('甲一').first().waitFor();
    const file = path.join(tmpdir(), `ballot-${process.pid}.pdf`);
    writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    expect(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1])).toBe(2);
    const text = execFileSync('pdftotext', [file, '-']).toString('utf8');
    expect(text.match(/甲一/g)).toHaveLength(4);
    expect(text.match(/不评定等次/g)).toHaveLength(4);
    await page.emulateMedia({ media: 'print' });
    const smallest = await page.evaluate(() =>
      Math.min(
        ...[...document.querySelectorAll('main td, main th')].map(
          (cell) => parseFloat(getComputedStyle(cell).fontSize) * 0.75,
        ),
      ),
    );
    expect(Math.round(smallest * 10) / 10).toBeGreaterThanOrEqual(10);
    rmSync(file);
    await context.close();
  });
});

describe('the page', () => {
  it('clears only after 确定删除', async () => {
    const { page, context } = await phone(smallBranch, { review: { issued: 5, ratings: { 甲一: excellent } } });
    await page.getByRole('button', { name: '清除计票和评定记录' }).click();
    await page.getByRole('button', { name: '取消' }).click();
    expect((await stored(page)).issued).toBe(5);
    await page.getByRole('button', { name: '清除计票和评定记录' }).click();
    await page.getByRole('button', { name: '确定删除' }).click();
    expect(await page.evaluate((name) => localStorage.getItem(name), reviewKey)).toBeNull();
    expect(await page.locator('input[name=issued]').inputValue()).toBe('');
    expect(await page.locator('[data-review-status]').textContent()).toContain('已删除');
    await context.close();
  });

  it('passes axe at 375 px mid-count, and reads at 200 % text without sideways scroll', async () => {
    const review = { issued: 40, returned: 38, method: 'ballots', ballots: [{ [fortyMembers[0]!]: excellent }] };
    for (const fontSize of [16, 32]) {
      const { page, context, errors } = await phone(branchOfForty, { fontSize, review });
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
