import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium-headless-shell', args: ['--no-sandbox'] });
const p = await b.newPage();
await p.goto('http://localhost:4321/flows/village/');
await p.pdf({ path: '/tmp/village.pdf', format: 'A4' });
await b.close();
