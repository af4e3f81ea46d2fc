/** 字号: the reader's text size, kept on the device, applied before the page is drawn. */
import { describe, expect, it } from 'vitest';
import {
  branchPath,
  chartPath,
  comparePath,
  flowPath,
  formPath,
  handoutPath,
  homePath,
  kitPath,
  offlinePath,
  pairPath,
  rulesPath,
  searchPath,
  sourcePath,
} from '../../src/site/urls.ts';
import { browser, siteUrl, useBrowser, visit, waitingForScripts } from './browser.ts';

useBrowser();

/** The size when the document was parsed (before any module script ran), and the layout shift after. */
const measureFirstPaint = `
  window.__sizeAtParse = document.documentElement.getAttribute('data-text-size');
  window.__shift = 0;
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => (window.__shift += entry.value)))
    .observe({ type: 'layout-shift', buffered: true });
`;

describe('字号', () => {
  it('is kept across pages and reloads, applied before the first paint with no layout shift', async () => {
    const { page, consoleErrors } = await visit(flowPath('village'), {
      width: 375,
      setup: (tab) =>
        tab.addInitScript(`document.addEventListener('DOMContentLoaded', () => { ${measureFirstPaint} });`),
    });
    const rootSize = () => page.evaluate('parseFloat(getComputedStyle(document.documentElement).fontSize)');
    const standard = (await rootSize()) as number;
    const control = page.getByRole('group', { name: '字号' });
    expect(await control.getByRole('button', { name: '标准' }).getAttribute('aria-pressed')).toBe('true');
    await control.getByRole('button', { name: '特大' }).click();
    expect(await control.getByRole('button', { name: '特大' }).getAttribute('aria-pressed')).toBe('true');
    expect(await rootSize()).toBe(standard * 1.5);

    // Pages whose controls all show from the first paint (the flow page reveals its progress
    // controls once it knows this browser can keep them).
    for (const address of [comparePath, homePath]) {
      await page.goto(new URL(address, page.url()).href);
      expect(await page.evaluate('window.__sizeAtParse'), address).toBe('larger');
      expect(await rootSize(), address).toBe(standard * 1.5);
      expect(await page.evaluate('window.__shift'), address).toBe(0);
    }
    await page.reload();
    expect(await page.evaluate('window.__sizeAtParse')).toBe('larger');
    await page.getByRole('group', { name: '字号' }).getByRole('button', { name: '大', exact: true }).click();
    expect(await rootSize()).toBe(standard * 1.25);
    await page.getByRole('group', { name: '字号' }).getByRole('button', { name: '标准' }).click();
    await page.reload();
    expect(await rootSize()).toBe(standard);
    expect(consoleErrors).toEqual([]);
  });

  it('is not offered without JavaScript, and paper keeps its own sizes', async () => {
    const { page } = await visit(flowPath('village'), { javaScriptEnabled: false });
    expect(await page.locator('[data-text-size-control]').isVisible()).toBe(false);
    const withSize = await visit(flowPath('village'));
    const printed = async (size: string) => {
      await withSize.page.emulateMedia({ media: 'screen' });
      await withSize.page.getByRole('group', { name: '字号' }).getByRole('button', { name: size }).click();
      await withSize.page.emulateMedia({ media: 'print' });
      return withSize.page.evaluate('parseFloat(getComputedStyle(document.documentElement).fontSize)');
    };
    expect(await printed('特大')).toBe(await printed('标准'));
  });
});

describe('返回顶部', () => {
  it('ends every page with a way back to the top that lands on the page itself', async () => {
    const { page } = await visit(flowPath('village'), { width: 360 });
    await page.evaluate('scrollTo(0, document.body.scrollHeight)');
    await page.getByRole('link', { name: '↑ 返回顶部' }).click();
    await expect.poll(() => page.evaluate('scrollY')).toBeLessThan(400);
    expect(await page.evaluate('document.activeElement.id')).toBe('main');
  });
});

/** Median characters a line in each element's text, leaving out its last line (and its first, which a step shares with its number). */
const charactersPerLine = (selector: string) => `(() => {
  const counts = [];
  for (const element of document.querySelectorAll(${JSON.stringify(selector)})) {
    if (!element.checkVisibility()) continue;
    const lines = new Map();
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.length; i++) {
        if (/\\s/.test(node.data[i])) continue;
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (rect) lines.set(Math.round(rect.top), (lines.get(Math.round(rect.top)) ?? 0) + 1);
      }
    }
    counts.push(...[...lines.values()].slice(1, -1));
  }
  counts.sort((a, b) => a - b);
  return counts[Math.floor(counts.length / 2)] ?? null;
})()`;

describe('large text that reads in lines', () => {
  /** A 360 px phone whose system text is 200 % (the browser's default size doubled), with or without 特大. */
  async function phone(larger: boolean) {
    const context = await waitingForScripts(await browser().newContext({ viewport: { width: 360, height: 780 } }));
    if (larger) await context.addInitScript(`localStorage.setItem('zuzhi-shenghuohui:text-size', 'larger')`);
    // A branch on the device, so that the forms are filled in.
    await context.addInitScript(
      `localStorage.setItem('zuzhi-shenghuohui:branch:v1:village', '{"org":"某某村党支部"}')`,
    );
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    return { context, page };
  }
  const kinds = [
    homePath,
    flowPath('village'),
    chartPath('village'),
    kitPath('village'),
    formPath('village', 'review-attendees'),
    formPath('school', 'draft-plan'),
    branchPath('village'),
    comparePath,
    pairPath('village', 'nonpublic'),
    searchPath({ q: '谈心谈话' }),
    rulesPath,
    sourcePath,
    offlinePath,
    handoutPath('village'),
  ];
  /** The pages with a table whose columns of words must keep a few characters a line. */
  const tables = new Map([
    [sourcePath, '.table-scroll td'],
    [formPath('school', 'draft-plan'), '.form-table td'],
    [handoutPath('village'), '.checklist-table td'],
  ]);

  it.each([
    ['200 % system text', 9, false],
    ['200 % system text and 特大', 6, true],
  ] as const)(
    '%s at 360 px: steps and 依据 hold %i or more characters a line, 已完成 is a large target, the bar is one line clear of the step, the header’s links are never broken inside, a form’s filled fields go under their labels, tables keep four characters a column, and no page scrolls sideways',
    async (_name, least, larger) => {
      const { context, page } = await phone(larger);
      await page.goto(siteUrl(flowPath('village')));
      expect(await page.evaluate(charactersPerLine('.step-text'))).toBeGreaterThanOrEqual(least);
      expect(await page.evaluate(charactersPerLine('.basis-text p'))).toBeGreaterThanOrEqual(least);
      // The 已完成 box: 24 px or more, and 44 px with 特大.
      const box = await page.locator('.step-progress input[type="checkbox"]').first().boundingBox();
      expect(Math.min(box!.width, box!.height)).toBeGreaterThanOrEqual(larger ? 44 : 24);
      // After a jump to a step, the bar is one line and leaves the step's heading in view.
      await page.evaluate(`location.hash = '#heart-to-heart'`);
      await page.locator('[data-here] a').waitFor();
      const bar = (await page.locator('[data-here] a').boundingBox())!;
      const lineHeight = (await page.evaluate(
        `parseFloat(getComputedStyle(document.querySelector('[data-here] a')).lineHeight)`,
      )) as number;
      expect(bar.height).toBeLessThan(lineHeight * 1.6 + 8);
      const step = (await page.locator('#heart-to-heart').locator('xpath=..').boundingBox())!;
      expect(step.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
      // The header's links: each on one line of its own (they take more rows instead).
      const linkLines = (await page.evaluate(`[...document.querySelectorAll('.site-header nav a')]
        .filter((link) => link.checkVisibility())
        .map((link) => {
          const range = document.createRange();
          range.selectNodeContents(link);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        })`)) as number[];
      expect(linkLines.length).toBeGreaterThanOrEqual(3);
      expect(linkLines.every((lines) => lines === 1)).toBe(true);
      const wide: string[] = [];
      const narrow: string[] = [];
      for (const path of kinds) {
        await page.goto(siteUrl(path));
        const overflow = (await page.evaluate(
          'document.documentElement.scrollWidth - document.documentElement.clientWidth',
        )) as number;
        if (overflow > 0) wide.push(`${path}: ${overflow} px`);
        const table = tables.get(path);
        const perLine = table ? ((await page.evaluate(charactersPerLine(table))) as number) : null;
        if (table && !(perLine! >= 4)) narrow.push(`${path} ${table}: ${perLine} a line`);
        if (path === formPath('village', 'review-attendees')) {
          // 党组织名称, filled in, under its label and the width of the form.
          await page.locator('[data-form-fill]:not([hidden])').waitFor();
          const field = page.locator('article .handout-fields dd').first();
          expect(await field.textContent()).toBe('某某村党支部');
          const width = (await field.evaluate(
            (dd) => dd.getBoundingClientRect().width / dd.closest('article')!.clientWidth,
          )) as number;
          expect(width).toBeGreaterThan(0.8);
        }
      }
      expect(wide).toEqual([]);
      expect(narrow).toEqual([]);
      await context.close();
    },
  );

  it('at the standard size on a 360 px phone, the errata keep four characters or more a line', async () => {
    const { page } = await visit(sourcePath, { width: 360 });
    expect(await page.evaluate(charactersPerLine('.table-scroll td'))).toBeGreaterThanOrEqual(4);
  });

  it('every control is 24 px or more at the standard size', async () => {
    const { page } = await visit(flowPath('village'), { width: 375 });
    const box = await page.locator('.step-progress input[type="checkbox"]').first().boundingBox();
    expect(Math.min(box!.width, box!.height)).toBeGreaterThanOrEqual(24);
  });
});
