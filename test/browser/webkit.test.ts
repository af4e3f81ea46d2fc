/**
 * A third engine: WebKit, the engine of every browser on iOS (Debian's webkit2gtk-driver, its
 * MiniBrowser under Xvfb, over plain W3C WebDriver). MiniBrowser's window will not go below
 * about 447 px, so each page is measured in a same-origin frame (page-checks.ts).
 */
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flowSlugs } from '../../src/flows/vocabulary.ts';
import { flowPath, notFoundPath } from '../../src/site/urls.ts';
import { siteUrl } from './browser.ts';
import { frameLayout, layOutInFrame, pagesToCheck, tooWide } from './page-checks.ts';
import { freePort, startHelper, stopHelpers, stopHelpersOnExit } from './processes.ts';

const miniBrowser = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
let driverUrl = '';
let display: ChildProcess | undefined;
let session = '';

stopHelpersOnExit();

/** An X display of its own: Xvfb picks a free display number and writes it to fd 3. */
async function startDisplay(): Promise<string> {
  display = startHelper('Xvfb', ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const number = await new Promise<string>((resolve, reject) => {
    let text = '';
    display!.stdio[3]!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) resolve(text.trim());
    });
    display!.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it had a display`)));
  });
  return `:${number}`;
}

async function call(method: string, path: string, body?: unknown): Promise<{ value: unknown }> {
  const response = await fetch(driverUrl + path, {
    method,
    headers: { 'Content-Type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return (await response.json()) as { value: unknown };
}

/** The test's one limit, which the driver's script timeout follows: a failure, never a speed check. */
const testTimeout = 120_000;

beforeAll(async () => {
  const port = await freePort();
  driverUrl = `http://127.0.0.1:${port}`;
  startHelper('WebKitWebDriver', [`--port=${port}`], { env: { DISPLAY: await startDisplay() } });
  // Asked until it answers, however long a busy machine takes to start it (the hook's own timeout
  // is the only limit).
  for (;;) {
    try {
      await fetch(`${driverUrl}/status`);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const created = await call('POST', '/session', {
    capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] } } },
  });
  session = (created.value as { sessionId: string }).sessionId;
  // No limit of the driver's own on a page's measuring (30 s by default): the test's timeout is the only one.
  await call('POST', `/session/${session}/timeouts`, { script: testTimeout });
  // A page of the site, so the iframes below are same-origin.
  await call('POST', `/session/${session}/url`, { url: siteUrl(notFoundPath) });
}, 60_000);

afterAll(async () => {
  if (session) await call('DELETE', `/session/${session}`).catch(() => undefined);
  stopHelpers();
});

describe('WebKit at 375 px, and with large text', () => {
  it(
    "starts every page's scripts, shows no page wider than the screen (also at 150 % and 200 % text and 200 % zoom), and step 1 of every flow within 1,000 px",
    async () => {
      const wide: string[] = [];
      const firstSteps: Record<string, number> = {};
      for (const pagePath of pagesToCheck()) {
        const result = await call('POST', `/session/${session}/execute/async`, {
          script: `${layOutInFrame(pagePath)}.then(arguments[0]);`,
          args: [],
        });
        // Answered only once the page's scripts have started (see layOutInFrame).
        const layout = frameLayout(pagePath, result.value);
        wide.push(...tooWide(pagePath, layout));
        if (flowSlugs.some((slug) => flowPath(slug) === pagePath)) firstSteps[pagePath] = layout.step1!;
      }
      expect(wide).toEqual([]);
      expect(Object.keys(firstSteps)).toHaveLength(flowSlugs.length);
      for (const [pagePath, top] of Object.entries(firstSteps)) expect(top, pagePath).toBeLessThanOrEqual(1000);
    },
    testTimeout,
  );
});
