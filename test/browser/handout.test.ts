import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFlows } from '../../src/flows/load.ts';
import { stepsOf } from '../../src/flows/model.ts';
import { nodeLabel } from '../../src/flows/mermaid.ts';
import { axeViolations, useBrowser, visit } from './browser.ts';

const flows = loadFlows();
const dir = mkdtempSync(path.join(tmpdir(), 'handouts-'));
const squash = (text: string) => text.replace(/\s+/g, '');
/** Text of a PDF (or of some of its pages), from Debian's poppler-utils. */
const pdfText = (file: string, first?: number, last?: number) =>
  execFileSync('pdftotext', [
    ...(first ? ['-f', String(first)] : []),
    ...(last ? ['-l', String(last)] : []),
    '-layout',
    file,
    '-',
  ]).toString('utf8');
const pdfPages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);

useBrowser();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(flows.map((flow) => [flow.slug, flow] as const))('/flows/%s/print/', (slug, flow) => {
  it('prints on at most 4 A4 pages, with the whole chart on page one and every step in full', async () => {
    const { page } = await visit(`/flows/${slug}/print/`);
    const file = path.join(dir, `${slug}.pdf`);
    writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    const pages = pdfPages(file);
    expect(pages).toBeLessThanOrEqual(4);

    const all = squash(pdfText(file));
    for (const { step } of stepsOf(flow)) expect(all, step.id).toContain(squash(step.text));
    expect(all).toContain(squash(flow.title));
    expect(all).toContain(`/flows/${slug}/print/`);
    expect(all).toContain(squash('《附件2 专题组织生活会和民主评议党员工作指导流程》'));

    // Chart node labels ("1．摸底动员") are only in the chart: all on page one, none later.
    const first = squash(pdfText(file, 1, 1));
    const rest = squash(pdfText(file, 2, pages));
    for (const { step } of stepsOf(flow)) {
      if (step.number === null) continue;
      expect(first, step.id).toContain(squash(nodeLabel(step)));
      expect(rest, step.id).not.toContain(squash(nodeLabel(step)));
    }
  });

  it('keeps chart labels at 7 pt or more and body text at 10 pt or more on paper', async () => {
    const { page } = await visit(`/flows/${slug}/print/`);
    await page.emulateMedia({ media: 'print' });
    // A4 less the side margins (14 mm each), at 96 px per inch.
    await page.setViewportSize({ width: Math.floor(((210 - 28) / 25.4) * 96), height: 1000 });
    const sizes = (await page.evaluate(`(() => {
      const svg = document.querySelector('.handout-chart svg');
      // The drawing is fitted into its box (preserveAspectRatio meet): the smaller ratio wins.
      const box = svg.getBoundingClientRect();
      const scale = Math.min(box.width / svg.viewBox.baseVal.width, box.height / svg.viewBox.baseVal.height);
      const px = (el) => parseFloat(getComputedStyle(el).fontSize);
      const labels = [...svg.querySelectorAll('.nodeLabel')].map((el) => px(el) * scale);
      const body = [...document.querySelectorAll('main p, main td, main th, main dt, main caption, main h3')].map(px);
      return { label: Math.min(...labels), body: Math.min(...body) };
    })()`)) as { label: number; body: number };
    expect(Math.round(sizes.label * 75) / 100).toBeGreaterThanOrEqual(7);
    expect(Math.round(sizes.body * 75) / 100).toBeGreaterThanOrEqual(10);
    expect(await page.locator('.handout-toolbar').isVisible()).toBe(false);
  });

  it('is reached from the flow page by its 打印讲义 action, and passes axe on screen', async () => {
    const { page } = await visit(`/flows/${slug}/`);
    await page.getByRole('link', { name: new RegExp(`^打印讲义`) }).click();
    await page.waitForURL(new RegExp(`/flows/${slug}/print/$`));
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('print stylesheet of the other pages', () => {
  it.each(['/flows/school/', '/compare/village-vs-school/', '/source/', '/compare/'])(
    '%s prints without controls or navigation',
    async (pagePath) => {
      const { page } = await visit(pagePath);
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      for (const selector of [
        '.site-header nav',
        '.header-search',
        '.breadcrumbs',
        '.compare-controls',
        '.actions',
        '.related',
        '#pair-picker',
      ]) {
        const element = page.locator(selector);
        if (await element.count()) expect(await element.first().isVisible(), selector).toBe(false);
      }
      // Light colours on paper, whatever the screen's scheme.
      const colours = await page.evaluate(
        `[getComputedStyle(document.body).color, getComputedStyle(document.documentElement).backgroundColor]`,
      );
      expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    },
  );

  it('replaces the long screen chart of a guide page with a pointer to the handout', async () => {
    const { page } = await visit('/flows/village/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('figure.chart').isVisible()).toBe(false);
    expect(await page.locator('.print-only').textContent()).toContain('/flows/village/print/');
    const file = path.join(dir, 'guide.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4' }));
    const text = squash(pdfText(file));
    for (const { step } of stepsOf(flows[0]!)) expect(text, step.id).toContain(squash(step.text));
  });
});
