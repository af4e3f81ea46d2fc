/** Geometry checks on a rendered chart, shared by the flow page and handout tests. */
import type { Page } from 'playwright-core';

/**
 * Points every 2 px along every arrow that fall inside a part or stage title's box (less a
 * 2 px margin, where an arrow ends on the box's edge): an arrow may end at a title, never cross it.
 */
export const arrowsThroughTitles = (page: Page, chart: string) =>
  page.evaluate(`(() => {
    const svg = document.querySelector(${JSON.stringify(chart)});
    const titles = [...svg.querySelectorAll('g.node.part-title, g.node.stage-title')].map((node) => ({
      name: node.textContent.trim(),
      box: node.querySelector('rect, polygon, path').getBoundingClientRect(),
    }));
    const clusters = [...svg.querySelectorAll('g.cluster-label')].map((label) => label.getBoundingClientRect())
      .filter((box) => box.width > 0 && box.height > 0);
    const hits = [];
    for (const path of svg.querySelectorAll('path.flowchart-link')) {
      const matrix = path.getScreenCTM();
      const length = path.getTotalLength();
      for (let at = 0; at <= length; at += 2) {
        const p = new DOMPoint(path.getPointAtLength(at).x, path.getPointAtLength(at).y).matrixTransform(matrix);
        for (const { name, box } of titles) {
          if (p.x > box.left + 2 && p.x < box.right - 2 && p.y > box.top + 2 && p.y < box.bottom - 2) hits.push(path.id + ' → ' + name);
        }
        for (const box of clusters) {
          if (p.x > box.left && p.x < box.right && p.y > box.top && p.y < box.bottom) hits.push(path.id + ' → a box title');
        }
      }
    }
    return { titles: titles.length, hits: [...new Set(hits)] };
  })()`) as Promise<{ titles: number; hits: string[] }>;
