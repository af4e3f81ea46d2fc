/** What the site offers offline, read from a small built site made here. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { companionsOf } from '../../src/offline/companions.ts';
import { chartFromPage, formOfPath, isMakerPage, madeHereBy, pairOfPath } from '../../src/offline/made-here.ts';
import { contentHash, offlineEntries, savedByAll, shellOf, transferBytes, urlOf } from '../../src/offline/files.ts';
import { savedPages } from '../../src/offline/status.ts';
import { flowSlugs } from '../../src/flows/vocabulary.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'offline-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(relative: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
  writeFileSync(path.join(dir, relative), text);
}
for (const [file, text] of Object.entries({
  'index.html': '<h1>首页</h1>',
  'flows/village/index.html': '<h1>村（社区）</h1>'.repeat(50),
  'flows/village/handout.docx': 'PK zip bytes',
  'flows/village/kit/ballot.docx': 'PK zip bytes',
  'flows/village/kit/ballot/index.html': '<h1>民主测评表</h1>',
  'flows/village/kit/made-here/index.html': '<h1>会议材料</h1>',
  'compare/village-vs-soe/index.html': '<h1>村（社区）与国有企业流程对照</h1>',
  'compare/made-here/index.html': '<h1>流程对照</h1>',
  'compare/flows.json': '{"flows":[],"roles":[]}',
  'flows/village/chart.svg': '<svg id="c"><a href="/flows/village/#study"><text>学</text></a></svg>\n',
  'flows/village/share.png': 'png',
  'offline/index.html': 'offline',
  'search/index.html': 'search',
  'search/documents/site.json': '[]',
  'favicon.svg': '<svg/>',
  'manifest.webmanifest': '{}',
  '404.html': 'not found',
  'sw.js': 'worker',
  'offline.json': '[]',
  '_astro/Base.abc.css': 'body{}',
  'pagefind/pagefind-ui.js': 'ui',
  'pagefind/pagefind.js': 'engine',
  '_astro/handout.js': 'import{a}from"./urls.js";a();',
  '_astro/urls.js': 'export const a=()=>1;',
  '_astro/compare.js': 'compare',
})) {
  write(file, text);
}
// Every handout loads the stylesheet and a script that imports another.
for (const slug of flowSlugs) {
  write(
    `flows/${slug}/print/index.html`,
    '<link rel="stylesheet" href="/_astro/Base.abc.css"><script type="module" src="/_astro/handout.js"></script>',
  );
}

describe('files offered offline', () => {
  const entries = offlineEntries(dir);
  const urls = entries.map((entry) => entry.url);

  it('names pages by their folder and files by their path', () => {
    expect(urlOf('index.html')).toBe('/');
    expect(urlOf(path.join('flows', 'village', 'index.html'))).toBe('/flows/village/');
    expect(urlOf(path.join('flows', 'village', 'handout.docx'))).toBe('/flows/village/handout.docx');
    expect(urls).toContain('/flows/village/');
  });

  it('leaves out the worker, its list, the not-found page, link pictures and Pagefind’s interface', () => {
    for (const left of ['/sw.js', '/offline.json', '/404.html', '/flows/village/share.png', '/pagefind/pagefind-ui.js'])
      expect(urls).not.toContain(left);
    expect(urls).toContain('/pagefind/pagefind.js');
  });

  it('keeps the kit’s blank Word files, its forms, the pairs and the charts’ files when read, not by 保存全部 (the device makes them offline)', () => {
    const whenRead = entries.filter((entry) => entry.whenRead).map((entry) => entry.url);
    expect(whenRead).toEqual([
      '/compare/village-vs-soe/',
      '/flows/village/chart.svg',
      '/flows/village/kit/ballot.docx',
      '/flows/village/kit/ballot/',
    ]);
    expect(savedByAll(entries).map((entry) => entry.url)).toEqual(
      expect.arrayContaining([
        '/flows/village/handout.docx',
        '/compare/made-here/',
        '/compare/flows.json',
        '/flows/village/kit/made-here/',
      ]),
    );
    expect(savedByAll(entries)).toHaveLength(entries.length - 4);
  });

  it('makes a pair or a form from the page that draws it, a chart file from its page, and nothing else', () => {
    expect(madeHereBy('/flows/school/kit/ballot/')).toEqual({ page: '/flows/school/kit/made-here/' });
    expect(formOfPath('/flows/school/kit/ballot/')).toEqual({ slug: 'school', id: 'ballot' });
    expect(madeHereBy('/compare/village-vs-soe/')).toEqual({ page: '/compare/made-here/' });
    expect(madeHereBy('/flows/soe/chart.svg')).toMatchObject({
      page: '/flows/soe/chart/',
      cut: { type: /^image\/svg\+xml/ },
    });
    expect(pairOfPath('/compare/village-vs-soe/')).toEqual(['village', 'soe']);
    for (const other of [
      '/compare/soe-vs-village/',
      '/compare/village-vs-village/',
      '/compare/village-vs-soe',
      '/compare/village-vs-town/',
      '/compare/',
      '/compare/made-here/',
      '/flows/village/',
      '/x/compare/village-vs-soe/',
      '/flows/soe/chart/',
      '/flows/town/chart.svg',
      '/flows/school/kit/',
      '/flows/school/kit/made-here/',
      '/flows/school/kit/ballot.docx',
      '/flows/school/kit/ballot/x/',
      '/flows/town/kit/ballot/',
    ]) {
      expect(madeHereBy(other), other).toBeNull();
      if (!other.endsWith('.svg')) expect([pairOfPath(other), formOfPath(other)], other).toEqual([null, null]);
    }
  });

  it('knows the pages that make others, which no reader asks for', () => {
    expect(['/compare/made-here/', '/flows/soe/kit/made-here/'].map(isMakerPage)).toEqual([true, true]);
    expect(
      ['/compare/', '/flows/soe/kit/', '/flows/soe/kit/ballot/', '/compare/village-vs-soe/'].map(isMakerPage),
    ).toEqual([false, false, false, false]);
  });

  it('cuts a chart file from its page: the drawing as the page holds it, and the newline the file ends with', () => {
    const file = '<svg id="c"><a href="/flows/village/#study"><text>学</text></a></svg>\n';
    const page = `<link rel="icon" href="data:image/svg+xml,%3Csvg%3E"><main><figure><div class="chart-canvas">${file.trim()}</div></figure></main>`;
    expect(chartFromPage(page)).toBe(file);
    expect(chartFromPage('<main><p>没有图</p></main>')).toBeNull();
  });

  it('hashes content as the worker does (SHA-256, 16 hex digits) and counts bytes as sent', () => {
    const page = entries.find((entry) => entry.url === '/flows/village/')!;
    expect(page.hash).toBe(contentHash(Buffer.from('<h1>村（社区）</h1>'.repeat(50))));
    expect(page.hash).toMatch(/^[0-9a-f]{16}$/);
    // Text goes gzipped; a Word file as it is.
    expect(page.bytes).toBeLessThan(Buffer.byteLength('<h1>村（社区）</h1>'.repeat(50)));
    expect(transferBytes('a.docx', Buffer.from('PK zip bytes'))).toBe(12);
    const gz = transferBytes('a.html', Buffer.from('x'.repeat(1000)));
    expect(gz).toBeLessThan(100);
  });

  it('puts the offline page, search, and what they and the handouts load in the shell; no flow, no other script', () => {
    const shell = shellOf(dir, entries);
    expect(shell).toEqual(
      expect.arrayContaining(['/offline/', '/search/', '/search/documents/site.json', '/_astro/Base.abc.css']),
    );
    // A script the handout loads, and the one it imports.
    expect(shell).toEqual(expect.arrayContaining(['/_astro/handout.js', '/_astro/urls.js']));
    expect(shell).not.toContain('/_astro/compare.js');
    expect(shell.filter((url) => url.includes('/flows/'))).toEqual([]);
  });

  it('refuses a shell that names a file the build did not write', () => {
    expect(() =>
      shellOf(
        dir,
        entries.filter((entry) => entry.url !== '/search/'),
      ),
    ).toThrow('the offline shell names /search/, which the build did not write');
  });
});

describe('what comes with a page', () => {
  it('a flow page brings its chart, handout, Word file and search data; a form its Word file and what its flow’s forms share; other pages nothing', () => {
    expect(companionsOf('/flows/school/')).toEqual([
      '/flows/school/chart.svg',
      '/flows/school/print/',
      '/flows/school/print/page.css',
      '/flows/school/handout.docx',
      '/search/documents/school.json',
    ]);
    expect(companionsOf('/flows/school/print/')).toEqual([]);
    expect(companionsOf('/flows/school/kit/rectification/')).toEqual([
      '/flows/school/kit/rectification.docx',
      '/kit.css',
      '/flows/school/kit/fill.json',
    ]);
    expect(companionsOf('/flows/school/kit/')).toEqual([]);
    expect(companionsOf('/compare/')).toEqual([]);
  });

  it('counts saved pages, not their files', () => {
    const total = { count: 3, pages: 2, bytes: 1 };
    expect(savedPages({ saved: ['/', '/_astro/a.css', '/flows/village/handout.docx'], complete: false, total })).toBe(
      1,
    );
  });
});
