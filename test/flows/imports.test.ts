/**
 * Who may speak the interface's words: the model (src/flows/) never, and a page script only its
 * own (the search and offline words), never the whole site's src/ui.ts. Walks static imports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every module a file imports to run, directly or not (relative imports only: packages speak no words of ours). */
function importsOf(file: string, seen = new Set<string>()): Set<string> {
  // Type-only imports are gone from what runs.
  const code = readFileSync(file, 'utf8').replace(/import type [^;]*;/g, '');
  for (const match of code.matchAll(/(?:from|import)\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const target = path.relative('.', path.resolve(path.dirname(file), match[1]!));
    if (seen.has(target)) continue;
    seen.add(target);
    if (/\.ts$/.test(target)) importsOf(target, seen);
  }
  return seen;
}

const isInterfaceWords = (file: string) => file === 'src/ui.ts' || /(^|\/)(words|places)\.ts$/.test(file);
const tsFiles = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(dir, name));

describe('interface words', () => {
  it('the imports walker finds what a module imports (so the checks below can fail)', () => {
    expect([...importsOf('src/site/places.ts')]).toContain('src/ui.ts');
    expect([...importsOf('src/search/client.ts')]).toContain('src/search/words.ts');
  });

  it.each(tsFiles('src/flows'))('the model speaks none: %s imports no interface words', (file) => {
    expect([...importsOf(file)].filter(isInterfaceWords)).toEqual([]);
  });

  it.each([...tsFiles('src/scripts'), 'src/search/client.ts'])(
    'a page script loads only its own words: %s does not import src/ui.ts',
    (file) => {
      expect([...importsOf(file)]).not.toContain('src/ui.ts');
    },
  );
});
