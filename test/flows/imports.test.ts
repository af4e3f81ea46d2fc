/**
 * Each fact on its floor: every module of src/ sits on a floor, and imports only from its own
 * floor or below. Words at the bottom (src/words/, none of which imports code), the content model
 * above them (src/flows/, which speaks no interface words at all), then what is made from it
 * (plan, paper, site, diagrams, search, kit, handouts, offline), the page scripts, the pages, and
 * the commands on top. So no module below the pages imports the pages' word list
 * (src/words/pages.ts) or a page script, and a page script loads only its own words. Walks the
 * static imports of TypeScript and Astro files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** What a file imports to run, directly (relative imports only: packages are outside the floors). */
function directImports(file: string): string[] {
  // Type-only imports are gone from what runs; Astro's frontmatter and <script> imports are the same syntax.
  const code = readFileSync(file, 'utf8').replace(/import type [^;]*;/g, '');
  return [...code.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((match) =>
    path.relative('.', path.resolve(path.dirname(file), match[1]!)),
  );
}

/** Every module a file imports to run, directly or not. */
function importsOf(file: string, seen = new Set<string>()): Set<string> {
  for (const target of directImports(file)) {
    if (seen.has(target)) continue;
    seen.add(target);
    if (/\.ts$/.test(target)) importsOf(target, seen);
  }
  return seen;
}

/** Floors, lowest first: the first rule that matches a file gives its floor. */
const floors: [number, RegExp][] = [
  [6, /^src\/(publish|bench)\/|^src\/offline\/integration\.ts$|^src\/diagrams\/cli\.ts$|^astro\.config\.mjs$/],
  [5, /^src\/(pages|layouts|components|styles)\/|^src\/words\/pages\.ts$|^src\/content\.config\.ts$/],
  [4, /^src\/scripts\/|^src\/search\/client\.ts$|^src\/offline\/worker\.ts$/],
  [3, /^src\/(kit|branch|review|ledger|handouts|search|offline|share)\//],
  [2, /^src\/(plan|paper|site|diagrams)\//],
  [1, /^src\/flows\//],
  [0, /^src\/words\/|^src\/problem\.ts$/],
];
const floorOf = (file: string): number => {
  const found = floors.find(([, pattern]) => pattern.test(file));
  if (!found) throw new Error(`${file} is on no floor: add it to the floors in test/flows/imports.test.ts`);
  return found[0];
};

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => /\.(ts|astro)$/.test(name) && !name.includes('cache'))
    .map((name) => path.join(dir, name));
const all = sourceFiles('src');

const isPageWords = (file: string) => file === 'src/words/pages.ts';
const isInterfaceWords = (file: string) => file.startsWith('src/words/') || file === 'src/site/places.ts';

describe('imports go down, never back up', () => {
  it('the walker finds what a module imports (so the checks below can fail)', () => {
    expect([...importsOf('src/site/places.ts')]).toContain('src/words/common.ts');
    expect([...importsOf('src/search/client.ts')]).toContain('src/words/search.ts');
    expect(directImports('src/pages/404.astro')).toContain('src/words/pages.ts');
    expect(floorOf('src/scripts/progress.ts')).toBeGreaterThan(floorOf('src/plan/progress.ts'));
  });

  it.each(all.map((file) => [file]))('%s imports only from its floor or below', (file) => {
    const up = directImports(file).filter((target) => floorOf(target) > floorOf(file));
    expect(up.map((target) => `${target} (floor ${floorOf(target)} > ${floorOf(file)})`)).toEqual([]);
  });

  it.each(all.filter((file) => floorOf(file) < 5).map((file) => [file]))(
    '%s, below the pages, imports neither the pages’ words nor a page script',
    (file) => {
      const imported = [...importsOf(file)];
      expect(imported.filter(isPageWords)).toEqual([]);
      if (floorOf(file) < 4) expect(imported.filter((target) => floorOf(target) === 4)).toEqual([]);
    },
  );

  it.each(all.filter((file) => file.startsWith('src/flows/')).map((file) => [file]))(
    'the model speaks no interface words: %s',
    (file) => {
      expect([...importsOf(file)].filter(isInterfaceWords)).toEqual([]);
    },
  );

  it.each(all.filter((file) => file.startsWith('src/words/')).map((file) => [file]))(
    'words are only words: %s imports nothing but other words',
    (file) => {
      expect(directImports(file).filter((target) => !target.startsWith('src/words/'))).toEqual([]);
    },
  );
});
