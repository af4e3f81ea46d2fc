/**
 * A second engine: Firefox ESR (Debian's firefox-esr), driven over WebDriver BiDi by
 * puppeteer-core. Layout faults that Chromium hides (a flex form too wide) show up here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flowSlugs } from '../../src/flows/vocabulary.ts';
import { flowPath } from '../../src/site/urls.ts';
import { siteUrl } from './browser.ts';
import { largeText, pagesToCheck } from './page-checks.ts';
import { helperEnv, stopHelpersOnExit } from './processes.ts';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const home = mkdtempSync(path.join(tmpdir(), 'firefox-home-'));
let browser: Browser;

stopHelpersOnExit();

beforeAll(async () => {
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    env: helperEnv({ HOME: home }),
  });
});
afterAll(async () => {
  await browser?.close();
  rmSync(home, { recursive: true, force: true });
});

describe('Firefox at 375 px, and with large text', () => {
  it('shows no page wider than the screen (also at 150 % and 200 % text and 200 % zoom), and step 1 of every flow within 1,000 px', async () => {
    const page = await browser.newPage();
    // Each width once per page, every text size at that width in one call: resizing is most of
    // what a page costs here.
    const widths = [...new Set(largeText.map(([width]) => width))];
    const measure = (sizes: string[]) => `(() => {
      const root = document.documentElement;
      const overflow = {};
      for (const size of ${JSON.stringify(sizes)}) {
        root.style.fontSize = size;
        overflow[size] = root.scrollWidth - root.clientWidth;
      }
      root.style.fontSize = '';
      return overflow;
    })()`;
    const wide: string[] = [];
    const firstSteps: Record<string, number> = {};
    for (const pagePath of pagesToCheck()) {
      await page.setViewport({ width: 375, height: 812 });
      await page.goto(siteUrl(pagePath));
      // Measured as a reader sees it once the page's scripts have started after the first paint
      // (src/site/early-script.ts): this also fails if Firefox never starts them.
      await page.waitForFunction(`!document.querySelector('template[data-after-paint]')`);
      const { overflow, step1 } = (await page.evaluate(`({
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        step1: document.querySelector('li.step .step-text')?.getBoundingClientRect().top + scrollY,
      })`)) as { overflow: number; step1: number | undefined };
      if (overflow > 0) wide.push(`${pagePath}: ${overflow} px too wide`);
      for (const width of widths) {
        await page.setViewport({ width, height: 800 });
        const sizes = largeText.filter(([at]) => at === width).map(([, size]) => size);
        const large = (await page.evaluate(measure(sizes))) as Record<string, number>;
        for (const [size, pixels] of Object.entries(large)) {
          if (pixels > 0) wide.push(`${pagePath} at ${width} px, text ${size}: ${pixels} px too wide`);
        }
      }
      if (flowSlugs.some((slug) => flowPath(slug) === pagePath)) firstSteps[pagePath] = step1!;
    }
    expect(wide).toEqual([]);
    expect(Object.keys(firstSteps)).toHaveLength(flowSlugs.length);
    for (const [pagePath, top] of Object.entries(firstSteps)) expect(top, pagePath).toBeLessThanOrEqual(1000);
    await page.close();
  }, 120_000);
});
