import puppeteer from 'puppeteer-core';
const b = await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true, env: { ...process.env, HOME: '/tmp/ffhome' } });
const p = await b.newPage(); await p.setViewport({ width: 375, height: 1100 });
await p.goto('http://localhost:4321/flows/agency/');
await p.screenshot({ path: '/tmp/ff1.png' });
await b.close();
