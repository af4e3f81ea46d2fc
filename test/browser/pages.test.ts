import { describe, expect, it } from 'vitest';
import { flowPairs } from '../../src/flows/compare.ts';
import { builtPages } from '../../src/publish/built-pages.ts';
import { loadErrata, loadFlows, loadSourceText } from '../../src/flows/load.ts';
import { rulesCheckedSha256, sourceSha256 } from '../../src/flows/pins.ts';
import {
  erratumPath,
  flowPath,
  handoutPath,
  homePath,
  notFoundPath,
  pairPath,
  searchPagePath,
  sourcePath,
  sourceTextPath,
  stepPath,
} from '../../src/site/urls.ts';
import { useBrowser, visit } from './browser.ts';
import { checkEveryPage, pagesToCheck } from './page-checks.ts';

const flows = loadFlows();
const pages = builtPages();

useBrowser();

it('tests every page of the built site: the home page, 6 flows, 6 handouts, 15 pairs, 404 and the rest', () => {
  expect(pages).toEqual(
    expect.arrayContaining([
      homePath,
      '/compare/',
      '/search/',
      sourcePath,
      notFoundPath,
      ...flows.flatMap((flow) => [flowPath(flow.slug), handoutPath(flow.slug)]),
      ...flowPairs().map(([a, b]) => pairPath(a, b)),
    ]),
  );
});

it('checks the kit page, 本支部信息, 计票, 整改台账, a chart page and a form of each kind once, in the first flow that has it, and every other page', () => {
  const checked = pagesToCheck(pages);
  const once = (list: readonly string[]) =>
    list.filter((path) => /\/(kit\/([a-z0-9-]+\/)?|branch\/|review\/|rectify\/|chart\/)$/.test(path));
  expect(once(checked)).toContain('/flows/village/kit/assembly-agenda/');
  expect(once(checked)).toContain('/flows/nonpublic/kit/report-invite/');
  expect(once(checked)).not.toContain('/flows/village/kit/convene-agenda/');
  expect(once(checked)).toContain('/flows/village/kit/');
  expect(once(checked)).not.toContain('/flows/school/kit/');
  expect(once(checked)).toContain('/flows/village/branch/');
  expect(once(checked)).not.toContain('/flows/school/branch/');
  expect(once(checked)).toContain('/flows/village/review/');
  expect(once(checked)).toContain('/flows/village/rectify/');
  expect(once(checked)).not.toContain('/flows/school/rectify/');
  expect(once(checked)).toContain('/flows/village/chart/');
  expect(once(checked)).not.toContain('/flows/school/chart/');
  // One form of each kind: agenda, names, notice, table, plan, minutes, script, opinions, record,
  // report, roster, ballot, tally, results, problems, ledger.
  expect(
    once(checked).filter((path) => /\/kit\/[a-z0-9-]+\/$/.test(path) && !path.endsWith('/made-here/')),
  ).toHaveLength(16);
  expect(once(checked)).toContain('/flows/village/kit/made-here/');
  expect(once(checked)).not.toContain('/flows/school/kit/made-here/');
  expect(checked.filter((path) => !once(pages).includes(path))).toEqual(
    pages.filter((path) => !once(pages).includes(path)),
  );
});

// Every page but the 15 pairs (pairs.test.ts checks a chain of them, side by side with this file).
checkEveryPage(pagesToCheck(pages).filter((path) => !path.startsWith('/compare/') || path === '/compare/'));

describe('/source/', () => {
  it('shows the whole source text and every erratum, and serves the source file byte for byte', async () => {
    const { page } = await visit(sourcePath);
    const shown = (await page.locator('pre.source-text').textContent())!;
    const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');
    expect(lines(shown)).toEqual(lines(loadSourceText()));
    const errata = loadErrata();
    expect(await page.locator('table.errata tbody tr').count()).toBe(errata.length);
    for (const erratum of errata) {
      expect(
        await page.locator(`table.errata a[href="${stepPath(erratum.flow, erratum.item)}"]`).count(),
      ).toBeGreaterThan(0);
    }
    const text = await page.evaluate(`fetch(${JSON.stringify(sourceTextPath)}).then((r) => r.text())`);
    expect(text).toBe(loadSourceText());
    const checksums = await page.locator('.checksum').allTextContents();
    expect(checksums.join('\n')).toContain(sourceSha256);
    expect(checksums.join('\n')).toContain(rulesCheckedSha256);
  });

  it.each(flows.map((flow) => [flow.slug] as const))(
    '%s: each corrected step carries a 校 mark that leads to its erratum, on the flow page and the handout',
    async (slug) => {
      const expected = loadErrata()
        .filter((erratum) => erratum.flow === slug)
        .map((erratum) => erratumPath(slug, erratum.item));
      for (const address of [flowPath(slug), handoutPath(slug)]) {
        const { page } = await visit(address);
        const hrefs = await page
          .locator('a.erratum-mark')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
        expect(hrefs, address).toEqual([...new Set(expected)]);
      }
      const { page } = await visit(sourcePath);
      for (const href of new Set(expected)) expect(await page.locator(new URL(href, 'http://x').hash).count()).toBe(1);
    },
  );
});

describe('the page for addresses that do not exist', () => {
  it('says so in Chinese and offers the six flows, search and the home page, without JavaScript', async () => {
    const { page } = await visit(notFoundPath, { javaScriptEnabled: false });
    expect(await page.locator('h1').textContent()).toBe('找不到这个页面');
    const hrefs = await page.locator('main a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(expect.arrayContaining([homePath, ...flows.map((flow) => flowPath(flow.slug))]));
    await page.getByRole('searchbox').fill('谈心谈话');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
  });
});

describe('/', () => {
  it('offers the six organisation types as links to their flows', async () => {
    const { page } = await visit(homePath);
    for (const flow of flows) {
      const link = page.getByRole('link', { name: new RegExp(`^${flow.orgType.replace(/[()（）]/g, '.')}`) });
      expect(await link.getAttribute('href')).toBe(flowPath(flow.slug));
    }
  });
});

describe('paint first', () => {
  it('asks for nothing but its stylesheet before the first paint, and starts its scripts after it', async () => {
    for (const address of [homePath, flowPath('village'), searchPagePath, handoutPath('village')]) {
      const { page } = await visit(address, { width: 375, height: 812 });
      const { beforePaint, scripts } = await page.evaluate(() => {
        const paint = performance.getEntriesByType('paint')[0]!.startTime;
        const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        const pathOf = (entry: PerformanceResourceTiming) => new URL(entry.name).pathname;
        return {
          beforePaint: resources.filter((entry) => entry.startTime < paint).map(pathOf),
          scripts: resources.filter((entry) => entry.startTime >= paint && pathOf(entry).endsWith('.js')).map(pathOf),
        };
      });
      expect(beforePaint.length, address).toBeGreaterThan(0);
      // The search page alone starts its engine as it is read in: Pagefind, its own script and the
      // search data that script loads.
      const early = (path: string) =>
        address === searchPagePath && /^\/pagefind\/|^\/_astro\/.*\.js$|^\/search\/documents\//.test(path);
      expect(
        beforePaint.filter((path) => !path.endsWith('.css') && !early(path)),
        address,
      ).toEqual([]);
      expect(scripts.length, address).toBeGreaterThan(0);
      expect(await page.locator('template[data-after-paint]').count(), address).toBe(0);
    }
  });

  it('carries its icon in the page, as a picture that draws', async () => {
    const { page } = await visit(homePath);
    const icon = await page.evaluate(async () => {
      const image = new Image();
      image.src = document.querySelector<HTMLLinkElement>('link[rel="icon"]')!.href;
      await image.decode();
      return { scheme: new URL(image.src).protocol, drawn: image.naturalWidth > 0 };
    });
    // decode() rejects a picture the browser cannot draw.
    expect(icon).toEqual({ scheme: 'data:', drawn: true });
  });
});
