import { chromium } from 'playwright-core';
const [,, url, out, w = '375', h = '812', scheme = 'light', full = ''] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: +w, height: +h }, colorScheme: scheme });
await p.goto(url);
await p.screenshot({ path: out, fullPage: !!full });
await b.close();
