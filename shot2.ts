import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { staticServer } from './src/bench/static-server.ts';
import { branchOfForty, fortyMembers } from './test/branch/fixture.ts';

const server = await staticServer('./dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium-headless-shell' });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
const p = await context.newPage();
await p.goto(server.url + '/');
const grades = ['优秀', '合格', '基本合格', '不合格'];
const review = {
  issued: 40, returned: 38,
  counts: Object.fromEntries(fortyMembers.slice(0, 37).map((name, i) => [name, { 优秀: (i * 7) % 20, 合格: 38 - ((i * 7) % 20) - 2, 基本合格: 2 }])),
  ratings: Object.fromEntries(fortyMembers.slice(0, 37).map((name, i) => [name, i < 11 ? '优秀' : i < 35 ? '合格' : '基本合格'])),
};
await p.evaluate(([b, r]) => {
  localStorage.setItem('zuzhi-shenghuohui:branch:v1:village', JSON.stringify(b));
  localStorage.setItem('zuzhi-shenghuohui:review:v1:village', JSON.stringify(r));
}, [branchOfForty, review] as const);
for (const id of ['ballot', 'ballot-tally', 'rating-results']) {
  await p.goto(server.url + `/flows/village/kit/${id}/`);
  await p.waitForSelector('text=下载 Word（已填写）');
  if (id === 'ballot') { await p.fill('#ballot-copies', '2'); }
  writeFileSync(`/tmp/shots/${id}.pdf`, await p.pdf({ format: 'A4', preferCSSPageSize: true }));
  const [download] = await Promise.all([p.waitForEvent('download'), p.click('text=下载 Word（已填写）')]);
  await download.saveAs(`/tmp/shots/${id}.docx`);
}
await p.goto(server.url + '/flows/village/review/');
await p.waitForSelector('[data-review-ratings] li');
await p.evaluate(() => document.querySelector('#review-rating')!.scrollIntoView());
await p.screenshot({ path: '/tmp/shots/review-rating-1280.png' });
await browser.close();
await server.close();
