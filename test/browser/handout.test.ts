/**
 * Handouts as they come out of a printer and out of Word: printed to PDF from a build whose
 * address is known (SITE), read back with poppler, the QR code read with zbar, and the Word
 * files opened and printed by LibreOffice.
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir } from '../../src/publish/built-pages.ts';
import { loadFlows } from '../../src/flows/load.ts';
import { stepsOf } from '../../src/flows/model.ts';
import { flowPath, handoutPath, wordHandoutPath } from '../../src/site/urls.ts';
import { useBrowser, visit } from './browser.ts';
import { arrowsThroughTitles } from './chart-geometry.ts';
import { printWithLibreOffice } from './office.ts';
import { helperEnv } from './processes.ts';
import { staticServer, type StaticServer } from '../../src/bench/static-server.ts';

const run = promisify(execFile);
const flows = loadFlows();
const flow = (slug: string) => flows.find((candidate) => candidate.slug === slug)!;
const site = 'https://example.org';
const contactAddress = 'dangban@example.org';
const dir = mkdtempSync(path.join(tmpdir(), 'handouts-'));
const squash = (text: string) => text.replace(/\s+/g, '');
/** A PDF's text; `-raw` keeps each table cell's lines together (Word tables), else the page layout. */
const pdfText = (file: string, mode: '-layout' | '-raw' = '-layout') =>
  execFileSync('pdftotext', [mode, file, '-']).toString('utf8');
const pdfPages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);

interface Word {
  page: number;
  yMin: number;
  yMax: number;
  text: string;
}
/** Every word of a PDF with its box (points), from pdftotext -bbox. */
function pdfWords(file: string): { words: Word[]; pageHeight: number } {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-']).toString('utf8');
  const words: Word[] = [];
  let page = 0;
  let pageHeight = 0;
  for (const line of xml.split('\n')) {
    const pageMatch = /<page width="[\d.]+" height="([\d.]+)">/.exec(line);
    if (pageMatch) {
      page++;
      pageHeight = Number(pageMatch[1]);
    }
    const word = /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (word) words.push({ page, yMin: Number(word[1]), yMax: Number(word[2]), text: word[3]! });
  }
  return { words, pageHeight };
}

/**
 * The project built with its deployed address set, served on loopback (astro build alone, which
 * also makes the search index and the offline files: checked below). Without the pages no test
 * here opens, the pair comparisons and the kit's forms (two thirds of the pages): each page is
 * built on its own, the same with them or without.
 */
const unopenedPages = ['compare/[pair]', 'flows/[slug]/kit/[form]', 'flows/[slug]/kit/[form].docx.ts'];
let sited: StaticServer;
beforeAll(async () => {
  const project = path.join(dir, 'project');
  mkdirSync(project);
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(entry, path.join(project, entry), { recursive: true });
  }
  for (const page of unopenedPages) {
    const file = path.join(project, 'src/pages', page);
    if (!existsSync(file)) throw new Error(`src/pages/${page} is gone: update unopenedPages`);
    rmSync(file, { recursive: true });
  }
  symlinkSync(path.resolve('node_modules'), path.join(project, 'node_modules'));
  await run('npx', ['astro', 'build'], { cwd: project, env: helperEnv({ SITE: site, CONTACT: contactAddress }) });
  sited = await staticServer(path.join(project, distDir));
}, 120_000);
afterAll(async () => {
  await sited?.close();
  rmSync(dir, { recursive: true, force: true });
});

useBrowser();

describe('astro build on its own', () => {
  it('makes the Pagefind index, the list of offline files and the service worker', () => {
    const built = path.join(dir, 'project', distDir);
    for (const file of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'offline.json', 'sw.js'])
      expect(existsSync(path.join(built, file)), file).toBe(true);
    const offered = (JSON.parse(readFileSync(path.join(built, 'offline.json'), 'utf8')) as { url: string }[]).map(
      (entry) => entry.url,
    );
    expect(offered).toEqual(expect.arrayContaining(['/', '/flows/village/', '/pagefind/pagefind.js']));
  });
});

describe.each(flows.map((flow) => [flow.slug, flow] as const))('/flows/%s/print/', (slug, flow) => {
  const steps = stepsOf(flow);

  it('prints on at most 4 A4 pages, 10 pt or more throughout, full pages, every step, the address and a QR code back', async () => {
    const { page } = await visit(sited.url + handoutPath(slug));
    const file = path.join(dir, `${slug}.pdf`);
    writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    const pages = pdfPages(file);
    expect(pages).toBeLessThanOrEqual(4);

    const all = squash(pdfText(file));
    expect(steps.filter(({ step }) => !all.includes(squash(step.text))).map(({ step }) => step.id)).toEqual([]);
    expect(all).toContain(squash(flow.title));
    expect(all).toContain(`${site}${flowPath(slug)}`);

    // Word boxes are the font's full height; the title, set at 15 pt, gives the ratio.
    const { words, pageHeight } = pdfWords(file);
    const title = words.find((word) => flow.title.startsWith(word.text) && word.page === 1)!;
    const perPoint = (title.yMax - title.yMin) / 15;
    const smallest = Math.min(...words.map((word) => (word.yMax - word.yMin) / perPoint));
    expect(Math.round(smallest * 10) / 10).toBeGreaterThanOrEqual(10);

    // No page but the last more than 40 % empty (the page-number line in the margin aside).
    const bottom = pageHeight - (14 / 25.4) * 72;
    for (let n = 1; n < pages; n++) {
      const lowest = Math.max(
        ...words.filter((word) => word.page === n && word.yMax < bottom).map((word) => word.yMax),
      );
      expect(lowest / bottom, `page ${n}`).toBeGreaterThanOrEqual(0.6);
    }

    // The QR code, under the chart on page two, opens the flow page.
    const png = path.join(dir, `${slug}-qr`);
    execFileSync('pdftoppm', ['-f', '2', '-l', '2', '-r', '200', '-png', '-singlefile', file, png]);
    const decoded = execFileSync('zbarimg', ['-q', '--raw', `${png}.png`])
      .toString('utf8')
      .trim();
    expect(decoded).toBe(`${site}${flowPath(slug)}`);
  });

  it('on paper: chart labels 10 pt or more, dark lines, rows 10 mm high and a 备注 column 50 mm wide', async () => {
    const { page } = await visit(handoutPath(slug));
    await page.emulateMedia({ media: 'print' });
    // A4 less the side margins (10 mm each), at 96 px per inch.
    await page.setViewportSize({ width: Math.floor(((210 - 20) / 25.4) * 96), height: 1000 });
    const measured = (await page.evaluate(`(() => {
      const mm = (px) => (px * 25.4) / 96;
      const charts = [...document.querySelectorAll('.handout-chart svg')].map((svg) => {
        // The drawing is fitted into its box (preserveAspectRatio meet): the smaller ratio wins.
        const box = svg.getBoundingClientRect();
        const scale = Math.min(box.width / svg.viewBox.baseVal.width, box.height / svg.viewBox.baseVal.height);
        const labels = [...svg.querySelectorAll('.nodeLabel')].map((el) => parseFloat(getComputedStyle(el).fontSize) * scale * 0.75);
        const strokes = [...svg.querySelectorAll('.node rect, .flowchart-link')].map((el) => {
          const style = getComputedStyle(el);
          return { width: parseFloat(style.strokeWidth) * scale * 0.75, colour: style.stroke };
        });
        return { label: Math.min(...labels), stroke: Math.min(...strokes.map((s) => s.width)), colours: [...new Set(strokes.map((s) => s.colour))] };
      });
      const rows = [...document.querySelectorAll('.checklist-table tbody tr')].map((tr) => mm(tr.getBoundingClientRect().height));
      const notes = mm(document.querySelector('.checklist-table thead .col-notes').getBoundingClientRect().width);
      const text = [...document.querySelectorAll('main p, main td, main th, main dt, main caption, main h3, main figcaption')]
        .filter((el) => el.checkVisibility() && el.textContent.trim())
        .map((el) => parseFloat(getComputedStyle(el).fontSize) * 0.75);
      return { charts, rows: Math.min(...rows), notes, text: Math.min(...text) };
    })()`)) as {
      charts: { label: number; stroke: number; colours: string[] }[];
      rows: number;
      notes: number;
      text: number;
    };
    expect(measured.charts).toHaveLength(2);
    // Arrows end at part and stage titles; none crosses one.
    for (const chart of ['.handout-chart:nth-of-type(1) svg', '.handout-chart:nth-of-type(2) svg']) {
      const arrows = await arrowsThroughTitles(page, chart);
      expect(arrows.titles, chart).toBeGreaterThan(0);
      expect(arrows.hits, chart).toEqual([]);
    }
    for (const chart of measured.charts) {
      expect(Math.round(chart.label * 10) / 10).toBeGreaterThanOrEqual(10);
      expect(Math.round(chart.stroke * 100) / 100).toBeGreaterThanOrEqual(0.75);
      expect(chart.colours).toEqual(['rgb(0, 0, 0)']);
    }
    expect(Math.round(measured.rows * 10) / 10).toBeGreaterThanOrEqual(10);
    expect(measured.notes).toBeGreaterThanOrEqual(50);
    expect(Math.round(measured.text * 10) / 10).toBeGreaterThanOrEqual(10);
    expect(await page.locator('.handout-toolbar').isVisible()).toBe(false);
  });

  it('is reached from the flow page, offers the Word version, and without SITE shows the path and no QR code', async () => {
    const { page } = await visit(flowPath(slug));
    expect(await page.getByRole('link', { name: '下载 Word 版（可编辑）' }).getAttribute('href')).toBe(
      wordHandoutPath(slug),
    );
    await page.getByRole('link', { name: /^打印讲义/ }).click();
    await page.waitForURL(new RegExp(`${handoutPath(slug)}$`));
    expect(await page.getByRole('link', { name: '下载 Word 版（可编辑）' }).getAttribute('href')).toBe(
      wordHandoutPath(slug),
    );
    expect(await page.locator('.handout-qr').count()).toBe(0);
    expect(await page.locator('.handout-foot').textContent()).toContain(flowPath(slug));
    expect(await page.locator('.handout-foot').textContent()).not.toContain('https://');
  });
});

describe('with the deployed address known (SITE)', () => {
  it.each(flows.map((flow) => [flow.slug] as const))(
    '/flows/%s/ shows a QR code of its full address, and tags a shared link with it',
    async (slug) => {
      const { page } = await visit(sited.url + flowPath(slug), { width: 360 });
      await page.getByText('本页二维码').click();
      const png = path.join(dir, `${slug}-qr.png`);
      await page.locator('.qr-code').screenshot({ path: png });
      const decoded = execFileSync('zbarimg', ['-q', '--raw', png]).toString('utf8').trim();
      expect(decoded).toBe(`${site}${flowPath(slug)}`);
      expect(await page.locator('meta[property="og:url"]').getAttribute('content')).toBe(`${site}${flowPath(slug)}`);
      const image = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
      expect(image).toMatch(new RegExp(`^${site}/.+\\.png$`));
      // The flow's own picture, drawn at build time: a PNG of 1200×630.
      expect(new URL(image).pathname).toBe(`${flowPath(slug)}share.png`);
      const card = readFileSync(path.join(distDir, new URL(image).pathname));
      expect(card.subarray(1, 4).toString()).toBe('PNG');
      expect([card.readUInt32BE(16), card.readUInt32BE(20)]).toEqual([1200, 630]);
      expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(flow(slug).orgType);
    },
  );

  it('without SITE, shows no QR code and no full address', async () => {
    const { page } = await visit(flowPath('village'));
    expect(await page.locator('.qr-panel').count()).toBe(0);
    expect(await page.locator('meta[property="og:url"]').count()).toBe(0);
    // Nor a feedback address, which CONTACT sets.
    expect(await page.locator('.site-footer .about a').count()).toBe(0);
    expect(await page.locator('.site-footer .about').textContent()).toMatch(/本站内容更新于 \d{4}-\d{2}-\d{2}。/);
  });

  it('says where to send feedback when CONTACT is set', async () => {
    const { page } = await visit(sited.url + flowPath('village'));
    const link = page.locator('.site-footer .about a');
    expect(await link.getAttribute('href')).toBe(`mailto:${contactAddress}`);
    expect(await page.locator('.site-footer .about').textContent()).toContain('意见反馈：');
  });
});

describe('the Word handouts', () => {
  const out = path.join(dir, 'word');

  beforeAll(async () => {
    mkdirSync(out, { recursive: true });
    const files = flows.map((flow) => {
      const file = path.join(out, `${flow.slug}.docx`);
      cpSync(path.join(distDir, wordHandoutPath(flow.slug)), file);
      return file;
    });
    await printWithLibreOffice(files, out, dir);
  }, 150_000);

  it.each(flows.map((flow) => [flow.slug, flow] as const))(
    '%s: opens, prints within 4 pages, holds every step in full, names Chinese office fonts with fallbacks, 10.5 pt or more',
    (slug, flow) => {
      const pdf = path.join(out, `${slug}.pdf`);
      expect(pdfPages(pdf)).toBeLessThanOrEqual(4);
      const text = squash(pdfText(pdf, '-raw'));
      expect(text.includes(squash(flow.title)), 'title').toBe(true);
      const missing = stepsOf(flow).filter(({ step }) => !text.includes(squash(step.text)));
      expect(missing.map(({ step }) => step.id)).toEqual([]);
      // The same checklist as the print page: 完成, 步骤, 日期, 备注, and what each step calls for.
      for (const field of ['党组织名称', '会议时间', '地点', '记录人', '完成', '步骤（原文全文）', '日期', '备注'])
        expect(text).toContain(field);
      expect(text).toContain(squash('〔需要准备：'));
      expect(text).toContain(squash('党员大会（党支部书记主持）'));

      const files = unzipSync(new Uint8Array(readFileSync(path.join(out, `${slug}.docx`))));
      const document = strFromU8(files['word/document.xml']!);
      const fonts = strFromU8(files['word/fontTable.xml']!);
      expect(document).toContain('w:eastAsia="方正小标宋简体"');
      expect(document).toContain('w:eastAsia="仿宋_GB2312"');
      expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="FangSong"/>');
      expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="SimHei"/>');
      const sizes = [...document.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((match) => Number(match[1]) / 2);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10.5);
      const page = /<w:pgSz w:w="(\d+)" w:h="(\d+)"/.exec(document)!;
      expect([page[1], page[2]]).toEqual(['11906', '16838']);
    },
  );
});

describe('print stylesheet of the other pages', () => {
  it.each([
    ['/flows/school/', ['.site-header nav', '.header-search', '.breadcrumbs', '.related', '.overview']],
    ['/compare/village-vs-school/', ['.site-header nav', '.header-search', '.breadcrumbs', '.compare-controls']],
    ['/source/', ['.site-header nav', '.header-search', '.breadcrumbs']],
    ['/compare/', ['.site-header nav', '.header-search', '.breadcrumbs', '#pair-picker']],
  ] as const)('%s prints without controls or navigation', async (pagePath, hidden) => {
    const { page } = await visit(pagePath);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    for (const selector of hidden) {
      const element = page.locator(selector);
      expect(await element.count(), selector).toBeGreaterThan(0);
      expect(await element.first().isVisible(), selector).toBe(false);
    }
    // Light colours on paper, whatever the screen's scheme.
    const colours = await page.evaluate(
      `[getComputedStyle(document.body).color, getComputedStyle(document.documentElement).backgroundColor]`,
    );
    expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  });

  it('replaces the long screen chart of a guide page with a pointer to the handout', async () => {
    const { page } = await visit(flowPath('village'));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('figure.chart').isVisible()).toBe(false);
    expect(await page.locator('.print-only').textContent()).toContain(handoutPath('village'));
    const file = path.join(dir, 'guide.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4' }));
    const text = squash(pdfText(file));
    expect(
      stepsOf(flows[0]!)
        .filter(({ step }) => !text.includes(squash(step.text)))
        .map(({ step }) => step.id),
    ).toEqual([]);
  });
});
