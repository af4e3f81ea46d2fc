/**
 * The checks every page of the built site gets (pages.test.ts and pairs.test.ts share them, so
 * the two halves run side by side): opened once, on a phone in the light scheme, where every
 * check runs (axe with every rule); then the same tab turns into a desktop in the dark scheme, and
 * the checks that the width or the scheme can change run again.
 */
import { expect, it } from 'vitest';
import { builtPages } from '../../src/publish/built-pages.ts';
import { flowSlugs } from '../../src/flows/vocabulary.ts';
import { loadFlows } from '../../src/flows/load.ts';
import { formsOf } from '../../src/kit/forms.ts';
import { branchPath, chartPath, formPath, kitPath, ledgerPath, reviewPath } from '../../src/site/urls.ts';
import { formMadeHerePath } from '../../src/offline/made-here.ts';
import { axeViolations, cspViolations, schemeAndWidthRules, visitToRead } from './browser.ts';

/** Each form's kind, by its page. */
const formKinds = new Map(
  loadFlows().flatMap((flow) => formsOf(flow).map((form) => [formPath(flow.slug, form.id), form.kind] as const)),
);

/**
 * The pages a browser checks one by one: every page, but the meeting kit's page, 本支部信息 and a
 * form of each kind once, in the first flow (in the source's order) that has it. Each is one
 * template laid over its flow's words; the words are checked flow by flow without a browser
 * (test/kit/), every form on paper (kit.test.ts), and the HTML of every page is validated
 * (html.test.ts).
 */
export function pagesToCheck(pages: readonly string[] = builtPages()): string[] {
  const seen = new Set<string>();
  const formOf = (page: string) => {
    for (const slug of flowSlugs) {
      if (page === kitPath(slug)) return '(the kit page)';
      if (page === branchPath(slug)) return '(the branch page)';
      if (page === reviewPath(slug)) return '(the review page)';
      // A flow's chart page: one template, every flow's chart checked on its flow page (flow-page.test.ts).
      if (page === chartPath(slug)) return '(a chart page)';
      if (page === ledgerPath(slug)) return '(the ledger page)';
      // The page that draws a form offline: one template, drawn forms checked in kit.test.ts.
      if (page === formMadeHerePath(slug)) return '(a form made here)';
    }
    return formKinds.get(page);
  };
  const firstFlowFirst = [...pages].sort(
    (a, b) =>
      flowSlugs.findIndex((slug) => a.includes(`/${slug}/`)) - flowSlugs.findIndex((slug) => b.includes(`/${slug}/`)),
  );
  const kept = new Set(
    firstFlowFirst.filter((page) => {
      const form = formOf(page);
      if (form === undefined) return true;
      if (seen.has(form)) return false;
      seen.add(form);
      return true;
    }),
  );
  return pages.filter((page) => kept.has(page));
}

const overflow = 'document.documentElement.scrollWidth - document.documentElement.clientWidth';
/** [viewport width, root font size]: 150 % and 200 % text on a 360 px phone; 200 % zoom. */
export const largeText = [
  [360, '150%'],
  [360, '200%'],
  [180, '100%'],
] as const;

/** What layOutInFrame() measures of a page, in pixels. */
export interface FrameLayout {
  /** How much wider than 375 px the page is. */
  overflow: number;
  /** The top of step 1's text on the page, where it has one. */
  step1: number | null;
  /** [width, root font size, how much wider than the width] for each of largeText. */
  large: [number, string, number][];
}

/**
 * A script for a page of the site, for engines whose window the tests cannot size freely
 * (Firefox and WebKit over WebDriver): a promise of `pagePath`'s FrameLayout, laid out in a
 * same-origin frame, which is a viewport of its own to CSS (media queries, vw units and the
 * root's scroll width answer to its size). 375×812 first, then each of largeText, all in one call:
 * resizing a window over WebDriver costs more than the pages themselves.
 *
 * Measured once the page's scripts have started after its first paint (src/site/early-script.ts),
 * as a reader sees it, and the page has been laid out and painted again (two frames on). Waited
 * for by what changes in the page, never by the clock: if the engine never starts them, the test
 * times out.
 */
export const layOutInFrame = (pagePath: string): string => `new Promise((resolve) => {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 375px; height: 812px; border: 0; display: block';
  frame.onload = () => {
    const doc = frame.contentDocument;
    // An error page of the browser's own is of no origin the site's frame can read.
    if (!doc) return resolve({ unreadable: true });
    const root = doc.documentElement;
    const overflow = () => root.scrollWidth - root.clientWidth;
    const started = () => !doc.querySelector('template[data-after-paint]');
    const measure = () =>
      requestAnimationFrame(() => requestAnimationFrame(() => {
        const step = doc.querySelector('li.step .step-text');
        const layout = {
          overflow: overflow(),
          step1: step ? step.getBoundingClientRect().top + frame.contentWindow.scrollY : null,
          large: [],
        };
        for (const [width, size] of ${JSON.stringify(largeText)}) {
          frame.style.width = width + 'px';
          frame.style.height = '800px';
          root.style.fontSize = size;
          layout.large.push([width, size, overflow()]);
        }
        resolve(layout);
      }));
    if (started()) return measure();
    const watcher = new MutationObserver(() => {
      if (!started()) return;
      watcher.disconnect();
      measure();
    });
    watcher.observe(doc, { childList: true, subtree: true });
  };
  frame.src = ${JSON.stringify(pagePath)};
  document.body.replaceChildren(frame);
})`;

/**
 * What layOutInFrame() answered for `pagePath`, or an error that says what came back instead (a
 * frame it could not read, or a driver's error of another shape).
 */
export function frameLayout(pagePath: string, answer: unknown): FrameLayout {
  if (typeof (answer as FrameLayout | undefined)?.overflow !== 'number')
    throw new Error(`${pagePath}: the frame answered ${JSON.stringify(answer)}`);
  return answer as FrameLayout;
}

/** Each way `layout` is wider than its screen, as a line naming the page, width and text size. */
export function tooWide(pagePath: string, layout: FrameLayout): string[] {
  return [
    ...(layout.overflow > 0 ? [`${pagePath}: ${layout.overflow} px too wide`] : []),
    ...layout.large
      .filter(([, , pixels]) => pixels > 0)
      .map(([width, size, pixels]) => `${pagePath} at ${width} px, text ${size}: ${pixels} px too wide`),
  ];
}

export function checkEveryPage(pages: readonly string[]): void {
  it.each(pages)(
    '%s on a 375 px phone, light, with large text, then on a 1280 px desktop, dark: in Chinese, one h1, a working skip link, no axe violations, fits the width',
    async (path) => {
      const { page, consoleErrors, offSiteRequests } = await visitToRead(path, { width: 375 });
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
      expect(await page.title()).not.toBe('');
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.evaluate(overflow)).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: '跳到正文' });
      await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => new URL(page.url()).hash).toBe('#main');

      // Large text, as older readers set it: the system's text at 150 % and 200 % on a 360 px
      // phone, and the page zoomed to 200 % (a 180 px wide viewport).
      for (const [width, size] of largeText) {
        await page.setViewportSize({ width, height: 800 });
        await page.evaluate(`document.documentElement.style.fontSize = '${size}'`);
        expect(await page.evaluate(overflow), `${width} px, text ${size}`).toBe(0);
      }
      await page.evaluate(`document.documentElement.style.fontSize = ''`);

      await page.setViewportSize({ width: 1280, height: 900 });
      await page.emulateMedia({ colorScheme: 'dark' });
      // Let the page's own answer to the new width run first (the flow page opens its chart on
      // wide screens when the media query changes), as it would before a reader looks.
      await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
      expect(await page.evaluate(overflow), 'desktop, dark').toBe(0);
      expect(await axeViolations(page, schemeAndWidthRules), 'desktop, dark').toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(offSiteRequests).toEqual([]);
    },
  );
}
