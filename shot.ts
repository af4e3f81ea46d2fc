import { chromium } from 'playwright-core';
import { staticServer } from './src/bench/static-server.ts';
import { branchOfForty } from './test/branch/fixture.ts';

const server = await staticServer('./dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium-headless-shell' });
const shots = process.argv.slice(2);
async function page(width: number, height: number, dark = false, big = false) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme: dark ? 'dark' : 'light', deviceScaleFactor: 1 });
  const p = await context.newPage();
  if (big) {
    const cdp = await context.newCDPSession(p);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 32 } });
  }
  await p.goto(server.url + '/');
  await p.evaluate((b) => localStorage.setItem('zuzhi-shenghuohui:branch:v1:village', JSON.stringify(b)), branchOfForty);
  return p;
}
// Phone, mid-count ballot by ballot.
{
  const p = await page(375, 812);
  await p.goto(server.url + '/flows/village/review/');
  await p.fill('input[name=issued]', '40'); await p.press('input[name=issued]', 'Tab');
  await p.fill('input[name=returned]', '38'); await p.press('input[name=returned]', 'Tab');
  await p.check('input[name=method][value=ballots]');
  for (let b = 0; b < 3; b++) {
    for (let i = 0; i < 6; i++) await p.check(`input[name=ballot-${i}][value="${['优秀','合格','基本合格','不合格'][(i + b) % 4]}"]`);
    await p.click('text=记下这张，录入下一张');
  }
  await p.check('input[name=ballot-0][value="优秀"]');
  const ballot = await p.locator('[data-review-ballot]').boundingBox();
  await p.evaluate((y) => window.scrollTo(0, y - 60), ballot!.y);
  await p.screenshot({ path: '/tmp/shots/review-ballot-375.png' });
  for (const [name, selector] of [['tally', '#review-tally'], ['rating', '#review-rating'], ['papers', '#review-papers']]) {
    await p.locator(selector).scrollIntoViewIfNeeded();
    await p.evaluate((s) => document.querySelector(s)!.scrollIntoView(), selector);
    await p.screenshot({ path: `/tmp/shots/review-${name}-375.png` });
  }
}
await browser.close();
await server.close();
