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

beforeAll(async () => {
  const port = await freePort();
  driverUrl = `http://127.0.0.1:${port}`;
  startHelper('WebKitWebDriver', [`--port=${port}`], { env: { DISPLAY: await startDisplay() } });
  for (let i = 0; i < 100; i++) {
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
  // Measured once the loaded page has been laid out and painted (two frames on).
  // Measured once the page's scripts have started after its first paint (src/site/early-script.ts),
  // as a reader sees it; \`started\` says whether WebKit started them at all (within 10 s).
  frame.onload = () => {
    const doc = frame.contentDocument;
    const waiting = Date.now();
    const measureWhenStarted = () => {
      const started = !doc.querySelector('template[data-after-paint]');
      if (!started && Date.now() - waiting < 10000) return setTimeout(measureWhenStarted, 20);
      requestAnimationFrame(() => requestAnimationFrame(() => {
        const step = doc.querySelector('li.step .step-text');
        done({
          started,
          overflow: doc.documentElement.scrollWidth - doc.documentElement.clientWidth,
          step1: step ? step.getBoundingClientRect().top + frame.contentWindow.scrollY : null,
        });
      }));
    };
    measureWhenStarted();
  };
  document.body.replaceChildren(frame);
`;

describe('WebKit at 375 px', () => {
  it("starts every page's scripts, shows no page wider than the screen, and step 1 of every flow within 1,000 px", async () => {
    const wide: string[] = [];
    const unstarted: string[] = [];
    const firstSteps: Record<string, number> = {};
    for (const pagePath of pagesToCheck()) {
      const result = await call('POST', `/session/${session}/execute/async`, { script: measure, args: [pagePath] });
      const { started, overflow, step1 } = result.value as { started: boolean; overflow: number; step1: number | null };
      if (!started) unstarted.push(pagePath);
      if (overflow > 0) wide.push(`${pagePath}: ${overflow} px too wide`);
      if (flowSlugs.some((slug) => flowPath(slug) === pagePath)) firstSteps[pagePath] = step1!;
    }
    expect(wide).toEqual([]);
    expect(unstarted, 'pages whose scripts never started').toEqual([]);
    expect(Object.keys(firstSteps)).toHaveLength(flowSlugs.length);
    for (const [pagePath, top] of Object.entries(firstSteps)) expect(top, pagePath).toBeLessThanOrEqual(1000);
  }, 120_000);
});
