import { chromium } from 'playwright-core';
const [,, url, out, w = '375', h = '812', scheme = 'light', selector = ''] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: +w, height: +h }, colorScheme: scheme });
await p.goto(url);
if (selector) await p.locator(selector).first().scrollIntoViewIfNeeded();
if (selector) await p.evaluate((s) => document.querySelector(s).scrollIntoView({ block: 'start' }), selector);
await p.screenshot({ path: out });
await b.close();
