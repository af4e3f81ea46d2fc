import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadFlows } from '../../src/flows/load.ts';
import { stepsOf } from '../../src/flows/model.ts';
import { fullPlaceLabel } from '../../src/site/places.ts';
import { chartPath, flowPath, stepPath } from '../../src/site/urls.ts';
import { siteUrl, useBrowser, visit, visitToRead } from './browser.ts';
import { arrowsThroughTitles } from './chart-geometry.ts';

const flows = loadFlows();

useBrowser();

/** Each node's label must sit inside the node's drawn box. */
const labelsOutsideBoxes = (page: Page) =>
  page.evaluate(`
    [...document.querySelectorAll('figure.chart g.node')].flatMap((node) => {
      const box = node.querySelector('rect.label-container, polygon, path.label-container')?.getBoundingClientRect();
      const label = node.querySelector('foreignObject span.nodeLabel');
      if (!box || !label) return [node.id + ': no box or label'];
      const text = label.getBoundingClientRect();
      const inside = text.left >= box.left - 0.5 && text.right <= box.right + 0.5 &&
        text.top >= box.top - 0.5 && text.bottom <= box.bottom + 0.5;
      return inside ? [] : [node.id + ': "' + label.textContent + '" overflows its box'];
    })
  `) as Promise<string[]>;

/**
 * Share of a full-page screenshot's pixels that are bright (luminance above 60 %). A JPEG: it
 * takes half the time of a PNG to make and read, and its blur moves the share by a tenth of a
 * per cent at most.
 */
async function brightShare(page: Page): Promise<number> {
  const jpeg = (await page.screenshot({ fullPage: true, type: 'jpeg', quality: 40 })).toString('base64');
  return (await page.evaluate(`new Promise((resolve) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      const data = context.getImageData(0, 0, image.width, image.height).data;
      let bright = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2] > 153) bright++;
      }
      resolve(bright / (data.length / 4));
    };
    image.src = 'data:image/jpeg;base64,${jpeg}';
  })`)) as number;
}

describe.each(flows.map((flow) => [flow.slug, flow] as const))('/flows/%s/', (slug, flow) => {
  const steps = stepsOf(flow);

  it('on a phone: step 1 near the top, steps numbered 1…N, the chart behind a control, and "you are here"', async () => {
    const { page, consoleErrors } = await visit(flowPath(slug), { width: 375, height: 812 });
    const firstStep = await page
      .locator('li.step .step-text')
      .first()
      .evaluate((el) => el.getBoundingClientRect().top + scrollY);
    expect(firstStep).toBeLessThanOrEqual(1000);

    const shown = await page
      .locator('li.step')
      .evaluateAll((items) =>
        items.map((li) => [
          li.querySelector('.step-number')!.textContent!.trim(),
          li.querySelector('.step-text')!.textContent,
        ]),
      );
    expect(shown).toEqual(steps.map(({ step }) => [String(step.number), step.text]));
    const headings = await page.locator('li.step .step-heading').allTextContents();
    expect(headings).toEqual(steps.map(({ step }) => `第${step.number}步：${step.label}`));
    // Each number is a link to its step, named by the step's heading.
    const [first] = steps;
    expect(
      await page.getByRole('link', { name: `第1步：${first!.step.label}`, exact: true }).getAttribute('href'),
    ).toBe(`#${first!.step.id}`);

    // The chart starts closed: on first load nothing of it but its control takes room.
    const toggle = page.locator('details.chart-toggle');
    expect(await toggle.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('figure.chart').isVisible()).toBe(false);
    await toggle.locator('summary').click();
    expect(await page.locator('figure.chart').isVisible()).toBe(true);
    // Fetched when opened (a file of its own, not in the page's first round trip).
    await page.locator('figure.chart svg').waitFor();
    const labelPx = (await page.evaluate(`(() => {
      const svg = document.querySelector('figure.chart svg');
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return Math.min(...[...svg.querySelectorAll('.nodeLabel')].map((el) => parseFloat(getComputedStyle(el).fontSize) * scale));
    })()`)) as number;
    expect(labelPx).toBeGreaterThanOrEqual(12);
    expect(await labelsOutsideBoxes(page)).toEqual([]);
    const titled = flow.parts.flatMap((part) => part.stages).filter((stage) => stage.title).length;
    expect(await page.locator('figure.chart g.node span.nodeLabel').count()).toBe(
      steps.length + flow.parts.length + titled,
    );
    const arrows = await arrowsThroughTitles(page, 'figure.chart svg');
    expect(arrows.titles).toBeGreaterThan(0);
    expect(arrows.hits).toEqual([]);

    // Scroll a step of 党员大会 onto the reading line (a third of the way down): the bar names it.
    const here = page.locator('.here-bar [aria-current="step"]');
    expect(await here.isVisible()).toBe(false);
    const target = steps.find(({ stage }) => stage.id === 'assembly')!;
    await page
      .locator(`li.step[data-step="${target.step.id}"]`)
      .evaluate((el) => scrollTo(0, el.getBoundingClientRect().top + scrollY - (innerHeight / 3 - 10)));
    await expect.poll(() => here.isVisible()).toBe(true);
    await expect.poll(() => here.textContent()).toBe(fullPlaceLabel(flow, target));
    expect(await here.textContent()).toContain('党员大会');
    const barTop = await page.locator('.here-bar').evaluate((el) => el.getBoundingClientRect().top);
    expect(barTop).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it('"you are here" names the step a link jumped to, or that holds the focus, number first, one line at 200 % text', async () => {
    const { page } = await visit(flowPath(slug), { width: 360 });
    await page.evaluate(`document.documentElement.style.fontSize = '200%'`);
    const here = page.locator('.here-bar [aria-current="step"]');
    for (const { step } of [steps[6]!, steps[steps.length - 4]!, steps.at(-1)!]) {
      const target = steps.find((placement) => placement.step.id === step.id)!;
      await page.evaluate(`location.hash = '#${step.id}'`);
      await expect.poll(() => here.textContent(), { message: step.id }).toBe(fullPlaceLabel(flow, target));
      expect(await here.textContent()).toMatch(/^第\d+步\/共\d+步 · /);
      // One line, whatever the text size: where the words do not fit, they are cut at the end
      // (the step's number, first, stays), never wrapped over the step below.
      expect(
        await here.evaluate(
          (el) => el.getBoundingClientRect().height < parseFloat(getComputedStyle(el).lineHeight) * 1.6 + 8,
        ),
      ).toBe(true);
      expect(
        await here.evaluate(
          (el) => el.scrollWidth <= el.clientWidth || getComputedStyle(el).textOverflow === 'ellipsis',
        ),
      ).toBe(true);
    }
    // Focus moved by keyboard into another step: the bar follows it.
    await page.evaluate(`location.hash = '#${steps[2]!.step.id}'`);
    await expect.poll(() => here.textContent()).toBe(fullPlaceLabel(flow, steps[2]!));
    await page.locator(`li.step[data-step="${steps[3]!.step.id}"] .step-number`).focus();
    await expect.poll(() => here.textContent()).toBe(fullPlaceLabel(flow, steps[3]!));
  });

  it('on a desktop, dark: the chart beside the steps, labels in their boxes, and no bright slab', async () => {
    const { page } = await visit(flowPath(slug), { colorScheme: 'dark' });
    const chart = page.locator('figure.chart');
    expect(await chart.isVisible()).toBe(true);
    const [guide, figure] = await Promise.all([page.locator('.flow-guide'), chart].map((l) => l.boundingBox()));
    expect(figure!.x).toBeGreaterThan(guide!.x + guide!.width - 1);
    expect(await labelsOutsideBoxes(page)).toEqual([]);
    expect(await brightShare(page)).toBeLessThanOrEqual(0.15);
  });

  it('without JavaScript, reads the same: every step, no "you are here" bar, the chart a link away', async () => {
    const { page, consoleErrors } = await visit(flowPath(slug), { width: 375, javaScriptEnabled: false });
    expect(await page.locator('li.step .step-text').allTextContents()).toEqual(steps.map(({ step }) => step.text));
    expect(await page.locator('.here-bar').isVisible()).toBe(false);
    expect(await page.locator('h1').textContent()).toBe(flow.title);
    // The control opens on a link to the chart's own page, which shows it with every box linking back.
    await page.locator('details.chart-toggle > summary').click();
    await page.getByRole('link', { name: '打开流程图' }).click();
    await page.waitForURL(siteUrl(chartPath(slug)));
    const chart = page.locator('figure.chart svg[role~="graphics-document"]');
    const name = await chart.evaluate(
      (svg) => document.getElementById(svg.getAttribute('aria-labelledby')!)?.textContent,
    );
    expect(name).toBe(`流程图：${flow.title}`);
    const { step } = steps.at(-1)!;
    await page.locator(`figure.chart a[*|href$="#${step.id}"]`).click();
    await page.waitForURL(siteUrl(stepPath(slug, step.id)));
    expect(await page.locator(':target').getAttribute('id')).toBe(step.id);
    expect(consoleErrors).toEqual([]);
  });

  it('on a phone, lays out the chart only when it is opened', async () => {
    const { page } = await visitToRead(flowPath(slug), { width: 375 });
    expect(await page.locator('figure.chart svg').count()).toBe(0);
    await page.locator('details.chart-toggle > summary').click();
    await page.locator('figure.chart svg[role~="graphics-document"]').waitFor();
    expect(await page.locator('figure.chart svg[role~="graphics-document"]').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: '打开流程图' }).count()).toBe(0);
    expect(await page.locator('figure.chart g.node').count()).toBeGreaterThanOrEqual(steps.length);
  });

  it('lands on a step from a deep link and from its chart node', async () => {
    const { step } = steps[3]!;
    const { page } = await visitToRead(`${flowPath(slug)}#${step.id}`);
    expect(await page.locator(':target').getAttribute('id')).toBe(step.id);
    const item = page.locator('li.step:has(:target)');
    expect(await item.locator('.step-text').textContent()).toBe(step.text);
    const top = await item.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(100);

    const last = steps.at(-1)!.step;
    await page.locator(`figure.chart a[*|href$="#${last.id}"]`).click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#${last.id}`);
    expect(await page.locator(':target').getAttribute('id')).toBe(last.id);
  });
});

describe('Chinese typography', () => {
  it('sets Chinese quotes full-width (a “ at least 0.9 em wide)', async () => {
    const { page } = await visitToRead(flowPath('village'), { width: 375 });
    const ratio = (await page.evaluate(`(() => {
      const el = [...document.querySelectorAll('.step-text')].find((p) => p.textContent.includes('“'));
      const node = [...el.childNodes].find((n) => n.nodeType === 3 && n.textContent.includes('“'));
      const range = document.createRange();
      const at = node.textContent.indexOf('“');
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      return range.getBoundingClientRect().width / parseFloat(getComputedStyle(el).fontSize);
    })()`)) as number;
    expect(ratio).toBeGreaterThanOrEqual(0.9);
  });
});
