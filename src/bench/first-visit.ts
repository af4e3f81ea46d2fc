/**
 * What a first visit to one page costs a reader: every file the browser and then the service
 * worker ask for until the network falls quiet, in gzip bytes of the built files (what a server
 * that compresses sends; Word files and pictures are already compressed; nothing for a 304), and
 * the page's DOM size.
 */
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../diagrams/chromium.ts';
import { servedBytes } from '../offline/files.ts';
import { staticServer } from './static-server.ts';

export interface FirstVisit {
  /** Each request in the order made, with what it cost. */
  requests: { path: string; bytes: number }[];
  bytes: number;
  /** Elements in the page once it has loaded. */
  domNodes: number;
}

export async function measureFirstVisit(dir: string, pagePath: string, executablePath: string): Promise<FirstVisit> {
  const requests: { path: string; bytes: number }[] = [];
  let lastRequest = Date.now();
  const server = await staticServer(dir, (asked, notModified) => {
    lastRequest = Date.now();
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
    while (Date.now() - lastRequest < 2000 && Date.now() - started < 60_000) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await context.close();
    return { requests, bytes: requests.reduce((sum, request) => sum + request.bytes, 0), domNodes };
  } finally {
    await browser.close();
    await server.close();
  }
}
