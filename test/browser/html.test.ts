import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir } from '../../src/bench/built-pages.ts';
import { useBrowser, visit } from './browser.ts';

const pages = builtPages();
const validator = new HtmlValidate(
  new StaticConfigLoader({
    extends: ['html-validate:recommended'],
    // Mermaid's SVG carries its own inline styles.
    rules: { 'no-inline-style': 'off' },
  }),
);
const fileOf = (page: string) => path.join(distDir, page, page.endsWith('/') ? 'index.html' : '');

describe('the built HTML', () => {
  it('has pages to check', () => {
    expect(pages.length, 'dist/ is missing: run npm run build').toBeGreaterThan(30);
  });

  it.each(pages)('%s is valid HTML', async (page) => {
    const report = await validator.validateString(readFileSync(fileOf(page), 'utf8'), fileOf(page));
    const messages = report.results.flatMap((result) =>
      result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(messages).toEqual([]);
  });
});

describe('links', () => {
  useBrowser();

  it('every internal link and #anchor on every page resolves', async () => {
    const ids = new Map<string, Set<string>>();
    const links: { from: string; href: string }[] = [];
    for (const page of pages) {
      const { page: tab } = await visit(page, { javaScriptEnabled: false });
      const found = (await tab.evaluate(`({
        ids: [...document.querySelectorAll('[id]')].map((el) => el.id),
        links: [...document.querySelectorAll('a[href], link[href], [*|href]:not(use)')]
          .map((el) => el.getAttribute('href') ?? el.getAttributeNS('http://www.w3.org/1999/xlink', 'href'))
          .filter(Boolean),
      })`)) as { ids: string[]; links: string[] };
      ids.set(page, new Set(found.ids));
      links.push(...found.links.map((href) => ({ from: page, href })));
      await tab.context().close();
    }
    const broken: string[] = [];
    for (const { from, href } of links) {
      const url = new URL(href, `http://site${from}`);
      if (url.host !== 'site') {
        broken.push(`${from}: off-site link ${href}`);
        continue;
      }
      const target = url.pathname;
      const exists = ids.has(target) || existsSync(path.join(distDir, target));
      if (!exists) broken.push(`${from}: ${href} → no such page`);
      else if (url.hash && !ids.get(target)?.has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(`${from}: ${href} → no element with that id`);
      }
    }
    expect(broken).toEqual([]);
    expect(links.length).toBeGreaterThan(1000);
  }, 180_000);
});
