/** 字号: the reader's text size, kept on the device, applied before the page is drawn. */
import { describe, expect, it } from 'vitest';
import { comparePath, flowPath, homePath } from '../../src/site/urls.ts';
import { useBrowser, visit } from './browser.ts';

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
