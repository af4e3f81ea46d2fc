import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir, htmlFileOf } from '../../src/publish/built-pages.ts';

const pages = builtPages();
const validator = new HtmlValidate(
  new StaticConfigLoader({
    extends: ['html-validate:recommended'],
  }),
);
const fileOf = htmlFileOf;

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
  // Read from the built files: every page's ids, and every address its markup points to.
  const html = new Map(pages.map((page) => [page, readFileSync(fileOf(page), 'utf8')]));
  const attributes = (text: string, name: string) =>
    [...text.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((match) => match[1]!.replace(/&amp;/g, '&'));

  it('every internal link and #anchor on every page resolves', () => {
    const ids = new Map([...html].map(([page, text]) => [page, new Set(attributes(text, 'id'))]));
    const links = [...html].flatMap(([from, text]) =>
      [...attributes(text, 'href'), ...attributes(text, 'xlink:href'), ...attributes(text, 'src')].map((href) => ({
        from,
        href,
      })),
    );
    const broken: string[] = [];
    for (const { from, href } of links) {
      const url = new URL(href, `http://site${from}`);
      // The icon is written into the page (a data: address): nothing to resolve, nothing to fetch.
      if (url.protocol === 'data:') continue;
      if (url.host !== 'site') {
        broken.push(`${from}: off-site link ${href}`);
        continue;
      }
      const target = url.pathname;
      const exists = ids.has(target) || existsSync(path.join(distDir, decodeURIComponent(target)));
      if (!exists) broken.push(`${from}: ${href} → no such page`);
      else if (url.hash && !ids.get(target)?.has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(`${from}: ${href} → no element with that id`);
      }
    }
    expect(broken).toEqual([]);
    expect(links.length).toBeGreaterThan(1000);
  });
});
