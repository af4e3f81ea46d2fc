/**
 * 本支部信息 as a secretary uses it, on a phone of her own: a branch of 40 pasted in one go, kept
 * over a reload, every form of the kit filled from it on screen, on A4 and in a Word file made in
 * the browser (the same bytes as the one test/browser/kit.test.ts opens in LibreOffice); the details moved to a fresh profile by file and by link,
 * only after she confirms; cleared only after she confirms; and no request carrying a name.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { documentOf } from '../kit/document.ts';
import { loadFlows } from '../../src/flows/load.ts';
import { formsOf, isAllMembers } from '../../src/kit/forms.ts';
import { formTitle } from '../../src/kit/papers.ts';
import { formValues } from '../../src/branch/fill.ts';
import { wordDocument } from '../../src/paper/docx.ts';
import { branchPath, flowPath, formPath } from '../../src/site/urls.ts';
import {
  axeViolations,
  browser,
  builtFieldsNotOff,
  drawnBeforeScripts,
  siteUrl,
  useBrowser,
  waitingForScripts,
} from './browser.ts';
import { branchOfForty, fortyMembers, pastedMembers } from '../branch/fixture.ts';

const village = loadFlows().find((flow) => flow.slug === 'village')!;
const key = 'zuzhi-shenghuohui:branch:v1:village';
const dir = mkdtempSync(path.join(tmpdir(), 'branch-'));
const pdfPages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
const squash = (text: string) => text.replace(/\s+/g, '');

const members = fortyMembers;
const pasted = pastedMembers;

useBrowser();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A phone of her own: a fresh profile, which records every request the site's pages make. */
async function phone(options: { userAgent?: string } = {}) {
  const context = await waitingForScripts(
    await browser().newContext({
      viewport: { width: 375, height: 812 },
      acceptDownloads: true,
      serviceWorkers: 'block',
      ...(options.userAgent ? { userAgent: options.userAgent } : {}),
    }),
  );
  // Counts the requests for persistent storage (the browser's answer is its own affair).
  await context.addInitScript(`
    window.__persistAsked = 0;
    if (navigator.storage) navigator.storage.persist = async () => { window.__persistAsked++; return false; };
  `);
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  context.on('request', (request) => requests.push(`${request.url()} ${request.postData() ?? ''}`));
  return { context, page, errors, requests };
}

const stored = (page: Page) => page.evaluate((name) => localStorage.getItem(name), key);

/** Enters the branch as she would: typing the name, pasting the list, setting the 党员大会. */
async function enterBranch(page: Page): Promise<void> {
  await page.goto(siteUrl(branchPath('village')));
  await page.getByLabel('党组织名称').fill('某某村党支部');
  await page.getByLabel('党组织名称').blur();
  await page.getByLabel('党支部书记').fill('张建国');
  await page.getByLabel('党支部书记').blur();
  await page.getByLabel('粘贴或输入姓名').fill(pasted);
  await page.getByRole('button', { name: '加入党员名单' }).click();
  const assembly = page.locator('fieldset[data-branch-meeting="assembly"]');
  await assembly.getByLabel('会议时间').fill('2026-12-22T09:00');
  await assembly.getByLabel('会议时间').blur();
  await assembly.getByLabel('会议地点').fill('村委会会议室');
  await assembly.getByLabel('会议地点').blur();
  await page.getByLabel('乡镇（街道）党（工）委领导').fill('王镇长、李书记');
  await page.getByLabel('乡镇（街道）党（工）委领导').blur();
}

describe('本支部信息 on her phone', () => {
  let context: BrowserContext;
  let page: Page;
  let requests: string[];
  let errors: string[];

  it('a list of 40 pasted in one go: 40 rows, 3 预备党员, saved on the device and kept over a reload', async () => {
    ({ context, page, requests, errors } = await phone());
    await enterBranch(page);
    expect(await page.locator('[data-branch-paste-messages]').textContent()).toContain(
      '已加入 40 人（其中预备党员 3 人）',
    );
    expect(await page.locator('[data-branch-members-count]').textContent()).toBe('共 40 人，其中预备党员 3 人。');
    expect(await page.locator('[data-branch-status]').textContent()).toMatch(/^已保存在本机/);
    // The first save asked the browser to keep the site's storage, once.
    expect(await page.evaluate('window.__persistAsked')).toBe(1);
    await page.reload();
    expect(await page.getByLabel('党组织名称').inputValue()).toBe('某某村党支部');
    expect(await page.locator('[data-branch-members] li input[type="text"][aria-label$="姓名"]').count()).toBe(40);
    expect(await page.locator('[data-branch-members] input[type="checkbox"]:checked').count()).toBe(3);
    expect(await page.getByLabel('乡镇（街道）党（工）委领导').inputValue()).toBe('王镇长\n李书记');
    const record = JSON.parse((await stored(page))!) as { members: { name: string; probationary?: true }[] };
    expect(record.members.map(({ name }) => name)).toEqual(members);
    expect(record.members.filter((member) => member.probationary).map(({ name }) => name)).toEqual(members.slice(37));
    // Switched one by one: 正式 ↔ 预备, and a name edited in place.
    await page.getByLabel('第1人是预备党员').check();
    await page.getByLabel('第1人的姓名').fill('张建国新');
    await page.getByLabel('第1人的姓名').blur();
    await expect
      .poll(async () => JSON.parse((await stored(page))!).members[0])
      .toEqual({ name: '张建国新', probationary: true });
    await page.getByLabel('第1人是预备党员').uncheck();
    await page.getByLabel('第1人的姓名').fill('张建国');
    await page.getByLabel('第1人的姓名').blur();
    await expect.poll(async () => JSON.parse((await stored(page))!).members[0]).toEqual({ name: '张建国' });
  });

  it('reads in both colour schemes without axe violations, and at 200 % text on a 360 px phone without sideways scroll', async () => {
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 360, height: 800 });
    await page.evaluate("document.documentElement.style.fontSize = '200%'");
    expect(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')).toBe(0);
    await page.evaluate("document.documentElement.style.fontSize = ''");
    await page.setViewportSize({ width: 375, height: 812 });
  });

  it('every form of the kit shows her organisation; each name list one row per person, 应到 counted', async () => {
    for (const form of formsOf(village)) {
      await page.goto(siteUrl(formPath('village', form.id)));
      await page.locator('[data-form-fill]:not([hidden])').waitFor();
      const text = squash((await page.locator('article.form').textContent())!);
      expect(await page.locator('article.form .form-org').textContent(), form.id).toBe('某某村党支部');
      expect(text, form.id).toContain(squash(formTitle(form)));
      if (form.kind === 'names' && form.groups.some(isAllMembers)) {
        for (const name of members) expect(text, `${form.id}: ${name}`).toContain(name);
        expect(text).toContain('应到人数：42人');
        expect(text).toContain('会议时间：2026年12月22日9:00');
      }
    }
  });

  it('the 党员大会参会人员名单 on A4 holds all 40 names on two pages; its Word file, made in the browser, all 40 and opens in LibreOffice', async () => {
    await page.goto(siteUrl(formPath('village', 'review-attendees')));
    await page.locator('[data-form-fill]:not([hidden])').waitFor();
    await page.emulateMedia({ media: 'print' });
    const pdf = path.join(dir, 'attendees.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    await page.emulateMedia({ media: null });
    expect(pdfPages(pdf)).toBeLessThanOrEqual(2);
    const printed = squash(execFileSync('pdftotext', ['-layout', pdf, '-']).toString('utf8'));
    for (const name of members) expect(printed).toContain(name);
    expect(printed.match(/预备党员/g)).toHaveLength(3);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 Word（已填写）' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('某某村党支部-党员大会参会人员名单.docx');
    const word = path.join(dir, 'attendees.docx');
    await download.saveAs(word);
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(word)))['word/document.xml']!);
    for (const name of ['某某村党支部', '村委会会议室', '王镇长', ...members]) expect(xml).toContain(name);
    // What she entered is the record the kit's test makes this same Word file from, byte for byte,
    // and opens in LibreOffice with the others (test/browser/kit.test.ts).
    expect(JSON.parse((await stored(page))!)).toEqual(branchOfForty);
    const form = formsOf(village).find((each) => each.id === 'review-attendees')!;
    const made = await wordDocument(documentOf(form, { org: village.orgType, ...formValues(form, branchOfForty, {}) }));
    expect(Buffer.compare(Buffer.from(made), readFileSync(word))).toBe(0);

    // 显示空白表格: the form as built, for writing by hand.
    await page.getByRole('button', { name: '显示空白表格' }).click();
    expect(await page.locator('article.form .form-org').textContent()).toBe('村（社区）党组织');
    expect(await page.locator('article.form').textContent()).not.toContain(members[0]);
  });

  it('the plan’s 负责人 offers the names she entered', async () => {
    await page.evaluate(() =>
      localStorage.setItem(
        'zuzhi-shenghuohui:plan:v1:village',
        JSON.stringify({ study: { date: '2026-12-01', owner: '' } }),
      ),
    );
    await page.goto(siteUrl(flowPath('village')));
    await page.locator('#plan-owner-names').waitFor({ state: 'attached' });
    const offered = await page
      .locator('#plan-owner-names option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(offered).toEqual(members);
    expect(await page.locator('input[data-plan-owner]').first().getAttribute('list')).toBe('plan-owner-names');
  });

  it('no request the site made carried a name, and nothing went wrong', async () => {
    const all = requests.join('\n');
    for (const name of [...members, '某某村党支部', '王镇长']) {
      expect(all).not.toContain(name);
      expect(all).not.toContain(encodeURIComponent(name));
    }
    expect(requests.length).toBeGreaterThan(20);
    expect(errors).toEqual([]);
  });

  it('moves to another profile by file and by link, each imported only after she confirms; cleared only after she confirms', async () => {
    await page.goto(siteUrl(branchPath('village')));
    const original = await stored(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载文件' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^某某村党支部-本支部信息-\d{4}-\d{2}-\d{2}\.json$/);
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);

    // By file, on the office PC: what it holds, and that it replaces nothing; 不导入 keeps nothing.
    const office = await phone();
    await office.page.goto(siteUrl(branchPath('village')));
    const chooser = office.page.locator('[data-transfer-file]');
    await chooser.setInputFiles(file);
    const incoming = office.page.locator('[data-transfer-incoming]');
    await expect.poll(() => incoming.textContent()).toContain('党员 40 人（其中预备党员 3 人）');
    expect(await incoming.textContent()).toContain('本机还没有本支部信息，不会替换任何内容。');
    await office.page.getByRole('button', { name: '不导入' }).click();
    expect(await stored(office.page)).toBeNull();
    await chooser.setInputFiles(file);
    await office.page.getByRole('button', { name: '导入到本机' }).click();
    expect(await stored(office.page)).toBe(original);
    expect(await office.page.getByLabel('党组织名称').inputValue()).toBe('某某村党支部');

    // By link (with its QR code), into a third: the address carries it after #, and loses it once read.
    await page.getByRole('button', { name: '生成链接和二维码' }).click();
    const link = await page.locator('#transfer-link-text').inputValue();
    expect(link).toMatch(/#branch=1\./);
    expect(link.split('#')[0]).toBe(siteUrl(branchPath('village')));
    // The QR code, as the phone's screen shows it, reads back as the link.
    const qr = path.join(dir, 'qr.png');
    await page.getByRole('img', { name: /二维码/ }).screenshot({ path: qr });
    expect(execFileSync('zbarimg', ['-q', '--raw', qr]).toString('utf8').trim()).toBe(link);
    const other = await phone();
    await other.page.goto(link);
    await other.page.getByRole('button', { name: '导入到本机' }).click();
    expect(await stored(other.page)).toBe(original);
    expect(other.page.url()).not.toContain('#');
    // And the office PC, which already holds the branch, is told what would be replaced.
    await office.page.goto(link);
    await expect
      .poll(() => office.page.locator('[data-transfer-incoming]').textContent())
      .toContain('导入后将替换本机现有的：');
    await office.page.getByRole('button', { name: '不导入' }).click();

    // 清除本机信息: 取消 keeps it; 确定删除 removes it.
    await other.page.getByRole('button', { name: '清除本机信息' }).click();
    await other.page.getByRole('button', { name: '取消' }).click();
    expect(await stored(other.page)).toBe(original);
    await other.page.getByRole('button', { name: '清除本机信息' }).click();
    await other.page.getByRole('button', { name: '确定删除' }).click();
    expect(await stored(other.page)).toBeNull();
    expect(await other.page.getByLabel('党组织名称').inputValue()).toBe('');
    expect([...office.errors, ...other.errors]).toEqual([]);
    await office.context.close();
    await other.context.close();
    await context.close();
  });
});

describe('bad input gets a clear message, and nothing is replaced without her word', () => {
  it('says where the browser has not agreed to keep her data, and a week after a change not yet exported reminds her to export it', async () => {
    const { context, page } = await phone();
    // A fixed day, so that "eight days ago" is a known date whatever the machine's clock says.
    await context.clock.setFixedTime(new Date('2026-12-03T10:00:00+08:00'));
    // The browser's answer, set by the test: not persisted until test:persisted is stored.
    await context.addInitScript(`
      if (navigator.storage) navigator.storage.persisted = async () => localStorage.getItem('test:persisted') === '1';
    `);
    await page.goto(siteUrl(branchPath('village')));
    const notPersisted = page.locator('[data-keeping-not-persisted]');
    const due = page.locator('[data-keeping-export-due]');
    // Nothing stored yet: nothing to lose, nothing said.
    expect(await notPersisted.isHidden()).toBe(true);
    await page.getByLabel('党组织名称').fill('某某村党支部');
    await page.getByLabel('党组织名称').blur();
    await expect.poll(() => notPersisted.isVisible()).toBe(true);
    expect(await notPersisted.textContent()).toContain('连续 7 天没有打开本站');
    expect(await notPersisted.textContent()).toContain('转到其他设备');
    expect(await due.isHidden()).toBe(true);

    // Eight days on, the change still not exported: said with its day.
    await page.evaluate(() => {
      const marks = JSON.parse(localStorage.getItem('zuzhi-shenghuohui:exports:v1')!);
      marks['zuzhi-shenghuohui:branch:v1:village'].since = '2026-11-25T10:00:00+08:00';
      localStorage.setItem('zuzhi-shenghuohui:exports:v1', JSON.stringify(marks));
    });
    await page.reload();
    await expect.poll(() => due.textContent()).toContain('2026年11月25日以来的修改还没有下载成文件或生成链接');
    expect(await due.isVisible()).toBe(true);
    // A file downloaded: the reminder goes, and stays gone over a reload.
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载文件' }).click()]);
    await expect.poll(() => due.isHidden()).toBe(true);
    await page.reload();
    await expect.poll(() => notPersisted.isVisible()).toBe(true);
    expect(await due.isHidden()).toBe(true);
    // Where the browser keeps the site's storage, nothing is said.
    await page.evaluate(() => localStorage.setItem('test:persisted', '1'));
    await page.reload();
    await expect.poll(() => notPersisted.isHidden()).toBe(true);
    await context.close();
  });

  it('500 names, a 100-character name, emoji, HTML and control characters: what is refused is listed with why, shown as text', async () => {
    const { context, page, errors } = await phone();
    await page.goto(siteUrl(branchPath('village')));
    const many = Array.from({ length: 500 }, (_, i) => `党员${i + 1}`).join('\n');
    await page
      .getByLabel('粘贴或输入姓名')
      .fill(`${many}\n${'长'.repeat(100)}\n王😀五\n<img src=x onerror=alert(1)>\n张\u202e三`);
    await page.getByRole('button', { name: '加入党员名单' }).click();
    const messages = page.locator('[data-branch-paste-messages]');
    expect(await messages.textContent()).toContain('已加入 300 人');
    expect(await messages.textContent()).toContain('“党员301”：已满 300 人，不能再加');
    expect(await messages.textContent()).toContain('超过 20 个字');
    expect(await messages.textContent()).toContain('“王😀五”含有姓名里不会有的字符');
    expect(await messages.textContent()).toContain('<img');
    expect(await messages.textContent()).toContain('看不见的控制或格式字符');
    expect(await page.locator('[data-branch-paste-messages] img, [data-branch-members] img').count()).toBe(0);
    // 200 over the 300, the long one, the emoji, the three pieces of the tag (split at its spaces), and 张三
    // (its override taken out, but no room left).
    expect(await page.locator('.branch-refused li').count()).toBe(206);
    // What was refused stays in the box, to be put right.
    expect(await page.getByLabel('粘贴或输入姓名').inputValue()).toContain('王😀五');
    // A name emptied in its row is refused, not saved.
    await page.getByLabel('第2人的姓名').fill('');
    await page.getByLabel('第2人的姓名').blur();
    expect(await page.getByRole('alert').first().textContent()).toContain('请填写姓名');
    expect(JSON.parse((await stored(page))!).members[1].name).toBe('党员2');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a record on the device that cannot be read is kept aside and said, never replaced unseen', async () => {
    const { context, page } = await phone();
    await page.goto(siteUrl(branchPath('village')));
    await page.evaluate((name) => localStorage.setItem(name, '{"org":"某村","members":[{"name":"<b>"}]'), key);
    await page.reload();
    expect(await page.locator('[data-branch-kept]').textContent()).toContain('已原样另存');
    const aside = await page.evaluate((name) => localStorage.getItem(`${name}:unreadable:1`), key);
    expect(aside).toBe('{"org":"某村","members":[{"name":"<b>"}]');
    await context.close();
  });

  it('a file of another flow or version, a link cut short: each said in Chinese, nothing imported', async () => {
    const { context, page } = await phone();
    await page.goto(siteUrl(branchPath('village')));
    const write = (name: string, data: object) => {
      const file = path.join(dir, name);
      writeFileSync(file, JSON.stringify(data));
      return file;
    };
    const chooser = page.locator('[data-transfer-file]');
    const incoming = page.locator('[data-transfer-incoming]');
    await chooser.setInputFiles(
      write('other-flow.json', { format: 'zuzhi-shenghuohui/branch', version: 1, flow: 'school', branch: {} }),
    );
    await expect.poll(() => incoming.textContent()).toContain('学校基层党组织');
    await chooser.setInputFiles(
      write('other-version.json', { format: 'zuzhi-shenghuohui/branch', version: 9, flow: 'village' }),
    );
    await expect.poll(() => incoming.textContent()).toContain('其他版本');
    await chooser.setInputFiles(write('not-ours.json', { hello: 'world' }));
    await expect.poll(() => incoming.textContent()).toContain('不完整或已损坏');
    await page.goto(`${siteUrl(branchPath('village'))}#branch=1.abc`);
    await expect.poll(() => page.locator('[data-transfer-incoming]').textContent()).toContain('不完整或已损坏');
    expect(await stored(page)).toBeNull();
    await context.close();
  });

  it('in a messaging app’s browser, the filled form says before the tap that its Word file may be dropped', async () => {
    const { context, page } = await phone({
      userAgent:
        'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/116.0 Mobile Safari/537.36 MicroMessenger/8.0.50',
    });
    await page.goto(siteUrl(branchPath('village')));
    await page.getByLabel('党组织名称').fill('某某村党支部');
    await page.getByLabel('党组织名称').blur();
    await page.goto(siteUrl(formPath('village', 'review-attendees')));
    expect(await page.locator('[data-form-fill] .in-app-hint').textContent()).toContain('在浏览器打开');
    await context.close();
  });

  it('what she types before the page’s script has started is saved, not put back to what the device held', async () => {
    const context = await browser().newContext({ viewport: { width: 375, height: 812 }, serviceWorkers: 'block' });
    await context.addInitScript(
      ([name, value]) => localStorage.getItem(name!) ?? localStorage.setItem(name!, value!),
      [key, JSON.stringify({ org: '旧名称党支部', secretary: '张建国' })],
    );
    const { page, start } = await drawnBeforeScripts(context, branchPath('village'));
    await page.getByLabel('党组织名称').fill('某某村党支部');
    await page.locator('fieldset[data-branch-meeting="assembly"]').getByLabel('会议地点').fill('村委会会议室');
    await start();
    await expect.poll(() => page.locator('[data-branch-status]').textContent()).toMatch(/^已保存在本机/);
    expect(JSON.parse((await stored(page))!)).toEqual({
      org: '某某村党支部',
      secretary: '张建国',
      meetings: { assembly: { place: '村委会会议室' } },
    });
    expect(await page.getByLabel('党组织名称').inputValue()).toBe('某某村党支部');
    await context.close();
  });

  it('no field whose change is saved is put back by the browser on a return to the page (autocomplete off)', async () => {
    expect(await builtFieldsNotOff(branchPath('village'), '[data-branch-editor]', '#branch-paste')).toEqual({
      fields: 16,
      notOff: [],
    });
  });

  it('a field still in use when she closes the page is saved', async () => {
    const { context, page } = await phone();
    await page.goto(siteUrl(branchPath('village')));
    await page.getByLabel('党组织名称').fill('某某村党支部');
    await page.close({ runBeforeUnload: true });
    const again = await context.newPage();
    await again.goto(siteUrl(branchPath('village')));
    expect(JSON.parse((await stored(again))!)).toEqual({ org: '某某村党支部' });
    expect(await again.getByLabel('党组织名称').inputValue()).toBe('某某村党支部');
    await context.close();
  });

  it('open in two windows: what one saves, the other follows and says, and its next save keeps it', async () => {
    const { context, page } = await phone();
    await page.goto(siteUrl(branchPath('village')));
    const other = await context.newPage();
    await other.goto(siteUrl(branchPath('village')));
    await other.getByLabel('党支部书记').fill('张建国');
    await other.getByLabel('党支部书记').blur();
    await expect
      .poll(() => page.locator('[data-branch-status]').textContent())
      .toBe('这份记录刚在另一个窗口中改过，本页已随之更新。');
    expect(await page.getByLabel('党支部书记').inputValue()).toBe('张建国');
    await page.getByLabel('党组织名称').fill('某某村党支部');
    await page.getByLabel('党组织名称').blur();
    expect(JSON.parse((await stored(page))!)).toEqual({ org: '某某村党支部', secretary: '张建国' });
    await context.close();
  });
});
