/**
 * The search page's first answer against its second, in a fresh profile (the median of five): a query typed as soon as
 * the page has painted (before its script may have run), then another once it has answered. Each
 * time runs from the query's input event to the status that says what was found for it (both
 * include the page's wait after typing).
 */
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../diagrams/chromium.ts';
import { searchPagePath } from '../site/urls.ts';
import { median } from './figures.ts';
import { staticServer } from './static-server.ts';

export interface SearchTimes {
  first: number;
  second: number;
}

export async function measureSearch(
  dir: string,
  executablePath: string,
  queries: [string, string],
  runs = 5,
): Promise<SearchTimes> {
  const server = await staticServer(dir);
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  const firsts: number[] = [];
  const seconds: number[] = [];
  try {
    // Each in a fresh profile; the median of a few, as a phone's timings vary from one load to the next.
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 375, height: 812 } });
      const page = await context.newPage();
      await page.goto(server.url + searchPagePath, { waitUntil: 'commit' });
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
      const answer = async (query: string) => {
        // From the moment the box holds the query (its input event: Playwright's fill() first waits
        // for the page to let it act, which is no part of the page's answer) to the status that
        // says what was found for it.
        const said = page.evaluate(
          (typed) =>
            new Promise<number>((resolve) => {
              const box = document.querySelector<HTMLInputElement>('#search-q')!;
              const status = document.querySelector<HTMLElement>('#search-status')!;
              let inputAt = NaN;
              box.addEventListener('input', () => (inputAt = performance.now()), { once: true, capture: true });
              const done = () => status.textContent!.includes(`“${typed}”`);
              new MutationObserver((_, observer) => {
                if (!done()) return;
                observer.disconnect();
                resolve(performance.now() - inputAt);
              }).observe(status, { childList: true, characterData: true, subtree: true });
            }),
          query,
        );
        await page.getByLabel(/搜索词/).fill(query);
        return said;
      };
      firsts.push(await answer(queries[0]));
      seconds.push(await answer(queries[1]));
      await context.close();
    }
    return { first: median(firsts), second: median(seconds) };
  } finally {
    await browser.close();
    await server.close();
  }
}
