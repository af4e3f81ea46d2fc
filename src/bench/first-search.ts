/**
 * The search page's first answer against its second, in a fresh profile: a query typed as soon as
 * the page has painted (before its script may have run), then another once it has answered. Each
 * time runs from the typing to the status that says what was found for it (both include the page's
 * wait after typing).
 */
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../diagrams/chromium.ts';
import { searchPagePath } from '../site/urls.ts';
import { staticServer } from './static-server.ts';

export interface SearchTimes {
  first: number;
  second: number;
}

export async function measureSearch(
  dir: string,
  executablePath: string,
  queries: [string, string],
): Promise<SearchTimes> {
  const server = await staticServer(dir);
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await page.goto(server.url + searchPagePath, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    const answer = async (query: string) => {
      // Watches the status from now: the moment it says what was found for this query.
      const said = page.evaluate(
        (typed) =>
          new Promise<number>((resolve) => {
            const status = document.querySelector<HTMLElement>('#search-status')!;
            const done = () => status.textContent!.includes(`“${typed}”`);
            new MutationObserver((_, observer) => {
              if (!done()) return;
              observer.disconnect();
              resolve(performance.now());
            }).observe(status, { childList: true, characterData: true, subtree: true });
          }),
        query,
      );
      const typed = await page.evaluate(() => performance.now());
      await page.getByLabel(/搜索词/).fill(query);
      return (await said) - typed;
    };
    const first = await answer(queries[0]);
    const second = await answer(queries[1]);
    await context.close();
    return { first, second };
  } finally {
    await browser.close();
    await server.close();
  }
}
