import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { alignFlows, comparePair, differenceKind, differs, flowPairs, rowGist } from '../../src/flows/compare.ts';
import { readFileSync } from 'node:fs';
import { pairPath } from '../../src/site/urls.ts';
import { compareDataPath, pairMadeHerePath } from '../../src/offline/made-here.ts';
import { loadFlows, loadRoles } from '../../src/flows/load.ts';
import { htmlFileOf } from '../../src/publish/built-pages.ts';
import { pairHead } from '../../src/site/compare-html.ts';
import { compareWords } from '../../src/words/compare.ts';
import { ui } from '../../src/words/pages.ts';
import { answeredAsOffline, axeViolations, siteUrl, useBrowser, visit, visitToRead } from './browser.ts';

const flows = loadFlows();
const flow = (slug: string) => flows.find((f) => f.slug === slug)!;

useBrowser();

/** Row ids that are displayed. */
const visibleRows = (page: Page) =>
  page.evaluate(
    `[...document.querySelectorAll('tr.compare-row')].filter((tr) => tr.checkVisibility()).map((tr) => tr.id)`,
  ) as Promise<string[]>;

describe('a pair page (村（社区） vs 非公)', () => {
  const rows = comparePair(flow('village'), flow('nonpublic'), flows);

  it('shows every step of both flows in full, marks each difference and leaves identical text unmarked', async () => {
    const { page } = await visit(pairPath('village', 'nonpublic'), { javaScriptEnabled: false });
    expect(await visibleRows(page)).toEqual(rows.map((row) => row.id));
    for (const row of rows) {
      const tr = page.locator(`tr[id="${row.id}"]`);
      // The visible text of each side, without the words for screen readers.
      const texts = await tr.evaluate((element) =>
        [...element.querySelectorAll('td')].map((td) => {
          const text = td.querySelector('.compare-text');
          if (!text) return null;
          const copy = text.cloneNode(true) as Element;
          copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
          return copy.textContent;
        }),
      );
      expect(texts, row.id).toEqual([row.left?.step.text ?? null, row.right?.step.text ?? null]);
      // Words only one side has are marked; a step only one flow has is said in words instead.
      const marks = await tr.locator('del, ins').count();
      const oneSided = !row.left || !row.right;
      expect(marks > 0 || row.stageDiffers || oneSided, row.id).toBe(differs(row));
      if (oneSided) expect(marks, row.id).toBe(0);
      expect(await tr.getAttribute('class'), row.id).toContain(differs(row) ? 'differs' : 'same');
      if (oneSided) {
        const missing = row.left ? '非公企业和社会组织' : '村（社区）';
        expect(await tr.locator('.no-step').textContent()).toBe(`${missing}流程无此步骤`);
      }
    }
  });

  it('says what each mark means in words, for screen readers', async () => {
    const { page } = await visitToRead(pairPath('village', 'school'));
    const row = page.locator('tr[id="democratic-review"]');
    expect(await row.locator('del .visually-hidden').first().textContent()).toBe('〔标点不同：');
    const words = page.locator('tr[id="solicit-opinions"]');
    expect(await words.locator('del .visually-hidden').first().textContent()).toBe('〔仅村（社区）有：');
    expect(await words.locator('ins .visually-hidden').first().textContent()).toBe('〔仅学校有：');
    expect(await row.locator('.badge').first().textContent()).toBe('仅标点不同');
  });

  it('hides identical steps with 只看差异, and punctuation-only ones too when asked (keyboard only)', async () => {
    const { page } = await visitToRead(pairPath('village', 'school'));
    const all = comparePair(flow('village'), flow('school'), flows);
    expect(await visibleRows(page)).toHaveLength(all.length);

    await page.getByLabel('只看差异').focus();
    await page.keyboard.press('Space');
    expect(await visibleRows(page)).toEqual(all.filter((row) => differs(row)).map((row) => row.id));

    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await page.getByLabel('忽略仅标点的差异').isChecked()).toBe(true);
    const inWords = all.filter((row) => differs(row, true)).map((row) => row.id);
    expect(await visibleRows(page)).toEqual(inWords);
    expect(inWords.length).toBeLessThan(all.filter((row) => differs(row)).length);
  });
});

describe('a pair page where the browser lacks :has() (Chrome < 105, Safari < 15.4)', () => {
  it('filters the same, through the script: the :has() rules taken out, CSS.supports saying no', async () => {
    const { page, consoleErrors } = await visit(pairPath('village', 'school'), {
      setup: (tab) =>
        tab.addInitScript(() => {
          const supports = CSS.supports.bind(CSS);
          CSS.supports = (...args: [string, string?]) =>
            args.length === 1 && args[0]!.includes(':has(') ? false : supports(...(args as [string]));
          // What such a browser does with a rule that names :has(): drops it.
          addEventListener('DOMContentLoaded', () => {
            for (const sheet of document.styleSheets)
              for (let i = sheet.cssRules.length - 1; i >= 0; i--)
                if ((sheet.cssRules[i] as CSSStyleRule).selectorText?.includes(':has(')) sheet.deleteRule(i);
          });
        }),
    });
    const all = comparePair(flow('village'), flow('school'), flows);
    await page.getByLabel('只看差异').check();
    expect(await page.evaluate(() => document.body.className)).toContain('only-diff');
    expect(await visibleRows(page)).toEqual(all.filter((row) => differs(row)).map((row) => row.id));
    await page.getByLabel('忽略仅标点的差异').check();
    expect(await visibleRows(page)).toEqual(all.filter((row) => differs(row, true)).map((row) => row.id));
    expect(consoleErrors).toEqual([]);
  });
});

describe('the overview', () => {
  it('shows a matrix with one row per step and a link for every cell that has the step', async () => {
    const { page } = await visitToRead('/compare/');
    const rows = alignFlows(flows);
    expect(await page.locator('table.matrix tbody tr[id]').count()).toBe(rows.length);
    for (const row of rows) {
      const cells = page.locator(`table.matrix tr[id="${row.id}"] td`);
      expect(await cells.count()).toBe(flows.length);
      const links = await cells.locator('a').count();
      expect(links, row.id).toBe(row.cells.filter(Boolean).length);
    }
    // A cell leads to the detail of that difference.
    await page.locator('table.matrix tr[id="supervisor-remarks"] td').nth(3).getByRole('link').click();
    await page.waitForURL(/\/compare\/village-vs-school\/#supervisor-remarks$/);
    expect(await page.locator(':target').getAttribute('id')).toBe('supervisor-remarks');
  });

  it('goes to the chosen pair from the two selects, in either order', async () => {
    const { page } = await visitToRead('/compare/');
    await page.getByLabel('第一类').selectOption('soe');
    await page.getByLabel('第二类').selectOption('agency');
    await page.getByRole('button', { name: '对照' }).click();
    await page.waitForURL(/\/compare\/agency-vs-soe\/$/);
  });

  it('without JavaScript offers all 15 pairs as plain links instead', async () => {
    const { page } = await visit('/compare/', { javaScriptEnabled: false });
    expect(await page.locator('#pair-picker').isVisible()).toBe(false);
    expect(await page.locator('.pair-list a').count()).toBe(15);
  });
});

describe('flow pages', () => {
  it.each(flows.map((f) => f.slug))('/flows/%s/ links to the comparisons with the other five', async (slug) => {
    const { page } = await visit(`/flows/${slug}/`);
    const hrefs = await page.locator('nav.related a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(flows.filter((f) => f.slug !== slug).map((f) => pairPath(slug, f.slug)));
  });
});

describe.each(flowPairs())('%s vs %s', (a, b) => {
  const rows = comparePair(flow(a), flow(b), flows);
  const differing = rows.filter((row) => differs(row));

  it('a summary of exactly the differing steps, rows that name whose words they are, no strike-through (375 and 1280 px)', async () => {
    const { page } = await visitToRead(pairPath(a, b), { width: 375 });
    const summary = await page
      .locator('.compare-summary li a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    // Every differing step, 内容不同 first, then 只是称谓不同, then 仅标点不同, each in reading order.
    const roles = loadRoles();
    const order = ['content', 'names', 'punctuation'];
    expect(summary).toEqual(
      order.flatMap((kind) =>
        differing.filter((row) => differenceKind(row, roles) === kind).map((row) => `#${row.id}`),
      ),
    );
    expect(differing.length).toBeGreaterThan(0);

    for (const row of differing) {
      const said = (await page.locator(`tr[id="${row.id}"] th`).textContent())!;
      const gist = rowGist(row);
      const [left, right] = [flow(a).shortName, flow(b).shortName];
      if (row.difference === 'only-left') expect(said, row.id).toContain(`仅${left}有此步骤`);
      if (row.difference === 'only-right') expect(said, row.id).toContain(`仅${right}有此步骤`);
      if (gist.left.length) expect(said, row.id).toContain(`仅${left}有：`);
      if (gist.right.length) expect(said, row.id).toContain(`仅${right}有：`);
      if (row.difference === 'punctuation') expect(said, row.id).toContain('仅标点不同');
    }

    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      const struck = (await page.evaluate(`[...document.querySelectorAll('main *')]
        .filter((el) => el.checkVisibility() && getComputedStyle(el).textDecorationLine.includes('line-through'))
        .map((el) => el.tagName + ': ' + el.textContent.slice(0, 20))`)) as string[];
      expect(struck, `${width} px`).toEqual([]);
      // Each side's own words carry a cue besides colour: a line under them, or a dotted box.
      const cues =
        (await page.evaluate(`[...document.querySelectorAll('main .compare-row :is(del, ins):not(.punct)')].map((el) => {
        const style = getComputedStyle(el);
        return el.classList.contains('own-left') ? 'left:' + style.textDecorationLine : 'right:' + style.outlineStyle;
      })`)) as string[];
      const wording = differing.some((row) => rowGist(row).left.length || rowGist(row).right.length);
      expect(cues.length > 0, `${width} px`).toBe(wording);
      expect(
        cues.filter((cue) => cue !== 'left:underline' && cue !== 'right:dotted'),
        `${width} px`,
      ).toEqual([]);
      if (width === 1280) {
        // The step names take no more room than they need; the texts get the rest.
        const column = await page
          .locator('table.compare thead th')
          .first()
          .evaluate((th) => th.getBoundingClientRect().width);
        expect(column).toBeLessThanOrEqual(11 * 16);
      }
    }
  });
});

describe('the overview on a phone', () => {
  it('keeps the step names in view when the matrix is scrolled to its right end, and says that it scrolls', async () => {
    const { page } = await visitToRead('/compare/', { width: 375 });
    expect(await page.locator('.scroll-hint').isVisible()).toBe(true);
    const scroller = page.locator('.table-scroll:has(table.matrix)');
    const fits = (await scroller.evaluate((box) => {
      box.scrollLeft = box.scrollWidth;
      const frame = box.getBoundingClientRect();
      return [...box.querySelectorAll('tbody tr[id] th[scope="row"]')].slice(0, 5).map((th) => {
        const cell = th.getBoundingClientRect();
        return box.scrollLeft > 0 && cell.left >= frame.left - 1 && cell.right <= frame.right + 1;
      });
    })) as boolean[];
    expect(fits).toEqual([true, true, true, true, true]);
    expect(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')).toBe(0);
  });
});

describe('comparison that says what kind of difference it is', () => {
  it('groups the summary: 内容不同 first and open, 只是称谓不同 collapsed with the names it cites, every step still listed', async () => {
    const { page } = await visitToRead(pairPath('village', 'school'), { width: 375 });
    const groups = page.locator('.compare-summary .summary-group');
    expect(await groups.locator('h3').allTextContents()).toEqual([
      '内容不同（3 个步骤）',
      '只是称谓不同（6 个步骤）',
      '仅标点不同（1 个步骤）',
    ]);
    const names = page.locator('.compare-summary details.summary-names');
    expect(await names.getAttribute('open')).toBeNull();
    await names.locator('summary').click();
    expect(await names.locator('li a').count()).toBe(6);
    expect(await names.locator('.role-list').textContent()).toContain('乡镇（街道）党（工）委');
    expect(await page.locator('.compare-summary ol li').count()).toBe(10);
    expect(await page.locator('tr#hear-report .badge').textContent()).toBe('只是称谓不同');
    expect(await page.locator('tr#solicit-opinions .badge').textContent()).toBe('内容不同');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('names each matrix cell in words, never by a bare code', async () => {
    const { page } = await visitToRead('/compare/', { width: 375 });
    const cells = await page.locator('table.matrix td.variant').allTextContents();
    expect(cells.filter((text) => /^[甲乙丙丁戊己]$/.test(text.trim()))).toEqual([]);
    for (const text of cells) expect(text.trim()).toMatch(/^(相同|称谓不同|标点不同|内容不同.*|—.*)$/);
    expect(await page.locator('table.matrix tr#hear-report td').nth(1).textContent()).toBe('称谓不同');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('a pair made on the device (offline, the worker answers a pair page with /compare/made-here/)', () => {
  /** What a built page holds inside <main>, before its scripts. */
  const builtBody = (pagePath: string) => {
    const html = readFileSync(htmlFileOf(pagePath), 'utf8');
    return /<main[^>]*>([\s\S]*?)(<template data-after-paint>|<\/main>)/.exec(html)![1]!;
  };

  it('draws a pair exactly as its built page, titled, with a working filter and the row the address names', async () => {
    const pairs = [
      ['village', 'nonpublic'],
      ['agency', 'school'],
      ['hospital', 'soe'],
    ] as const;
    for (const [a, b] of pairs) {
      const pair = pairPath(a, b);
      const { page, consoleErrors } = await visit(`${pair}#briefing`, { width: 375, setup: answeredAsOffline(pair) });
      const drawn = page.locator('[data-pair-made-here] > h1');
      await expect.poll(() => drawn.textContent(), { message: pair }).toBe(pairHead(flow(a), flow(b)).title);
      expect(await page.locator('[data-pair-made-here]').evaluate((place) => place.innerHTML), pair).toBe(
        builtBody(pair),
      );
      expect(await page.title()).toBe(`${pairHead(flow(a), flow(b)).title} - 组织生活会流程指南`);
      if (a === 'village' && b === 'nonpublic') {
        expect(await page.locator('#briefing').boundingBox()).toMatchObject({ y: expect.closeTo(0, -2) });
        const shown = (await visibleRows(page)).length;
        await page.getByLabel('只看差异').check();
        expect((await visibleRows(page)).length).toBeLessThan(shown);
        expect(await axeViolations(page)).toEqual([]);
      }
      expect(consoleErrors).toEqual([]);
      await page.close();
    }
  }, 60_000);

  it('says so, in place of the pair, when the flows’ data cannot be read', async () => {
    const pair = pairPath('agency', 'hospital');
    const { page, consoleErrors } = await visit(pair, {
      setup: async (tab) => {
        await answeredAsOffline(pair)(tab);
        await tab.route(siteUrl(compareDataPath), (route) => route.abort());
      },
    });
    await expect.poll(() => page.locator('[data-pair-message]').textContent()).toBe(compareWords.madeHereUnavailable);
    expect(consoleErrors.filter((error) => !/ERR_FAILED/.test(error))).toEqual([]);
  });

  it('opened at its own address, points to the comparisons, with or without JavaScript', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { page } = await visit(pairMadeHerePath, { javaScriptEnabled });
      expect(await page.locator('[data-pair-message]').textContent()).toBe(compareWords.madeHereIntro + ui.navCompare);
      expect(await page.locator('[data-pair-message] a').getAttribute('href')).toBe('/compare/');
    }
  });
});
