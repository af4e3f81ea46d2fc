/**
 * A plan on the phone (src/scripts/plan-controls.ts): a date and a person for each step, kept on
 * the device and offline, 下一步 and 逾期 on a fixed clock, the schedule copied for a group chat,
 * a link that carries the plan, and the handout printed from the same browser.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadFlows } from '../../src/flows/load.ts';
import { stepsOf } from '../../src/flows/model.ts';
import { branchPath, flowPath, formPath, handoutPath, homePath, kitPath } from '../../src/site/urls.ts';
import { axeViolations, browser, reachStep, siteUrl, useBrowser, visit, waitingForScripts } from './browser.ts';

const village = loadFlows().find((flow) => flow.slug === 'village')!;
const planKey = 'zuzhi-shenghuohui:plan:v1:village';
const progressKey = 'zuzhi-shenghuohui:progress:v1:village';
/** 3 December 2026, 10 a.m. in Beijing: 1 December is past, 8 December ahead. */
const now = new Date('2026-12-03T10:00:00+08:00');

useBrowser();

/** A phone of its own: a fresh profile on a fixed clock, where service workers may run. */
async function phone(
  options: { init?: string; clock?: Date; timezoneId?: string } = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await waitingForScripts(
    await browser().newContext({
      serviceWorkers: 'allow',
      viewport: { width: 375, height: 812 },
      timezoneId: options.timezoneId ?? 'Asia/Shanghai',
    }),
  );
  await context.clock.setFixedTime(options.clock ?? now);
  if (options.init) await context.addInitScript(options.init);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('requestfailed', (request) => errors.push(`failed to load: ${request.url()}`));
  return { context, page, errors };
}

/** Puts a plan (and ticks) in the page's storage before its scripts read it. */
const stored = (plan: object, progress: object = {}) => `
  if (!sessionStorage.getItem('seeded')) {
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem(${JSON.stringify(planKey)}, ${JSON.stringify(JSON.stringify(plan))});
    localStorage.setItem(${JSON.stringify(progressKey)}, ${JSON.stringify(JSON.stringify(progress))});
  }`;
const halfPlanned = {
  study: { date: '2026-12-01', owner: '李委员' },
  'solicit-opinions': { date: '2026-12-08', owner: '王委员' },
};
const withoutShareSheet = `
  Object.defineProperty(navigator, 'share', { value: undefined });
  window.__copied = [];
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text) => { window.__copied.push(text); } } });`;

/**
 * Waits for the plan's script, which the page loads a moment after its own where a plan or a tick
 * is stored or the address carries a plan (src/scripts/progress.ts): it fills the overview's panel.
 */
const planLoaded = (page: Page) =>
  page.waitForFunction(() => (document.querySelector('[data-plan-overview]')?.childElementCount ?? 0) > 0);

const step = (page: Page, n: number) => page.locator('li.step').nth(n - 1);
const overview = (page: Page) => page.locator('[data-plan-overview]');

/** Plans a step as a reader does: scrolled to, 安排, then its fields (which come with the plan's script). */
async function planStep(page: Page, n: number, date: string, owner: string): Promise<void> {
  await reachStep(page, n);
  await step(page, n).locator('.step-plan > summary').click();
  await page.getByLabel(`计划日期：第${n}步`).fill(date);
  await page.getByLabel(`负责人：第${n}步`).fill(owner);
  await planLoaded(page);
}

describe('a date and a person for each step', () => {
  it('kept over a reload and offline; 下一步 and 逾期 follow the clock and the ticks; the handout prints it', async () => {
    const { context, page, errors } = await phone();
    await page.goto(siteUrl(flowPath('village')));
    // A first visit reads the steps: nothing planned, nothing ticked, no plan summary.
    expect(await overview(page).isVisible()).toBe(false);
    expect(await step(page, 2).locator('.step-plan > summary').textContent()).toContain('安排：计划日期和负责人');

    await planStep(page, 2, '2026-12-01', '李委员');
    await planStep(page, 3, '2026-12-08', '王委员');
    expect(await overview(page).isVisible()).toBe(true);
    const next = overview(page).locator('[data-next-step]');
    expect(await next.innerText()).toBe('下一步：第1步 摸底动员');
    // Step 2 was planned for 1 December: overdue, said in words on the step and counted at the top.
    expect(await step(page, 2).locator('[data-overdue-mark]').isVisible()).toBe(true);
    expect(await step(page, 3).locator('[data-overdue-mark]').isVisible()).toBe(false);
    expect(await overview(page).locator('[data-overdue-list]').innerText()).toBe(
      '逾期 1 步（计划日期已过，尚未勾选完成）：第2步 组织学习',
    );

    await page.getByRole('checkbox', { name: '已完成：第1步' }).check();
    expect(await next.innerText()).toBe('下一步：第2步 组织学习（计划 12月1日，负责人 李委员）逾期');
    await next.getByRole('link').click();
    expect(new URL(page.url()).hash).toBe('#study');
    await page.getByRole('checkbox', { name: '已完成：第2步' }).check();
    expect(await next.innerText()).toBe('下一步：第3步 征求意见（计划 12月8日，负责人 王委员）');
    expect(await overview(page).locator('[data-overdue-list]').isVisible()).toBe(false);

    await page.reload();
    await planLoaded(page);
    expect(await page.getByLabel('计划日期：第3步').inputValue()).toBe('2026-12-08');
    expect(await page.getByLabel('负责人：第3步').inputValue()).toBe('王委员');
    expect(await step(page, 3).locator('.step-plan > summary').innerText()).toContain('计划：12月8日 · 王委员');

    // Offline: the page read is on the device (src/offline/), with the plan in its storage.
    await expect
      .poll(() => page.locator('[data-offline-summary]').textContent(), { timeout: 15_000 })
      .toContain('本页及其讲义');
    await context.setOffline(true);
    await page.reload();
    await planLoaded(page);
    expect(await page.getByLabel('负责人：第2步').inputValue()).toBe('李委员');
    expect(await next.innerText()).toContain('第3步 征求意见');

    await page.goto(siteUrl(handoutPath('village')));
    const cell = (id: string, column: string) => page.locator(`tr[data-step="${id}"] .${column} .plan-line`);
    expect(await cell('study', 'col-notes').allInnerTexts()).toEqual(['计划 12月1日', '负责人 李委员']);
    expect(await cell('solicit-opinions', 'col-notes').allInnerTexts()).toEqual(['计划 12月8日', '负责人 王委员']);
    expect(await page.locator('tr.is-done').count()).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('compares dates as dates in China, whatever the phone’s time zone', async () => {
    // 00:30 on 2 December in Beijing is still 1 December in Los Angeles: a step planned for
    // 1 December is overdue all the same.
    const { context, page } = await phone({
      init: stored({ study: { date: '2026-12-01', owner: '' } }),
      clock: new Date('2026-12-02T00:30:00+08:00'),
      timezoneId: 'America/Los_Angeles',
    });
    await page.goto(siteUrl(flowPath('village')));
    await planLoaded(page);
    expect(await page.evaluate('new Date().getDate()')).toBe(1);
    expect(await step(page, 2).locator('[data-overdue-mark]').isVisible()).toBe(true);
    await context.clock.setFixedTime(new Date('2026-12-01T23:30:00+08:00'));
    await page.reload();
    await planLoaded(page);
    expect(await step(page, 2).locator('[data-overdue-mark]').isVisible()).toBe(false);
    await context.close();
  });

  it('reads corrupt, foreign or oversized storage as no plan, with no error', async () => {
    for (const value of ['{not json', JSON.stringify([1, 2]), JSON.stringify({ x: 'y'.repeat(40_000) })]) {
      const { context, page, errors } = await phone({
        init: `if (!sessionStorage.getItem('seeded')) {
          sessionStorage.setItem('seeded', '1');
          localStorage.setItem(${JSON.stringify(planKey)}, ${JSON.stringify(value)});
        }`,
      });
      await page.goto(siteUrl(flowPath('village')));
      expect(await overview(page).isVisible(), value.slice(0, 20)).toBe(false);
      // Nothing stored that can be read: the plan's script waits for 安排, whose fields are empty.
      expect(await page.locator('input[data-plan-owner]').count()).toBe(0);
      await step(page, 1).locator('.step-plan > summary').click();
      expect(await page.getByLabel('负责人：第1步').inputValue()).toBe('');
      expect(await page.locator('li.step .step-text').count()).toBe(village.stepCount);
      expect(errors).toEqual([]);
      await context.close();
    }
    // Partly good: the good part is kept, the rest left out.
    const { context, page } = await phone({
      init: stored({ study: { date: '2026-02-30', owner: '李委员\n' }, nope: { date: '2026-12-01', owner: 'x' } }),
    });
    await page.goto(siteUrl(flowPath('village')));
    await planLoaded(page);
    expect(await page.getByLabel('计划日期：第2步').inputValue()).toBe('');
    expect(await page.getByLabel('负责人：第2步').inputValue()).toBe('李委员');
    await context.close();
  });
});

describe('the plan on paper', () => {
  it('the 工作方案 scaffold printed from the same browser shows each planned step’s date and person', async () => {
    const { context, page, errors } = await phone({ init: stored(halfPlanned) });
    await page.goto(siteUrl(formPath('village', 'draft-plan')));
    await page.locator('[data-form-fill]:not([hidden])').waitFor();
    const cells = (id: string) => page.locator(`article.form tr[data-step="${id}"] td`).allInnerTexts();
    // On paper the year is always written.
    expect((await cells('study')).slice(2)).toEqual(['2026年12月1日', '李委员']);
    expect((await cells('solicit-opinions')).slice(2)).toEqual(['2026年12月8日', '王委员']);
    expect((await cells('heart-to-heart')).slice(2)).toEqual(['', '']);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('passing the plan on', () => {
  it('复制日程 copies the flow’s name and a line per planned step, 复制全部步骤 every step; a refused clipboard shows the text to copy by hand', async () => {
    const { context, page } = await phone({
      init: stored(halfPlanned, { 'mobilize-members': { done: true, date: '2026-11-28' } }) + withoutShareSheet,
    });
    await page.goto(siteUrl(flowPath('village')));
    await planLoaded(page);
    await page.getByRole('button', { name: '复制日程' }).click();
    await expect.poll(() => page.locator('[data-plan-status]').textContent()).toContain('已复制日程');
    const [copied] = (await page.evaluate('window.__copied')) as string[];
    expect(copied!.split('\n')).toEqual([
      '村（社区）党组织召开专题组织生活会和民主评议党员工作指导流程',
      '第1步 摸底动员 — 日期未定 — 负责人未定 — 已完成',
      '第2步 组织学习 — 12月1日 — 李委员 — 未完成（逾期）',
      '第3步 征求意见 — 12月8日 — 王委员 — 未完成',
    ]);
    await page.getByRole('button', { name: '复制全部步骤' }).click();
    await expect.poll(() => page.evaluate('window.__copied.length')).toBe(2);
    const all = ((await page.evaluate('window.__copied')) as string[])[1]!.split('\n');
    const rest = stepsOf(village)
      .slice(3)
      .map(({ step }) => `第${step.number}步 ${step.label} — 日期未定 — 负责人未定 — 未完成`);
    expect(all).toEqual([...copied!.split('\n'), ...rest]);
    expect(rest).toHaveLength(village.stepCount - 3);
    await context.close();

    const refused = await phone({
      init:
        stored(halfPlanned) +
        `Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => { throw new DOMException('no', 'NotAllowedError'); } } });`,
    });
    await refused.page.goto(siteUrl(flowPath('village')));
    await planLoaded(refused.page);
    await refused.page.getByRole('button', { name: '复制日程' }).click();
    const field = refused.page.locator('[data-plan-status] textarea');
    await expect.poll(() => field.inputValue()).toContain('第2步 组织学习 — 12月1日 — 李委员 — 未完成（逾期）');
    expect(await field.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart)).toBe(
      (await field.inputValue()).length,
    );
    await refused.context.close();
  });

  it('a week after a change not yet sent by 分享计划, the overview reminds her to keep a copy; the link takes it down', async () => {
    const since = new Date(now.getTime() - 8 * 24 * 3600_000);
    const marks = JSON.stringify({ [planKey]: { since: since.toISOString() } });
    const { context, page, errors } = await phone({
      init:
        stored(halfPlanned) +
        withoutShareSheet +
        `if (!localStorage.getItem('zuzhi-shenghuohui:exports:v1')) localStorage.setItem('zuzhi-shenghuohui:exports:v1', ${JSON.stringify(marks)});`,
    });
    await page.goto(siteUrl(flowPath('village')));
    await planLoaded(page);
    const due = page.locator('[data-plan-export-due]');
    const [year, month, day] = new Date(since.getTime() + 8 * 3600_000)
      .toISOString()
      .slice(0, 10)
      .split('-')
      .map(Number);
    expect(await due.textContent()).toBe(
      `${year}年${month}月${day}日以来的计划修改还没有用“分享计划”生成链接。浏览器可能删除本机保存的信息：请点“分享计划”，把链接发给自己保存。`,
    );
    await page.getByRole('button', { name: '分享计划' }).click();
    await expect.poll(() => due.isHidden()).toBe(true);
    // A change made now is not due for a week.
    await planStep(page, 5, '2026-12-20', '张三');
    await page.reload();
    await planLoaded(page);
    expect(await page.locator('[data-plan-export-due]').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('分享计划 makes a link another phone reads read-only and imports only after a confirmation of what it replaces; a cut link says so', async () => {
    const sender = await phone({
      init:
        stored(halfPlanned) +
        withoutShareSheet +
        `localStorage.setItem('zuzhi-shenghuohui:branch:v1:village', JSON.stringify({ org: '某某村党支部' }));`,
    });
    await sender.page.goto(siteUrl(flowPath('village')));
    await planLoaded(sender.page);
    await sender.page.getByRole('button', { name: '分享计划' }).click();
    await expect.poll(() => sender.page.locator('[data-plan-status]').textContent()).toContain('已复制计划链接');
    const [link] = (await sender.page.evaluate('window.__copied')) as string[];
    expect(link).toMatch(/\/flows\/village\/#plan=1\.[\w-]+$/);
    await sender.context.close();

    // Another phone, which planned one step of its own.
    const receiver = await phone({ init: stored({ briefing: { date: '2026-12-20', owner: '赵委员' } }) });
    const { page, errors } = receiver;
    await page.goto(link!);
    await planLoaded(page);
    const panel = page.locator('.shared-plan');
    expect(await panel.getByRole('heading').innerText()).toBe('收到的计划（只读）');
    expect(await panel.locator('[data-shared-from]').textContent()).toBe('来自：某某村党支部');
    // One number per step, the step's, and 逾期 as the sender saw it on the day she sent it.
    expect(await panel.locator('li').allInnerTexts()).toEqual([
      '第2步 组织学习 — 12月1日 — 李委员 — 未完成（逾期）',
      '第3步 征求意见 — 12月8日 — 王委员 — 未完成',
    ]);
    expect(await panel.locator('ol').count()).toBe(0);
    expect(await panel.locator('[data-shared-as-of]').textContent()).toBe('完成和逾期情况截至发送日 2026年12月3日');
    const storedPlan = () => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), planKey);
    expect(await storedPlan()).toEqual({ briefing: { date: '2026-12-20', owner: '赵委员' } });
    expect(await axeViolations(page)).toEqual([]);

    const asked: string[] = [];
    page.once('dialog', (dialog) => (asked.push(dialog.message()), dialog.dismiss()));
    await panel.getByRole('button', { name: '导入到本机' }).click();
    expect(asked[0]).toContain('（1 步的日期和负责人）将被收到的计划（2 步）替换');
    expect(await storedPlan()).toEqual({ briefing: { date: '2026-12-20', owner: '赵委员' } });

    page.once('dialog', (dialog) => dialog.accept());
    await panel.getByRole('button', { name: '导入到本机' }).click();
    await expect.poll(() => panel.locator('[role="status"]').textContent()).toBe('已导入到本机。');
    expect(await storedPlan()).toEqual(halfPlanned);
    await reachStep(page, 3);
    expect(await page.getByLabel('负责人：第3步').inputValue()).toBe('王委员');
    await reachStep(page, 21);
    expect(await page.getByLabel('负责人：第21步').inputValue()).toBe('');
    expect(new URL(page.url()).hash).toBe('');

    for (const cut of [link!.slice(0, -8), link!.replace(/#plan=1\.(.{10}).*/, '#plan=1.$1')]) {
      await page.goto(cut);
      await page.reload();
      await planLoaded(page);
      expect(await panel.getByRole('heading').innerText()).toBe('计划链接打不开');
      expect(await panel.innerText()).toContain('这个计划链接不完整或已损坏');
      expect(await panel.getByRole('button', { name: '导入到本机' }).count()).toBe(0);
    }
    expect(await storedPlan()).toEqual(halfPlanned);
    expect(errors).toEqual([]);
    await receiver.context.close();

    // Where this browser keeps nothing, the plan can still be read, and nothing offers to import it.
    const noStorage = await phone({
      init: `Object.defineProperty(window, 'localStorage', {
        get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
      });`,
    });
    await noStorage.page.goto(link!);
    await planLoaded(noStorage.page);
    const readOnly = noStorage.page.locator('.shared-plan');
    expect(await readOnly.locator('li').count()).toBe(2);
    expect(await readOnly.getByRole('button', { name: '导入到本机' }).count()).toBe(0);
    expect(noStorage.errors).toEqual([]);
    await noStorage.context.close();
  });
});

describe('each step’s controls', () => {
  it('come as the step nears the screen, in the room kept for them: nothing moves, at any text size', async () => {
    const { context, page, errors } = await phone({ init: stored({ study: { date: '2026-12-01', owner: '李委员' } }) });
    for (const textSize of ['', 'larger']) {
      // 特大, as chosen on the page before (src/scripts/text-size.ts keeps it).
      if (textSize) await page.evaluate((size) => localStorage.setItem('zuzhi-shenghuohui:text-size', size), textSize);
      await page.goto(siteUrl(flowPath('village')));
      await planLoaded(page);
      const made = () => page.locator('li.step .step-progress').count();
      // A screen or two of steps: those further down have none yet.
      expect(await made(), textSize).toBeLessThan(village.stepCount / 2);
      expect(await step(page, village.stepCount).locator('.step-progress').count()).toBe(0);
      const lastTop = () =>
        step(page, village.stepCount).evaluate((item) => item.getBoundingClientRect().top + scrollY);
      const before = await lastTop();
      const atLoad = await made();
      // A jump to the end: the steps about it get theirs (those above it too), those between do not.
      await reachStep(page, village.stepCount - 1);
      expect(await made(), textSize).toBeGreaterThan(atLoad + 1);
      expect(await made(), textSize).toBeLessThan(village.stepCount);
      expect(await lastTop(), textSize).toBe(before);
      // The planned step's fields come with it, named for their step.
      await reachStep(page, 2);
      expect(await page.getByLabel('负责人：第2步').inputValue()).toBe('李委员');
      expect(await step(page, 2).locator('.step-plan > summary').innerText()).toContain('李委员');
      expect(await lastTop(), textSize).toBe(before);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the plan for everyone', () => {
  it('with the plan filled in at 375 px: no axe violations, every control at least 24 px, nothing wider than the screen', async () => {
    const { context, page } = await phone({
      init: stored(halfPlanned, { 'mobilize-members': { done: true, date: '2026-11-28' } }),
    });
    await page.goto(siteUrl(flowPath('village')));
    await planLoaded(page);
    // Every step's controls, as when she has scrolled to the end.
    for (let n = 1; n <= village.stepCount; n++) await reachStep(page, n);
    for (const n of [2, 3]) await step(page, n).locator('.step-plan > summary').click();
    expect(await axeViolations(page)).toEqual([]);
    const small = await page
      .locator('[data-plan-overview] a, [data-plan-overview] button, .step-plan summary, .step-plan input')
      .evaluateAll((controls) =>
        controls
          .map((control) => ({ control, box: control.getBoundingClientRect() }))
          .filter(({ box }) => box.width > 0 && (box.width < 24 || box.height < 24))
          .map(({ control, box }) => `${control.outerHTML.slice(0, 60)}: ${box.width}×${box.height}`),
      );
    expect(small).toEqual([]);
    expect(await page.locator('.step-plan summary').count()).toBe(village.stepCount);
    const overflow = 'document.documentElement.scrollWidth - document.documentElement.clientWidth';
    expect(await page.evaluate(overflow)).toBe(0);
    // Older eyes: 200 % text on a 360 px phone, the plan open.
    await page.setViewportSize({ width: 360, height: 800 });
    await page.evaluate(`document.documentElement.style.fontSize = '200%'`);
    expect(await page.evaluate(overflow), '200 % text').toBe(0);
    await page.evaluate(`document.documentElement.style.fontSize = ''`);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, ['color-contrast'])).toEqual([]);
    await context.close();
  });

  it('without JavaScript, the page has no plan controls and no plan summary', async () => {
    const { page } = await visit(flowPath('village'), { javaScriptEnabled: false, width: 375 });
    expect(await page.locator('.step-plan').count()).toBe(0);
    expect(await page.locator('[data-plan-overview]').isVisible()).toBe(false);
    expect(await page.locator('li.step .step-text').count()).toBe(village.stepCount);
  });
});

const squashed = (text: string | null) => (text ?? '').replace(/\s+/g, '');

describe('the home page remembers', () => {
  it('opens with the flow she worked on: its 下一步, how many steps are 逾期, and its papers; with nothing stored, the plain home', async () => {
    const { context, page, errors } = await phone({
      init: stored(halfPlanned, { 'mobilize-members': { done: true, date: '2026-11-28' } }),
    });
    await page.goto(siteUrl(homePath));
    const recent = page.locator('[data-home-recent]');
    await recent.locator('h2').waitFor();
    expect(await recent.locator('a').first().textContent()).toBe('村（社区）党组织');
    expect(squashed(await recent.locator('.home-next').textContent())).toBe('下一步：第2步组织学习逾期1步');
    expect(
      await recent.locator('.home-links a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    ).toEqual([kitPath('village'), flowPath('village'), branchPath('village')]);
    expect(errors).toEqual([]);
    await context.close();

    const empty = await phone();
    await empty.page.goto(siteUrl(homePath));
    expect(await empty.page.locator('[data-home-recent]').isHidden()).toBe(true);
    expect(await empty.page.locator('[data-home-recent] *').count()).toBe(0);
    await empty.context.close();
  });
});
