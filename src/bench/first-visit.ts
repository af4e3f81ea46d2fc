/**
 * What a first visit to one page costs a reader: every file the browser and then the service
 * worker ask for until the network falls quiet, in gzip bytes of the built files (what a server
 * that compresses sends; Word files and pictures are already compressed; nothing for a 304), and
 * the page's DOM size.
 */
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../diagrams/chromium.ts';
import { servedBytes } from '../offline/files.ts';
import { idleAt } from './figures.ts';
import { staticServer } from './static-server.ts';

/** How long the network must be quiet for the page to count as idle (ms). */
const quiet = 2000;

export interface FirstVisit {
  /** Each request in the order made, with what it cost. */
  requests: { path: string; bytes: number }[];
  bytes: number;
  /** Elements in the page at its load event. */
  domNodes: number;
  /** Elements once it is idle: its scripts have run and the network has been quiet for two seconds. */
  domNodesIdle: number;
}

export async function measureFirstVisit(dir: string, pagePath: string, executablePath: string): Promise<FirstVisit> {
  const requests: { path: string; bytes: number }[] = [];
  const requestTimes: number[] = [];
  const server = await staticServer(dir, (asked, notModified) => {
    requestTimes.push(Date.now());
    requests.push({ path: asked, bytes: notModified ? 0 : servedBytes(dir, asked) });
  });
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    const context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    const response = await page.goto(server.url + pagePath, { waitUntil: 'load' });
    // A figure for a page that is not there would be a figure of nothing.
    if (!response?.ok())
      throw new Error(
        `${pagePath} answered ${response?.status() ?? 'nothing'} from ${dir}: is it a built site (npm run build)?`,
      );
    const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    // The worker starts when the page is idle and fetches after that: wait for two quiet seconds.
    const started = Date.now();
    while (Date.now() < idleAt(requestTimes, started, quiet) + quiet && Date.now() - started < 60_000) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // Idle in the page too (its scripts wait for it), then counted.
    const domNodesIdle = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const count = () => resolve(document.getElementsByTagName('*').length);
          if ('requestIdleCallback' in window) requestIdleCallback(count, { timeout: 2000 });
          else setTimeout(count, 500);
        }),
    );
    await context.close();
    return { requests, bytes: requests.reduce((sum, request) => sum + request.bytes, 0), domNodes, domNodesIdle };
  } finally {
    await browser.close();
    await server.close();
  }
}
