import { describe, expect, it } from 'vitest';
import { flowPairs, pairPath } from '../../src/flows/compare.ts';
import { builtPages } from '../../src/bench/built-pages.ts';
import { loadErrata, loadFlows, loadSourceText, stepsOf } from '../../src/flows/load.ts';
import { axeViolations, useBrowser, visit } from './browser.ts';

const flows = loadFlows();
const pages = builtPages();

useBrowser();

it('tests every page of the built site: the home page, 6 flows, 6 handouts, 15 pairs and the rest', () => {
  expect(pages).toEqual(
    expect.arrayContaining([
      '/',
      '/compare/',
      '/search/',
      '/source/',
      ...flows.flatMap((flow) => [`/flows/${flow.slug}/`, `/flows/${flow.slug}/print/`]),
      ...flowPairs().map(([a, b]) => pairPath(a, b)),
    ]),
  );
});

describe.each(pages)('%s', (path) => {
  it('is in Chinese, has a title, one h1 and a working skip link', async () => {
    const { page } = await visit(path);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.title()).not.toBe('');
    expect(await page.locator('h1').count()).toBe(1);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '跳到正文' });
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).hash).toBe('#main');
  });

  it('has no axe violations (light and dark schemes), console errors or off-site requests', async () => {
    const { page, consoleErrors, offSiteRequests } = await visit(path);
    expect(await axeViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(offSiteRequests).toEqual([]);
    const dark = await visit(path, { colorScheme: 'dark' });
    expect(await axeViolations(dark.page)).toEqual([]);
  });

  it('fits a 375 px phone without sideways scrolling', async () => {
    const { page } = await visit(path, { width: 375 });
    const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBe(0);
  });
});

describe.each(flows.map((flow) => [flow.slug, flow] as const))('/flows/%s/', (slug, flow) => {
  it('shows its title, a static SVG chart with an accessible name, and every step in full', async () => {
    const { page } = await visit(`/flows/${slug}/`, { javaScriptEnabled: false });
    expect(await page.locator('h1').textContent()).toBe(flow.title);
    const chart = page.locator('figure.chart svg[role~="graphics-document"]');
    expect(await chart.count()).toBe(1);
    const name = await chart.evaluate((svg) => document.getElementById(svg.getAttribute('aria-labelledby')!)?.textContent);
    expect(name).toBe(`流程图：${flow.title}`);
    expect(await page.locator('script').count()).toBe(0);
    for (const { step } of stepsOf(flow)) {
      const item = page.locator('li.step').filter({ has: page.locator(`[id="${step.id}"]`) });
      expect(await item.locator('.step-text').textContent(), step.id).toBe(step.text);
    }
    expect(await page.locator('li.step').count()).toBe(stepsOf(flow).length);
  });

  it.each(['light', 'dark'] as const)('draws every chart label whole, inside its box (%s scheme)', async (scheme) => {
    const { page } = await visit(`/flows/${slug}/`, { width: 375, colorScheme: scheme });
    // Each node: its label's text box must sit inside the node's drawn box, on one line.
    const problems = (await page.evaluate(`
      [...document.querySelectorAll('figure.chart g.node')].flatMap((node) => {
        const box = node.querySelector('rect.label-container, polygon, path.label-container')?.getBoundingClientRect();
        const label = node.querySelector('foreignObject span.nodeLabel');
        if (!box || !label) return [node.id + ': no box or label'];
        const text = label.getBoundingClientRect();
        const inside = text.left >= box.left - 0.5 && text.right <= box.right + 0.5 &&
          text.top >= box.top - 0.5 && text.bottom <= box.bottom + 0.5;
        return inside ? [] : [node.id + ': "' + label.textContent + '" overflows its box'];
      })
    `)) as string[];
    expect(problems).toEqual([]);
    const labels = await page.locator('figure.chart g.node span.nodeLabel').allTextContents();
    expect(labels).toHaveLength(stepsOf(flow).length);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lands on a step from a deep link and from its chart node', async () => {
    const { step } = stepsOf(flow)[3]!;
    const { page } = await visit(`/flows/${slug}/#${step.id}`);
    expect(await page.locator(':target').getAttribute('id')).toBe(step.id);
    const item = page.locator('li.step:has(:target)');
    expect(await item.locator('.step-text').textContent()).toBe(step.text);
    expect(await item.isVisible()).toBe(true);
    const top = await item.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(100);

    const last = stepsOf(flow).at(-1)!.step;
    await page.locator(`figure.chart a[*|href$="#${last.id}"]`).click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#${last.id}`);
    expect(await page.locator(':target').getAttribute('id')).toBe(last.id);
  });
});

describe('/source/', () => {
  it('shows the whole source text and every erratum', async () => {
    const { page } = await visit('/source/');
    const shown = (await page.locator('pre.source-text').textContent())!;
    const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');
    expect(lines(shown)).toEqual(lines(loadSourceText()));
    const errata = loadErrata();
    expect(await page.locator('table.errata tbody tr').count()).toBe(errata.length);
    for (const erratum of errata) {
      expect(await page.locator(`table.errata a[href="/flows/${erratum.flow}/#${erratum.item}"]`).count()).toBeGreaterThan(0);
    }
  });

  it('serves the source file byte for byte', async () => {
    const { page } = await visit('/source/');
    const text = await page.evaluate('fetch("/source.txt").then((r) => r.text())');
    expect(text).toBe(loadSourceText());
  });
});

describe('/', () => {
  it('offers the six organisation types as links to their flows', async () => {
    const { page } = await visit('/');
    for (const flow of flows) {
      const link = page.getByRole('link', { name: new RegExp(`^${flow.orgType.replace(/[()（）]/g, '.')}`) });
      expect(await link.getAttribute('href')).toBe(`/flows/${flow.slug}/`);
    }
  });
});
