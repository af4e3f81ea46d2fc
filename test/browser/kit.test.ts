/**
 * The meeting kit as a reader meets it: the kit page on a phone and a Word file that arrives with
 * its name, each form on A4 (10 pt or more, near-black lines, rows 10 mm high or 8 mm on a list to
 * sign, at most 2 pages or 3 for a 方案), every Word file opened and printed by LibreOffice, and
 * search that finds them.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellWords, documentOf, grading } from '../kit/document.ts';
import { distDir, htmlFileOf } from '../../src/publish/built-pages.ts';
import { formMadeHerePath } from '../../src/offline/made-here.ts';
import type { FlowSlug } from '../../src/flows/vocabulary.ts';
import { loadFlows } from '../../src/flows/load.ts';
import { formTitle } from '../../src/kit/papers.ts';
import { formsOf, type Form } from '../../src/kit/forms.ts';
import {
  flowPath,
  formPath,
  formWordPath,
  handoutPath,
  kitFillDataPath,
  kitPath,
  searchPath,
} from '../../src/site/urls.ts';
import { fillInviteWords } from '../../src/words/fill-invite.ts';
import { ui } from '../../src/words/pages.ts';
import {
  answeredAsOffline,
  axeViolations,
  browser,
  siteUrl,
  useBrowser,
  visit,
  visitToRead,
  waitingForScripts,
} from './browser.ts';
import { printWithLibreOffice } from './office.ts';
import { formValues } from '../../src/branch/fill.ts';
import { wordDocument } from '../../src/paper/docx.ts';
import { branchOfForty, fortyMembers, leaders } from '../branch/fixture.ts';

const flows = loadFlows();
const village = flows.find((flow) => flow.slug === 'village')!;
const dir = mkdtempSync(path.join(tmpdir(), 'kit-'));
const squash = (text: string) => text.replace(/\s+/g, '');
const pdfPages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
/** Agendas and lists fit two pages; a 方案 scaffold, with its part's steps, three. */
/** A ballot is one A4 page (40 members); a 方案 three; the rest two. */
const pageLimit = (form: Form) => (form.kind === 'plan' ? 3 : form.kind === 'ballot' ? 1 : 2);

useBrowser();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the kit page', () => {
  it('on a 375 px phone: every form of the flow in step order, each with the step it serves, print and Word; a Word link downloads the file under its Chinese name', async () => {
    const { page, consoleErrors } = await visit(kitPath('village'), { width: 375 });
    const forms = formsOf(village);
    expect(await page.locator('.kit-title').allInnerTexts()).toEqual(forms.map(formTitle));
    expect(await page.locator('.kit-serves a').allInnerTexts()).toEqual(
      forms.map((form) => `第${form.serves.number}步 ${form.serves.label}`),
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')).toBe(0);

    const agenda = forms.find((form) => form.id === 'assembly-agenda')!;
    const link = page.locator(`a[href="${formWordPath('village', agenda.id)}"]`);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('村（社区）-党员大会议程.docx');
    const saved = path.join(dir, 'downloaded.docx');
    await download.saveAs(saved);
    expect(execFileSync('unzip', ['-l', saved]).toString()).toContain('word/document.xml');
    // What each step calls for, gathered in step order, in the steps' own words.
    const papers = await page
      .locator('.kit-papers > li')
      .evaluateAll((items) => items.map((item) => item.textContent!.replace(/\s+/g, '')));
    expect(papers[0]).toBe('第5步对照检查形成材料对照检查材料');
    expect(papers.at(-1)).toBe('第28步制定整改措施形成材料整改问题、整改措施');
    // In a messaging app's browser, which drops or renames downloads, a hint (src/scripts/share.ts).
    expect(await page.locator('[data-in-app-hint]').textContent()).toContain('在浏览器打开');
    expect(consoleErrors).toEqual([]);
  });

  it('is linked from the flow page, from each step a form serves, and from the handout’s toolbar', async () => {
    const { page } = await visit(flowPath('village'), { width: 375 });
    expect(await page.locator(`.lede-items a[href="${kitPath('village')}"]`).count()).toBe(1);
    const rectification = page.locator('li.step[data-step="rectification"] .step-paper');
    expect(await rectification.innerText()).toContain('整改清单（公示稿）');
    expect(await rectification.locator(`a[href="${kitPath('village')}#rectification"]`).count()).toBe(1);
    // What the step calls for, in its own words, apart from its text.
    const paper = (id: string) =>
      page
        .locator(`li.step[data-step="${id}"] .step-paper > div`)
        .evaluateAll((rows) => rows.map((row) => row.textContent!.replace(/\s+/g, '')));
    expect(await paper('publicize')).toContain('需要准备对照检查材料、问题清单、整改措施');
    expect(await paper('self-examination')).toEqual(['形成材料对照检查材料']);
    const handout = await visit(handoutPath('village'));
    expect(await handout.page.locator(`.handout-toolbar a[href="${kitPath('village')}"]`).count()).toBe(1);
  });

  it.each([
    ['整改清单', 'rectification'],
    ['议程', 'assembly-agenda'],
    ['名单', 'invite-assessors'],
    ['公示', 'publicize'],
  ])('is found by search: %s', async (query, id) => {
    const { page } = await visitToRead(searchPath({ q: query, org: 'village' }));
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/找到/);
    expect(await page.locator('#search-forms h2').textContent()).toBe('会议材料中的结果');
    expect(await page.locator(`#search-forms a[href="${formPath('village', id)}"]`).count()).toBe(1);
  });
});

describe('the forms on a phone', () => {
  it('at 375 px, with the text at 100 % and 200 %, no number, name or short head breaks over two lines, and the page does not scroll sideways; 字号 enlarges a form as it does every page', async () => {
    const { page } = await visitToRead(formPath('school', 'draft-plan'), { width: 375 });
    for (const size of ['100%', '200%']) {
      await page.evaluate(`document.documentElement.style.fontSize = '${size}'`);
      const broken = (await page.evaluate(`[...document.querySelectorAll('.form-table .col-short')]
        .filter((cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
        })
        .map((cell) => cell.textContent)`)) as string[];
      expect(broken, size).toEqual([]);
      expect(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')).toBe(
        0,
      );
    }
    await page.evaluate(`document.documentElement.style.fontSize = ''`);
    const cellSize = () =>
      page.evaluate(`parseFloat(getComputedStyle(document.querySelector('.form-table td')).fontSize)`);
    const normal = (await cellSize()) as number;
    await page.evaluate(`document.documentElement.setAttribute('data-text-size', 'larger')`);
    expect(((await cellSize()) as number) / normal).toBeCloseTo(1.5, 1);
    // 10 to 15 in the 序号 column: the school flow's 方案, whose numbers broke in two before.
    expect(await page.locator('.form-table td.col-short').first().textContent()).toBe('1');
  });
});

describe('a form filled on the device', () => {
  it('reads what its flow’s forms share from their one file; where that cannot be read, says so over the blank form', async () => {
    const context = await waitingForScripts(await browser().newContext({ viewport: { width: 375, height: 812 } }));
    const page = await context.newPage();
    const asked: string[] = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    await page.goto(siteUrl(formPath('village', 'talk-record')));
    const bar = page.locator('[data-form-fill]');
    await expect.poll(() => bar.textContent()).toContain('填写本支部信息后');
    expect(asked).toContain(kitFillDataPath('village'));
    await context.route(`**${kitFillDataPath('village')}`, (route) => route.abort());
    await page.reload();
    await expect.poll(() => bar.textContent()).toBe(fillInviteWords.unavailable);
    expect(await page.locator('article.form h1').textContent()).toBe('谈心谈话记录');
    await context.close();
  });
});

describe('a form made on the device (offline, the worker answers a form with its flow’s kit/made-here/)', () => {
  const built = (slug: FlowSlug, form: string) => readFileSync(htmlFileOf(formPath(slug, form)), 'utf8');
  /** One form of each kind, from every flow in turn. */
  const sample = [
    ...new Map(flows.flatMap((flow) => formsOf(flow).map((form) => [form.kind, { flow, form }]))).values(),
  ];

  it(`draws a form of each kind (${sample.length}) as its built page: the same form, title and Word link`, async () => {
    for (const { flow, form } of sample) {
      const { page, consoleErrors } = await visit(formPath(flow.slug, form.id), {
        width: 375,
        setup: answeredAsOffline(formPath(flow.slug, form.id)),
      });
      const article = page.locator('article.form');
      await expect.poll(() => article.getAttribute('data-form'), { message: form.id }).toBe(form.id);
      const html = built(flow.slug, form.id);
      expect(await article.evaluate((element) => element.innerHTML), form.id).toBe(
        /<article class="form"[^>]*>([\s\S]*?)<\/article>/.exec(html)![1],
      );
      expect(await article.evaluate((element) => ({ ...(element as HTMLElement).dataset }))).toEqual({
        flow: flow.slug,
        form: form.id,
        kind: form.kind,
      });
      expect(await page.title()).toBe(/<title>([^<]*)<\/title>/.exec(html)![1]);
      const word = page.locator('a[data-word-link]');
      expect([await word.getAttribute('href'), await word.getAttribute('download')]).toEqual([
        /<a href="([^"]*)" download="[^"]*" data-word-link>/.exec(html)![1],
        /<a href="[^"]*" download="([^"]*)" data-word-link>/.exec(html)![1],
      ]);
      expect(await word.isVisible()).toBe(true);
      // Its own scripts run on it as on the built page: the invitation to fill it in.
      await expect.poll(() => page.locator('[data-form-fill]').textContent()).toContain('填写本支部信息后');
      if (form.kind === 'ballot') expect(await axeViolations(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await page.close();
    }
  }, 60_000);

  it('says so, in place of the form, when the flow’s forms’ file cannot be read; at its own address, points to the kit', async () => {
    const { page } = await visit(formPath('school', 'ballot'), {
      setup: async (tab) => {
        await answeredAsOffline(formPath('school', 'ballot'))(tab);
        await tab.route(siteUrl(kitFillDataPath('school')), (route) => route.abort());
      },
    });
    await expect.poll(() => page.locator('[data-form-message]').textContent()).toBe(ui.kit.madeHereUnavailable);
    for (const javaScriptEnabled of [true, false]) {
      const own = await visit(formMadeHerePath('school'), { javaScriptEnabled });
      expect(await own.page.locator('[data-form-message]').textContent()).toBe(ui.kit.madeHereIntro + ui.kit.heading);
      expect(await own.page.locator('[data-form-message] a').getAttribute('href')).toBe(kitPath('school'));
      // No Word link until there is a form to download.
      expect(await own.page.locator('a[data-word-link]').isHidden()).toBe(true);
    }
  });
});

describe('the forms on paper', () => {
  // A form of each kind, the longest of its kind in any flow (the others are the same template
  // with fewer words, which test/kit/ checks flow by flow); the Word files below are every flow's.
  const all = flows.flatMap((flow) => formsOf(flow).map((form) => ({ flow, form })));
  const length = ({ form }: (typeof all)[number]) => JSON.stringify(documentOf(form)).length;
  const checked = [...new Set(all.map(({ form }) => form.kind))].map(
    (kind) => all.filter(({ form }) => form.kind === kind).sort((a, b) => length(b) - length(a))[0]!,
  );

  it('checks a form of every kind', () => {
    expect(new Set(checked.map(({ form }) => form.kind))).toEqual(
      new Set([
        'agenda',
        'names',
        'notice',
        'table',
        'plan',
        'minutes',
        'script',
        'opinions',
        'record',
        'report',
        'roster',
        'ballot',
        'tally',
        'results',
        'problems',
        'ledger',
      ]),
    );
  });

  it.each(checked.map(({ flow, form }) => [`${flow.slug} ${form.id}`, flow.slug, form] as const))(
    '%s: 10 pt or more, near-black lines, rows 10 mm high (8 mm on a list to sign, 5 on a ballot), within its page limit, every word in place',
    async (_name, slug, form) => {
      const { page } = await visitToRead(formPath(slug, form.id));
      // On screen, its bar leads back to the kit and offers its Word file.
      expect(await page.locator(`.handout-toolbar a[href="${kitPath(slug)}"]`).textContent()).toBe('返回会议材料');
      expect(await page.locator(`.handout-toolbar a[href="${formWordPath(slug, form.id)}"]`).count()).toBe(1);
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: Math.floor(((210 - 20) / 25.4) * 96), height: 1000 });
      const measured = (await page.evaluate(`(() => {
        const mm = (px) => (px * 25.4) / 96;
        const heights = (selector) => [...document.querySelectorAll(selector)].map((tr) => mm(tr.getBoundingClientRect().height));
        const rows = heights('.form-table:not(.compact):not(.dense) tbody tr');
        const signRows = heights('.form-table.compact tbody tr');
        const ballotRows = heights('.form-table.dense tbody tr');
        const text = [...document.querySelectorAll('main p, main td, main th, main dt, main h1, main h2')]
          .filter((el) => el.checkVisibility() && el.textContent.trim())
          .map((el) => parseFloat(getComputedStyle(el).fontSize) * 0.75);
        const lines = [...document.querySelectorAll('.form-table td, .form-ruled span')].map((el) => getComputedStyle(el).borderBottomColor);
        return { rows: Math.min(...rows), signRows: Math.min(...signRows), ballotRows: Math.min(...ballotRows), text: Math.min(...text), lines: [...new Set(lines)] };
      })()`)) as { rows: number; signRows: number; ballotRows: number; text: number; lines: string[] };
      // Rows to write in, 10 mm; a list to sign, 8 mm a name (Infinity: the form has none of the kind).
      expect(Math.round(measured.rows * 10) / 10).toBeGreaterThanOrEqual(10);
      expect(Math.round(measured.signRows * 10) / 10).toBeGreaterThanOrEqual(8);
      // A ballot, a member a row with a box per grade: 5 mm and more, so that 40 fit one page.
      expect(Math.round(measured.ballotRows * 10) / 10).toBeGreaterThanOrEqual(5);
      // A form with a table has its rows measured (a list to sign, a ballot, or rows to write in).
      if (documentOf(form).blocks.some((block) => block.type === 'table'))
        expect(Math.min(measured.signRows, measured.rows, measured.ballotRows)).toBeLessThan(Infinity);
      expect(Math.round(measured.text * 10) / 10).toBeGreaterThanOrEqual(10);
      expect(measured.lines).toEqual(['rgb(0, 0, 0)']);

      const file = path.join(dir, `${slug}-${form.id}.pdf`);
      writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
      expect(pdfPages(file)).toBeLessThanOrEqual(pageLimit(form));
      const text = squash(execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8'));
      for (const block of documentOf(form).blocks) {
        if (block.type === 'table')
          for (const cell of block.rows.flat()) expect(text).toContain(squash(cellWords(cell)));
        if (block.type === 'heading') expect(text).toContain(squash(block.text));
      }
    },
  );
});

describe('the forms in Word', () => {
  // Every form of the first flow, and the longest of each kind in any flow (the others are the same
  // code with fewer words; test/paper/ compares every document's Word text with its page).
  const all = flows.flatMap((flow) => formsOf(flow).map((form) => ({ flow, form, name: `${flow.slug}-${form.id}` })));
  const size = ({ form }: (typeof all)[number]) => JSON.stringify(documentOf(form)).length;
  const longest = [...new Set(all.map(({ form }) => form.kind))].map(
    (kind) => all.filter(({ form }) => form.kind === kind).sort((a, b) => size(b) - size(a))[0]!,
  );
  const files = [...new Set([...all.filter(({ flow }) => flow === village), ...longest])];
  // And a form filled in for a branch of 40, as 下载 Word（已填写） makes it in the browser (the same
  // bytes: test/browser/branch.test.ts).
  const attendees = formsOf(village).find((form) => form.id === 'review-attendees')!;
  const filled = documentOf(attendees, { org: village.orgType, ...formValues(attendees, branchOfForty, {}) });
  const out = path.join(dir, 'word');
  // The 民主评议党员结果 of that branch, graded, and the 整改落实情况 of a 台账: made the same way.
  const grades = grading.grades;
  const resultsForm = formsOf(village).find((form) => form.id === 'rating-results')!;
  const results = documentOf(resultsForm, {
    org: village.orgType,
    ...formValues(
      resultsForm,
      branchOfForty,
      {},
      {
        assessment: {
          review: { ratings: Object.fromEntries(fortyMembers.slice(0, 37).map((name, i) => [name, grades[i % 2]!])) },
          grading,
        },
      },
    ),
  });
  const reportForm = formsOf(village).find((form) => form.id === 'rectification-report')!;
  const report = documentOf(reportForm, {
    org: village.orgType,
    ...formValues(
      reportForm,
      branchOfForty,
      {},
      {
        ledger: {
          ledger: {
            problems: [
              { id: 1, group: '班子', text: '村务公开不及时', due: '2026-12-01', status: 'doing' },
              {
                id: 2,
                group: '党员个人',
                member: '张建国',
                text: '学习记录不全',
                status: 'done',
                doneOn: '2026-12-03',
                outcome: '已补齐',
              },
            ],
          },
          today: '2026-12-06',
        },
      },
    ),
  });

  beforeAll(async () => {
    mkdirSync(out, { recursive: true });
    for (const { flow, form, name } of files)
      cpSync(path.join(distDir, formWordPath(flow.slug, form.id)), path.join(out, `${name}.docx`));
    writeFileSync(path.join(out, 'filled-40.docx'), await wordDocument(filled));
    writeFileSync(path.join(out, 'results-40.docx'), await wordDocument(results));
    writeFileSync(path.join(out, 'report.docx'), await wordDocument(report));
    await printWithLibreOffice(
      [
        ...files.map(({ name }) => path.join(out, `${name}.docx`)),
        ...['filled-40', 'results-40', 'report'].map((name) => path.join(out, `${name}.docx`)),
      ],
      out,
      dir,
    );
  }, 150_000);

  it(`opens every form of a flow and the longest of each kind (${files.length} files), within its page limit, with its title and every word of its tables`, () => {
    expect(new Set(files.map(({ form }) => form.kind)).size).toBe(new Set(all.map(({ form }) => form.kind)).size);
    const problems: string[] = [];
    for (const { form, name } of files) {
      const pdf = path.join(out, `${name}.pdf`);
      const pages = pdfPages(pdf);
      if (pages > pageLimit(form)) problems.push(`${name}: ${pages} pages`);
      const text = squash(execFileSync('pdftotext', ['-raw', pdf, '-']).toString('utf8'));
      const document = documentOf(form);
      if (!text.includes(squash(document.title))) problems.push(`${name}: no title`);
      for (const block of document.blocks) {
        if (block.type === 'table')
          for (const word of [...block.columns.map((column) => column.label), ...block.rows.flat().map(cellWords)])
            if (!text.includes(squash(word))) problems.push(`${name}: no "${word.slice(0, 20)}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('opens the 党员大会参会人员名单 filled for a branch of 40: every name, within three pages (the blank one’s two, and the rows 40 names add)', () => {
    const pdf = path.join(out, 'filled-40.pdf');
    expect(pdfPages(pdf)).toBeLessThanOrEqual(3);
    const text = squash(execFileSync('pdftotext', ['-raw', pdf, '-']).toString('utf8'));
    for (const name of ['某某村党支部', '村委会会议室', ...leaders, ...fortyMembers]) expect(text).toContain(name);
    expect(text.match(/预备党员/g)).toHaveLength(3);
  });

  it('opens the 民主评议党员结果 and the 整改落实情况 filled from the device: every grade, every status', () => {
    const text = (name: string) =>
      squash(execFileSync('pdftotext', ['-raw', path.join(out, `${name}.pdf`), '-']).toString('utf8'));
    const graded = text('results-40');
    for (const part of ['正式党员：37人', '预备党员：3人', '优秀：19人', '合格：18人', ...fortyMembers])
      expect(graded).toContain(part);
    expect(graded.match(/不评定等次/g)).toHaveLength(3);
    const reported = text('report');
    for (const part of ['村务公开不及时', '进行中（逾期）', '张建国', '已完成（2026年12月3日）', '已补齐'])
      expect(reported).toContain(part);
  });
});

it('names each Word file for its flow and form', () => {
  expect(
    ui.kit.wordFileName(village.shortName, formTitle(formsOf(village).find((form) => form.id === 'rectification')!)),
  ).toBe('村（社区）-整改清单（公示稿）.docx');
});
