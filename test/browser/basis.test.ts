/** 依据 beside the steps: where the articles show, apart from the steps, short on a phone, whole on paper. */
import { describe, expect, it } from 'vitest';
import { loadFlows, loadRules } from '../../src/flows/load.ts';
import { stepsOf } from '../../src/flows/model.ts';
import { rulesForFlow } from '../../src/flows/rules.ts';
import { commonWords } from '../../src/words/common.ts';
import { flowPath, rulesPath } from '../../src/site/urls.ts';
import { axeViolations, useBrowser, visitToRead } from './browser.ts';

const rules = loadRules();
const flows = loadFlows();

useBrowser();

describe.each(flows.map((flow) => [flow.slug, flow] as const))('/flows/%s/', (slug, flow) => {
  it('shows each article where it bears, outside the step text and its number', async () => {
    const { parts, steps } = rulesForFlow(rules, flow);
    const { page } = await visitToRead(flowPath(slug), { width: 375 });
    for (const { step } of stepsOf(flow)) {
      const item = page.locator(`li.step[data-step="${step.id}"]`);
      const expected = (steps.get(step.id) ?? []).map((quote) => `依据${commonWords.basis.cite(quote)}`);
      const shown = await item.locator('aside.basis .basis-heading').allTextContents();
      expect(
        shown.map((text) => text.replace(/\s+/g, '')),
        step.id,
      ).toEqual(expected);
      expect(await item.locator('.step-text').textContent(), step.id).toBe(step.text);
      expect(await item.locator('.step-text aside, .step-number aside').count()).toBe(0);
    }
    for (const part of flow.parts) {
      const asides = page.locator(`section.part[aria-labelledby="part-${part.id}"] > aside.basis .basis-heading`);
      expect(
        (await asides.allTextContents()).map((text) => text.replace(/\s+/g, '')),
        part.id,
      ).toEqual((parts.get(part.id) ?? []).map((quote) => `依据${commonWords.basis.cite(quote)}`));
    }
  });
});

describe('an article on the flow page', () => {
  it('shows its first sentence on a phone, the whole text after 展开全文, and passes axe open', async () => {
    const { page, consoleErrors } = await visitToRead(flowPath('village'), { width: 375 });
    const article = page.locator('li.step[data-step="mobilize-members"] aside.basis').first();
    const paragraphs = rules.articles.find((quoted) => quoted.article === '第二十三条')!.paragraphs;
    expect(await article.locator('details p').first().isVisible()).toBe(false);
    expect(await article.locator('summary').textContent()).toContain('党组织应当坚持从严教育管理和热情关心爱护相统一');
    await article.getByText('展开全文').click();
    expect(await article.locator('details p').allTextContents()).toEqual(paragraphs);
    expect(await article.locator('details p').last().isVisible()).toBe(true);
    await page
      .locator('details.basis-more')
      .evaluateAll((all) => all.forEach((details) => details.setAttribute('open', '')));
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it('prints whole, without the control', async () => {
    const { page } = await visitToRead(flowPath('village'));
    await page.emulateMedia({ media: 'print' });
    const article = page.locator('li.step[data-step="mobilize-members"] aside.basis').first();
    expect(await article.locator('details p').last().isVisible()).toBe(true);
    expect(await article.locator('summary').isVisible()).toBe(false);
  });
});

describe(rulesPath, () => {
  it('quotes every article in full and links each to the steps it bears on', async () => {
    const { page } = await visitToRead(rulesPath);
    for (const [index, quoted] of rules.articles.entries()) {
      const section = page.locator('section.article').nth(index);
      expect(await section.locator('h2').textContent()).toBe(`《${rules.regulation}》${quoted.article}`);
      expect(await section.locator('blockquote p').allTextContents()).toEqual(quoted.paragraphs);
      expect(await section.locator('.article-uses a').count()).toBeGreaterThan(0);
    }
    expect(await page.locator('a[href="/flows/village/#mobilize-members"]').count()).toBe(2);
  });
});
