/**
 * A third engine: WebKit, the engine of every browser on iOS (Debian's webkit2gtk-driver, its
 * MiniBrowser under Xvfb, over plain W3C WebDriver). MiniBrowser's window will not go below
 * about 447 px, so each page is measured in a 375 px wide same-origin iframe.
 */
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flowSlugs } from '../../src/flows/vocabulary.ts';
import { flowPath, notFoundPath } from '../../src/site/urls.ts';
import { siteUrl } from './browser.ts';
import { pagesToCheck } from './page-checks.ts';
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

/** Loads a page in a 375×812 iframe and measures it. */
const measure = `
  const done = arguments[1];
  const frame = document.createElement('iframe');
  frame.width = '375';
  frame.height = '812';
  frame.src = arguments[0];
  // Measured once the page's scripts have started after its first paint (src/site/early-script.ts),
  // as a reader sees it, and the page has been laid out and painted again (two frames on). Waited
  // for by what changes in the page, not by the clock: if WebKit never starts them, the test times out.
  frame.onload = () => {
    const doc = frame.contentDocument;
    const started = () => !doc.querySelector('template[data-after-paint]');
    const measureNow = () =>
      requestAnimationFrame(() => requestAnimationFrame(() => {
        const step = doc.querySelector('li.step .step-text');
        done({
          overflow: doc.documentElement.scrollWidth - doc.documentElement.clientWidth,
          step1: step ? step.getBoundingClientRect().top + frame.contentWindow.scrollY : null,
        });
      }));
    if (started()) return measureNow();
    const watcher = new MutationObserver(() => {
      if (!started()) return;
      watcher.disconnect();
      measureNow();
    });
    watcher.observe(doc, { childList: true, subtree: true });
  };
  document.body.replaceChildren(frame);
`;

describe('WebKit at 375 px', () => {
  it(
    "starts every page's scripts, shows no page wider than the screen, and step 1 of every flow within 1,000 px",
    async () => {
      const wide: string[] = [];
      const firstSteps: Record<string, number> = {};
      for (const pagePath of pagesToCheck()) {
        const result = await call('POST', `/session/${session}/execute/async`, { script: measure, args: [pagePath] });
        // Answered only once the page's scripts have started (see measure).
        const { overflow, step1 } = result.value as { overflow: number; step1: number | null };
        // The driver answers an error (a script that never finished, say) with a value of another shape.
        if (typeof overflow !== 'number')
          throw new Error(`${pagePath}: WebKit answered ${JSON.stringify(result.value)}`);
        if (overflow > 0) wide.push(`${pagePath}: ${overflow} px too wide`);
        if (flowSlugs.some((slug) => flowPath(slug) === pagePath)) firstSteps[pagePath] = step1!;
      }
      expect(wide).toEqual([]);
      expect(Object.keys(firstSteps)).toHaveLength(flowSlugs.length);
      for (const [pagePath, top] of Object.entries(firstSteps)) expect(top, pagePath).toBeLessThanOrEqual(1000);
    },
    testTimeout,
  );
});
