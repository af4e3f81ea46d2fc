/** Headless Chromium for the site tests: pages that record console errors and off-site requests. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../src/diagrams/chromium.ts';

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
  beforeAll(async () => {
    shared = await launch();
  });
  afterEach(closeVisits);
  afterAll(async () => {
    await shared?.close();
    shared = undefined;
  });
}

async function launch(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    throw new Error(
      'Chromium not found. Install it: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH).',
    );
  }
  return chromium.launch({ executablePath, args: chromiumArgs });
}

export interface Visit {
  page: Page;
  consoleErrors: string[];
  offSiteRequests: string[];
}

const openContexts = new Set<BrowserContext>();

/** Closes every page opened by visit() since the last call (use in afterEach). */
export async function closeVisits(): Promise<void> {
  await Promise.all([...openContexts].map((context) => context.close()));
  openContexts.clear();
}

export async function visit(
  path: string,
  options: {
    width?: number;
    height?: number;
    javaScriptEnabled?: boolean;
    colorScheme?: 'light' | 'dark';
    /** Runs before the page loads (to route requests, say). */
    setup?: (page: Page) => Promise<unknown>;
  } = {},
): Promise<Visit> {
  if (!shared) throw new Error('visit() needs useBrowser() at the top of the test file.');
  const context = await shared.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    colorScheme: options.colorScheme ?? 'light',
    // Each visit is a fresh profile: no service worker precaching the site behind every check
    // (offline.test.ts tests the worker in profiles of its own).
    serviceWorkers: 'block',
  });
  openContexts.add(context);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const offSiteRequests: string[] = [];
  const url = /^https?:/.test(path) ? path : siteUrl(path);
  const origin = new URL(url).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) offSiteRequests.push(url);
  });
  // Recorded from the start, whatever the page's scripts do (Playwright's init scripts are not subject to CSP).
  await page.addInitScript(`
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI));
  `);
  await options.setup?.(page);
  const response = await page.goto(url);
  if (!response?.ok()) throw new Error(`${path}: HTTP ${response?.status()}`);
  return { page, consoleErrors, offSiteRequests };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Content-Security-Policy violations the page has reported since it loaded. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate('window.__cspViolations') as Promise<string[]>;
}

/** axe-core with the WCAG 2.0–2.2 A and AA rules; returns one line per violation. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol, which the page's Content-Security-Policy does not govern.
  await page.evaluate(axeSource);
  // A string, not a function: Vitest rewrites code inside functions passed to the page.
  const violations = (await page.evaluate(`
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
      .then((result) => result.violations.map((v) => v.id + ': ' + v.help + ' — ' + v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')))
  `)) as string[];
  return violations;
}
