/**
 * A second engine: Firefox ESR (Debian's firefox-esr), driven over WebDriver BiDi by
 * puppeteer-core. Layout faults that Chromium hides (a flex form too wide) show up here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { flowSlugs } from '../../src/flows/vocabulary.ts';
import { flowPath, notFoundPath } from '../../src/site/urls.ts';
import { siteUrl } from './browser.ts';
import { frameLayout, layOutInFrame, pagesToCheck, tooWide } from './page-checks.ts';
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
    // Layout only, as in Chromium's page checks: no service worker saving the site and answering
    // the pages behind the measurements (offline.test.ts and nginx.test.ts test the worker).
    extraPrefsFirefox: { 'dom.serviceWorkers.enabled': false },
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
    await page.setViewport({ width: 1280, height: 900 });
    // A page of the site, so the frames it holds are same-origin.
    await page.goto(siteUrl(notFoundPath));
    expect(await page.evaluate(`'serviceWorker' in navigator`)).toBe(false);
    const wide: string[] = [];
    const firstSteps: Record<string, number> = {};
    let measuring = '';
    // A page that never starts its scripts stops the test at its timeout: say which one it was.
    onTestFailed(() => console.error(`Firefox was measuring ${measuring || 'no page yet'}`));
    for (const pagePath of pagesToCheck()) {
      measuring = pagePath;
      const layout = frameLayout(pagePath, await page.evaluate(layOutInFrame(pagePath)));
      wide.push(...tooWide(pagePath, layout));
      if (flowSlugs.some((slug) => flowPath(slug) === pagePath)) firstSteps[pagePath] = layout.step1!;
    }
    expect(wide).toEqual([]);
    expect(Object.keys(firstSteps)).toHaveLength(flowSlugs.length);
    for (const [pagePath, top] of Object.entries(firstSteps)) expect(top, pagePath).toBeLessThanOrEqual(1000);
    await page.close();
  }, 120_000);
});
