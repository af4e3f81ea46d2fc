/**
 * What a first visit to one page costs a reader: every file the browser and then the service
 * worker ask for until the network falls quiet, in gzip bytes of the built files (what a server
 * that compresses sends; Word files and pictures are already compressed), and the page's DOM size.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../diagrams/chromium.ts';
import { staticServer } from './static-server.ts';

export interface FirstVisit {
  /** Each request in the order made, with what it cost. */
  requests: { path: string; bytes: number }[];
  bytes: number;
  /** Elements in the page once it has loaded. */
  domNodes: number;
}

/** Already compressed: a server sends them as they are. */
const stored = /\.(docx|png|pagefind|pf_fragment|pf_index|pf_meta|pf_filter)$/;

export function transferSize(dir: string, urlPath: string): number {
  let file = path.join(dir, decodeURI(urlPath));
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!existsSync(file)) return 0;
  const bytes = readFileSync(file);
  return stored.test(file) ? bytes.length : gzipSync(bytes, { level: 9 }).length;
}

export async function measureFirstVisit(dir: string, pagePath: string, executablePath: string): Promise<FirstVisit> {
  const requests: { path: string; bytes: number }[] = [];
  let lastRequest = Date.now();
  const server = await staticServer(dir, (asked) => {
    lastRequest = Date.now();
    requests.push({ path: asked, bytes: transferSize(dir, asked) });
  });
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    const context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await page.goto(server.url + pagePath, { waitUntil: 'load' });
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
