import { chromium } from 'playwright-core';
import { readdirSync, statSync } from 'node:fs';
const pages = [];
const walk = (d, p) => { for (const n of readdirSync(d)) { const f = `${d}/${n}`; if (statSync(f).isDirectory()) { if (!['_astro','pagefind','icons'].includes(n)) walk(f, `${p}${n}/`); } else if (n === 'index.html') pages.push(p); } };
walk('dist', '/');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium-headless-shell', args: ['--no-sandbox'] });
for (const [label, width, font] of [['150%', 360, '150%'], ['200%', 360, '200%'], ['zoom200', 180, '100%']]) {
  const ctx = await b.newContext({ viewport: { width, height: 700 } });
  const bad = [];
  for (const p of pages) {
    const page = await ctx.newPage();
    await page.addInitScript(`document.addEventListener('DOMContentLoaded', () => document.documentElement.style.fontSize = '${font}')`);
    await page.goto('http://localhost:4321' + p);
    const o = await page.evaluate(() => { const d = document.documentElement; const wide = [...document.querySelectorAll('body *')].filter((e) => { const r = e.getBoundingClientRect(); return r.right > d.clientWidth + 1 && !e.closest('.table-scroll, .chart-canvas, pre'); }).slice(0, 3).map((e) => e.tagName + '.' + [...e.classList].join('.')); return [d.scrollWidth - d.clientWidth, wide]; });
    if (o[0] > 0) bad.push(`${p} ${o[0]} ${o[1].join(' ')}`);
    await page.close();
  }
  console.log(label, bad.length, '\n  ' + bad.join('\n  '));
  await ctx.close();
}
await b.close();
