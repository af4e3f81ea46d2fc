/**
 * The built scripts and styles hold no syntax above the supported browsers (package.json's
 * browserslist; README: Browsers). A browser that meets a syntax it does not know drops the whole
 * script, or the whole rule: the page then loses a control or its layout with no word said.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, tokenizer, type Token } from 'acorn';
import browserslist from 'browserslist';
import { browserslistToTargets, transform } from 'lightningcss';
import { describe, expect, it } from 'vitest';
import { distDir } from '../../src/publish/built-pages.ts';

/** Every file of a kind under the built site (the search's own files included: the site loads them). */
const builtFiles = (extension: string) =>
  readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(extension) && !/pagefind-(component-|modular-)?ui|pagefind-highlight/.test(file))
    .sort();

/**
 * The syntax every supported browser reads: ES2021 (Chrome 87 has all of it but class static
 * blocks and top-level await, which are ES2022; Safari 15 and Firefox 115 have it all), less the
 * regular expressions' lookbehind, which Safari reads only from 16.4.
 */
const ecmaVersion = 2021;
const lookbehind = /\(\?<[=!]/;

function syntaxAboveTarget(code: string): string[] {
  try {
    parse(code, { ecmaVersion, sourceType: 'module' });
  } catch (error) {
    return [`not ES${ecmaVersion}: ${(error as Error).message}`];
  }
  return [...tokenizer(code, { ecmaVersion, sourceType: 'module' })]
    .flatMap((token) =>
      token.type.label === 'regexp' ? [(token as Token & { value: { pattern: string } }).value.pattern] : [],
    )
    .filter((pattern) => lookbehind.test(pattern))
    .map((pattern) => `a lookbehind: /${pattern}/`);
}

describe('the built site’s syntax, for the browsers it supports', () => {
  const scripts = builtFiles('.js');
  const styles = builtFiles('.css');

  it('has scripts and styles to check', () => {
    expect(scripts.length, 'dist/ is missing: run npm run build').toBeGreaterThan(20);
    expect(styles.length).toBeGreaterThan(5);
  });

  it.each(scripts)('%s', (file) => {
    expect(syntaxAboveTarget(readFileSync(path.join(distDir, file), 'utf8'))).toEqual([]);
  });

  it('would refuse a newer syntax (the check can fail)', () => {
    expect(syntaxAboveTarget('class A { static { } }')).toHaveLength(1);
    expect(syntaxAboveTarget('const a = await fetch("/");')).toHaveLength(1);
    expect(syntaxAboveTarget('const a = /(?<=x)y/u;')).toHaveLength(1);
    expect(syntaxAboveTarget('let a; a ??= 1; const b = a?.b ?? 2;')).toEqual([]);
  });

  // The styles the build wrote went through lightningcss with the same targets: lowering them
  // again changes nothing. A style above the target (`width <= 40rem`, `:is()` without its
  // fallback, `text-decoration: underline 2px`) comes out different.
  const targets = browserslistToTargets(browserslist());
  const lowered = (code: string, filename: string) =>
    transform({ filename, code: Buffer.from(code), minify: true, targets }).code.toString();

  it.each(styles)('%s', (file) => {
    const code = readFileSync(path.join(distDir, file), 'utf8').trim();
    expect(lowered(code, file)).toBe(lowered(lowered(code, file), file));
    if (file.startsWith('_astro/')) expect(lowered(code, file)).toBe(code);
  });

  it('would refuse a style above the target (the check can fail)', () => {
    const newer = '@media (width<=40rem){h1{font-size:1rem}}';
    expect(lowered(newer, 'probe.css')).not.toBe(newer);
  });
});
