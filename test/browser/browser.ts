/** Headless Chromium for the site tests: pages that record console errors and off-site requests. */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../src/diagrams/chromium.ts';
import { helperEnv, stopHelpersOnExit } from './processes.ts';
import { madeHereBy } from '../../src/offline/made-here.ts';
import { htmlFileOf } from '../../src/publish/built-pages.ts';

export function siteUrl(path: string): string {
  const base = inject('baseUrl');
  if (!base) throw new Error('dist/ is missing: build the site first (npm run build), or run npm test.');
  return base + path;
}

let shared: Browser | undefined;

/** The shared browser, for tests that open contexts of their own. */
export function browser(): Browser {
  if (!shared) throw new Error('browser() needs useBrowser() at the top of the test file.');
  return shared;
}

/**
 * Starts Chromium for this test file and closes it, and every page visit() opened, when the
 * file's tests are done. Call once at the top of a test file.
 */
export function useBrowser(): void {
  stopHelpersOnExit();
  beforeAll(async () => {
    shared = await launch();
  });
  afterEach(closeVisits);
  afterAll(async () => {
    await closeProfiles();
    await shared?.close();
    shared = undefined;
  });
}

/**
 * The browser the tests drive: CHROMIUM_PATH when set, else Chromium's headless shell (the same
 * engine without the desktop browser around it: the tests take half the time), else Chromium.
 */
export function testChromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return chromiumPath();
  return existsSync(headlessShell) ? headlessShell : chromiumPath();
}
const headlessShell = '/usr/bin/chromium-headless-shell';

async function launch(): Promise<Browser> {
  const executablePath = testChromiumPath();
  if (!executablePath) {
    throw new Error(
      'Chromium not found. Install it: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH).',
    );
  }
  return chromium.launch({ executablePath, args: chromiumArgs, env: helperEnv() });
}

/**
 * Pages start their scripts only once they are drawn (src/site/early-script.ts). This init script
 * notes each script that has run, so a test can wait for the page to be working (scriptsRan)
 * rather than for a length of time.
 */
const scriptProbe = `
  window.__scriptsDone = new Set();
  document.addEventListener('load', (event) => {
    if (event.target instanceof HTMLScriptElement) window.__scriptsDone.add(event.target);
  }, true);
  document.addEventListener('error', (event) => {
    if (event.target instanceof HTMLScriptElement) window.__scriptsDone.add(event.target);
  }, true);
`;

/**
 * Waits until the page has put its after-paint content in place and every script it loads has
 * run (in a profile made by waitingForScripts).
 */
export async function scriptsRan(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.querySelector('template[data-after-paint]') &&
      [...document.querySelectorAll<HTMLScriptElement>('script[src]')].every((script) =>
        (window as unknown as { __scriptsDone: Set<Element> }).__scriptsDone.has(script),
      ),
  );
}

/**
 * A page drawn with its scripts held back, as on a slow phone where she starts typing before they
 * have run; `start` lets them through and returns once they have run. For a profile not made by
 * waitingForScripts (whose goto waits for the scripts).
 */
export async function drawnBeforeScripts(
  context: BrowserContext,
  address: string,
): Promise<{ page: Page; start: () => Promise<void> }> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const scripts = '**/_astro/*.js';
  await context.addInitScript(scriptProbe);
  await context.route(scripts, async (route) => {
    await held;
    await route.continue();
  });
  const page = await context.newPage();
  await page.goto(siteUrl(address), { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  return {
    page,
    start: async () => {
      release();
      await scriptsRan(page);
      await context.unroute(scripts);
    },
  };
}

/**
 * The fields of a page's editor as built (no script run), other than `except`, and the names of
 * those a browser may put back on a return to the page: not autocomplete="off".
 */
export async function builtFieldsNotOff(
  address: string,
  editor: string,
  except = '',
): Promise<{ fields: number; notOff: string[] }> {
  const context = await browser().newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(siteUrl(address));
  const fields = page.locator(
    `${editor} :is(input, textarea, select):not([type=file], [type=hidden]${except ? `, ${except}` : ''})`,
  );
  const notOff = await fields.evaluateAll((all) =>
    all
      .filter((field) => field.getAttribute('autocomplete') !== 'off')
      .map((field) => field.getAttribute('name') ?? field.id),
  );
  const result = { fields: await fields.count(), notOff };
  await context.close();
  return result;
}

/**
 * Brings step n (1…N) of a flow page into view, as a reader scrolls to it, and waits for its
 * controls, which come as a step nears the screen (src/scripts/progress.ts).
 */
export async function reachStep(page: Page, n: number): Promise<void> {
  const step = page.locator('li.step').nth(n - 1);
  await step.scrollIntoViewIfNeeded();
  await step.locator('.step-progress').waitFor({ state: 'attached' });
}

/**
 * A profile whose pages' goto() and reload() return once the page's scripts have run, as a reader
 * sees a page a moment after it is drawn. Every profile a test opens with JavaScript goes through
 * here, but for one whose page is used before its scripts run (drawnBeforeScripts).
 */
export async function waitingForScripts(context: BrowserContext): Promise<BrowserContext> {
  await context.addInitScript(scriptProbe);
  context.on('page', waitForScriptsOnLoad);
  return context;
}

function waitForScriptsOnLoad(page: Page): void {
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (...args) => {
    const response = await goto(...args);
    await scriptsRan(page);
    return response;
  };
  page.reload = async (...args) => {
    const response = await reload(...args);
    await scriptsRan(page);
    return response;
  };
}

export interface Visit {
  page: Page;
  consoleErrors: string[];
  offSiteRequests: string[];
}

/**
 * One browser profile per test file (two: with and without JavaScript), each visit a new tab in
 * it that starts with empty storage. A new profile for every visit would start new renderer
 * processes each time, which is most of what a visit costs on a two-core machine.
 */
const profiles = new Map<boolean, Promise<BrowserContext>>();
const openPages = new Set<Page>();
/** The tab of visitToRead(), in the profile with JavaScript. */
let readingTab: Promise<Visit> | undefined;

function profile(javaScriptEnabled: boolean): Promise<BrowserContext> {
  let context = profiles.get(javaScriptEnabled);
  if (!context) {
    context = browser()
      .newContext({
        javaScriptEnabled,
        // No service worker precaching the site behind every check (offline.test.ts tests the
        // worker in profiles of its own).
        serviceWorkers: 'block',
      })
      .then((opened) => (javaScriptEnabled ? waitingForScripts(opened) : opened));
    profiles.set(javaScriptEnabled, context);
  }
  return context;
}

async function closeProfiles(): Promise<void> {
  const contexts = await Promise.all(profiles.values());
  profiles.clear();
  readingTab = undefined;
  await Promise.all(contexts.map((context) => context.close()));
}

/** Closes every page opened by visit() since the last call (use in afterEach). */
export async function closeVisits(): Promise<void> {
  await Promise.all([...openPages].map((page) => page.close()));
  openPages.clear();
}

interface VisitOptions {
  width?: number;
  height?: number;
  javaScriptEnabled?: boolean;
  colorScheme?: 'light' | 'dark';
  /** Runs before the page loads (to route requests, say). */
  setup?: (page: Page) => Promise<unknown>;
}

/** A tab that records, from here on, its console errors and its requests that leave the site. */
async function openTab(javaScriptEnabled: boolean): Promise<Visit> {
  const page = await (await profile(javaScriptEnabled)).newPage();
  const tab: Visit = { page, consoleErrors: [], offSiteRequests: [] };
  const origin = new URL(siteUrl('/')).origin;
  // Through `tab`, so that a tab used for one page after another records each page afresh.
  page.on('console', (message) => {
    if (message.type() === 'error') tab.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => tab.consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) tab.offSiteRequests.push(url);
  });
  // Recorded from the start, whatever the page's scripts do (Playwright's init scripts are not
  // subject to CSP). Storage is emptied once per tab, before the page's own scripts run, so a
  // visit starts as a first visit and still keeps what it stores over a reload.
  await page.addInitScript(`
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI));
    try {
      if (!sessionStorage.getItem('test:visited')) {
        localStorage.clear();
        sessionStorage.setItem('test:visited', '1');
      }
    } catch {}
  `);
  return tab;
}

/** A path of the site, or a whole address (of another server the test started). */
const addressOf = (path: string) => (/^https?:/.test(path) ? path : siteUrl(path));

async function open(tab: Visit, path: string, options: VisitOptions): Promise<Visit> {
  const { page } = tab;
  await page.setViewportSize({ width: options.width ?? 1280, height: options.height ?? 900 });
  // media: null undoes a test's print emulation in a tab used again (visitToRead).
  await page.emulateMedia({ colorScheme: options.colorScheme ?? 'light', media: null });
  await options.setup?.(page);
  const response = await page.goto(addressOf(path));
  if (!response?.ok()) throw new Error(`${path}: HTTP ${response?.status()}`);
  return tab;
}

/** Opens `path` in a new tab, as a first visit: empty storage, the given screen and scheme. */
export async function visit(path: string, options: VisitOptions = {}): Promise<Visit> {
  if (!shared) throw new Error('visit() needs useBrowser() at the top of the test file.');
  const tab = await openTab(options.javaScriptEnabled ?? true);
  openPages.add(tab.page);
  return open(tab, path, options);
}

/**
 * Opens `path` as visit() does, but in the one tab that this test file keeps for tests that only
 * read a page, resize it, print it or follow its links (no routes, listeners or init scripts of
 * their own): storage emptied, screen, scheme and media set, console errors and off-site requests
 * counted afresh, and always a new document. A page opened in a tab the site already used skips
 * most of a new tab's cost (a new renderer, and compiling axe-core again), and reads the same.
 */
export async function visitToRead(path: string, options: Omit<VisitOptions, 'setup' | 'javaScriptEnabled'> = {}) {
  if (!shared) throw new Error('visitToRead() needs useBrowser() at the top of the test file.');
  readingTab ??= openTab(true);
  let tab = await readingTab;
  if (tab.page.isClosed()) tab = await (readingTab = openTab(true));
  const { page } = tab;
  if (page.url().startsWith(siteUrl('/'))) {
    await page.evaluate('localStorage.clear(); sessionStorage.clear()');
    // The same page with another #fragment would only scroll, not load.
    const withoutHash = (url: string) => url.replace(/#.*/, '');
    if (withoutHash(page.url()) === withoutHash(addressOf(path))) await page.goto('about:blank');
  }
  tab.consoleErrors = [];
  tab.offSiteRequests = [];
  return open(tab, path, options);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Content-Security-Policy violations the page has reported since it loaded. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate('window.__cspViolations') as Promise<string[]>;
}

/**
 * The axe rules whose outcome can change with the colour scheme or the width of the screen.
 * A page checked with every rule in one scheme and width needs only these in another.
 */
export const schemeAndWidthRules = [
  'color-contrast',
  'link-in-text-block',
  'target-size',
  'scrollable-region-focusable',
];

/**
 * axe-core with the WCAG 2.0–2.2 A and AA rules (or only `rules` of them); returns one line per
 * violation.
 */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  // Evaluated over the DevTools protocol, which the page's Content-Security-Policy does not govern.
  if (!(await page.evaluate('typeof axe !== "undefined"'))) await page.evaluate(axeSource);
  // A string, not a function: Vitest rewrites code inside functions passed to the page.
  const violations = (await page.evaluate(`
    axe.run(document, { resultTypes: ['violations'], runOnly: ${JSON.stringify(rules ? { type: 'rule', values: rules } : { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] })} })
      .then((result) => result.violations.map((v) => v.id + ': ' + v.help + ' — ' + v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')))
  `)) as string[];
  return violations;
}

/**
 * Answers `address` with the built page that makes it on the device, as the service worker does
 * offline for a page it has not kept (src/offline/made-here.ts): for a visit's `setup`.
 */
export const answeredAsOffline = (address: string) => (page: Page) => {
  const maker = madeHereBy(address);
  if (!maker || maker.cut) throw new Error(`${address}: no page on the device draws it`);
  const body = readFileSync(htmlFileOf(maker.page), 'utf8');
  return page.route(siteUrl(address), (route) => route.fulfill({ body, contentType: 'text/html; charset=utf-8' }));
};
