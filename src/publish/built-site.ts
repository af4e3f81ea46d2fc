/**
 * What a built site must hold to before it is published (npm run build checks dist.next/ with it,
 * and npm run bench prints its figures): every page within the page budgets, and no page with an
 * address that leads off the site's origin for an image or a script, or to anything but http(s)
 * for a link — whatever the content or a component put there.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtPages, htmlFileOf } from './built-pages.ts';
import { flowSlugs } from '../flows/vocabulary.ts';
import { servedBytes } from '../offline/files.ts';
import { branchPath, flowPath, ledgerPath, reviewPath } from '../site/urls.ts';
import { formMadeHerePath, pairMadeHerePath } from '../offline/made-here.ts';

const KB = 1024;

/** Page budgets, in gzip bytes of what a first visit of the page loads before any interaction. */
export const pageBudgets = {
  flowPageTotal: 60 * KB,
  /**
   * A flow page's HTML, gzip: with its headers (about 300 bytes) it must arrive in the first round
   * trip (TCP's initial window, 10 packets of 1,460 bytes, 14,200 bytes with room for them); one
   * byte over costs Lighthouse's slow 4G 150 ms of FCP (905 against 756 ms, measured). 12 KB
   * leaves room for a flow with longer names and steps (the chart is a file of its own).
   */
  flowPageHtml: 12 * KB,
  scriptBeforeInteraction: 10 * KB,
  /**
   * A page that is a tool to enter her own data (本支部信息, 计票与评定, 整改台账) rather than to
   * read: its editor is the page, and comes with it (14 KB until the pages said how sure their
   * keeping on the device is).
   */
  toolScriptBeforeInteraction: 15 * KB,
  /**
   * A page made on the device (src/offline/made-here.ts): read only offline, from what 保存全部
   * kept, so none of it crosses a network; its drawing (a form's document and renderer, a pair's
   * word diff) is the page.
   */
  madeHereScriptBeforeInteraction: 20 * KB,
};

/** The pages that are tools to enter data, and the pages made on the device: their own script budgets. */
const toolPages = new Set([branchPath, reviewPath, ledgerPath].flatMap((page) => flowSlugs.map(page)));
const madeHerePages = new Set([pairMadeHerePath, ...flowSlugs.map(formMadeHerePath)]);

export interface PageWeight {
  page: string;
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
}

const gzip = (bytes: Buffer | string) => gzipSync(bytes).length;

/** Each page's first-load weight: its HTML and what it loads before any interaction, gzip. */
export function pageWeights(site: string): PageWeight[] {
  const fileSize = (url: string) => servedBytes(site, url.split(/[?#]/)[0]!);
  return builtPages(site).map((page) => {
    const html = readFileSync(htmlFileOf(page, site), 'utf8');
    const weight = { page, html: gzip(html), css: 0, js: 0, other: 0, total: 0 };
    for (const link of tags(html, 'link')) {
      const href = attribute(link, 'href');
      const rel = attribute(link, 'rel') ?? '';
      if (!href?.startsWith('/')) continue;
      if (rel === 'stylesheet') weight.css += fileSize(href);
      else if (rel.includes('icon')) weight.other += fileSize(href);
    }
    const modules = new Set<string>();
    for (const script of tags(html, 'script')) {
      const src = attribute(script, 'src');
      if (src?.startsWith('/')) staticImports(site, src, modules);
    }
    for (const module of modules) weight.js += fileSize(module);
    // Inline scripts are already in the HTML's size; count them as JavaScript too, for the budget.
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g)];
    weight.js += inline.reduce((sum, match) => sum + gzip(match[1]!), 0);
    weight.total = weight.html + weight.css + weight.js + weight.other;
    return weight;
  });
}

const tags = (html: string, tag: string) =>
  [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'gi'))].map((match) => match[0]);
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1];

/** A module and every module it imports statically (they load before it runs). */
function staticImports(site: string, url: string, seen: Set<string>): void {
  if (seen.has(url)) return;
  seen.add(url);
  const code = readFileSync(path.join(site, url), 'utf8');
  for (const match of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
    staticImports(site, new URL(match[1]!, `http://site${url}`).pathname, seen);
  }
}

export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/**
 * The pages over a budget, each in one line. Every page of a flow — its guide, chart, handout, kit,
 * each form, 本支部信息, the count and the 台账 — is held to the flow page's HTML and total budgets.
 */
export function budgetBreaches(weights: readonly PageWeight[]): string[] {
  const ofFlow = (page: string) => flowSlugs.some((slug) => page.startsWith(flowPath(slug)));
  return weights.flatMap((weight) => {
    const scriptBudget = madeHerePages.has(weight.page)
      ? pageBudgets.madeHereScriptBeforeInteraction
      : toolPages.has(weight.page)
        ? pageBudgets.toolScriptBeforeInteraction
        : pageBudgets.scriptBeforeInteraction;
    return [
      ...(weight.js > scriptBudget
        ? [`${weight.page}: ${kb(weight.js)} of JavaScript before interaction (budget ${kb(scriptBudget)})`]
        : []),
      ...(ofFlow(weight.page) && weight.html > pageBudgets.flowPageHtml
        ? [
            `${weight.page}: ${kb(weight.html)} of HTML (budget ${kb(pageBudgets.flowPageHtml)}: the first round trip, with room to grow)`,
          ]
        : []),
      ...(ofFlow(weight.page) && weight.total > pageBudgets.flowPageTotal
        ? [`${weight.page}: ${kb(weight.total)} in all (budget ${kb(pageBudgets.flowPageTotal)})`]
        : []),
    ];
  });
}

/** An attribute's value as a browser reads it: character references decoded, outer blanks gone. */
function decoded(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(
      /&(colon|tab|newline|amp|sol);?/gi,
      (_, name: string) => ({ colon: ':', tab: '\t', newline: '\n', amp: '&', sol: '/' })[name.toLowerCase()]!,
    )
    .replace(/\p{Cc}| /gu, '');
}

/** Where a scheme or a protocol-relative // takes an address off the page's origin. */
const leavesOrigin = (address: string) => /^([a-z][a-z0-9+.-]*:|\/\/|\\\\)/i.test(address);
const webAddress = (address: string) => /^https?:\/\//i.test(address);

/**
 * Addresses in built pages that no content may produce: a link (<a href>, <area href>, <form
 * action>) to anything but the site or an http(s) address, and anything a page loads (src of
 * <img>, <script>, <iframe>, <source>, <embed>, <video>, <audio>; <object data>) from elsewhere.
 */
export function offOriginAddresses(site: string): string[] {
  const found: string[] = [];
  for (const page of builtPages(site)) {
    const html = readFileSync(htmlFileOf(page, site), 'utf8');
    for (const match of html.matchAll(/<(a|area|form|img|script|iframe|source|embed|video|audio|object)\b[^>]*>/gi)) {
      const tag = match[1]!.toLowerCase();
      const name = tag === 'form' ? 'action' : tag === 'object' ? 'data' : ['a', 'area'].includes(tag) ? 'href' : 'src';
      const raw = attribute(match[0], name) ?? new RegExp(`\\s${name}='([^']*)'`, 'i').exec(match[0])?.[1];
      if (raw === undefined) continue;
      const address = decoded(raw);
      const isLink = ['a', 'area', 'form'].includes(tag);
      if (leavesOrigin(address) && !(isLink && webAddress(address))) {
        found.push(`${page}: <${tag} ${name}="${raw.slice(0, 60)}">`);
      }
    }
  }
  return found;
}
