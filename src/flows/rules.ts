/**
 * 依据: rule texts quoted beside the steps they bear on — articles of a regulation, and practice
 * guidance cited by its publication. Pure functions: reading the checked text, comparing the
 * quotes with it, and finding what bears on a flow.
 */
import type { Flow, Placement } from './model.ts';
import { stepsOf } from './model.ts';
import type { GuidanceId, RulesFile } from './schema.ts';
import type { PartId } from './vocabulary.ts';

type BearsOn = RulesFile['articles'][number]['bearsOn'];

/** Which quote it is: an article by its number (18), or a piece of guidance by its id. */
export type QuoteRef = { article: number } | { guidance: GuidanceId };

/** A quoted text: an article of the regulation, or a piece of practice guidance (src/words/common.ts cites it). */
export interface Quote {
  ref: QuoteRef;
  /** What it is called in short: 第十八条; 评定等次 (or the publication, where it has no sections). */
  name: string;
  /** Where it comes from: the regulation (its name without 《》), or the publication and its section. */
  source: { regulation: string } | { publication: string; section?: string };
  paragraphs: string[];
}
const digits: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 第三十二条 → 32 (numbers below 100, as the regulation's articles are). */
export function articleNumber(article: string): number {
  const numeral = article.replace(/^第|条$/g, '');
  const [tens, ones] = numeral.includes('十') ? numeral.split('十') : ['', numeral];
  return (numeral.includes('十') ? (tens ? digits[tens]! : 1) * 10 : 0) + (ones ? digits[ones]! : 0);
}

/**
 * The articles of the checked text (content/rules-checked.md): each "## 第N条" section's
 * paragraphs, separated by blank lines.
 */
export function checkedArticles(markdown: string): Map<string, string[]> {
  const articles = new Map<string, string[]>();
  for (const section of markdown.split(/^## /m).slice(1)) {
    const [heading, ...body] = section.split('\n');
    if (!/^第[一二三四五六七八九十百]+条$/.test(heading!.trim())) continue;
    const paragraphs = body
      .join('\n')
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean);
    articles.set(heading!.trim(), paragraphs);
  }
  return articles;
}

/**
 * The practice guidance of the checked text: each "## 出版物《…》" section's paragraphs by its
 * publication, and, where it has "### " sections, each section's by `publication|section`.
 */
export function checkedGuidance(markdown: string): Map<string, string[]> {
  const quotes = new Map<string, string[]>();
  const paragraphsOf = (text: string) =>
    text
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean);
  for (const section of markdown.split(/^## /m).slice(1)) {
    const [heading, ...body] = section.split('\n');
    const publication = heading!.trim();
    if (!/《.+》/.test(publication) || /^第.+条$/.test(publication)) continue;
    const [lead, ...parts] = body.join('\n').split(/^### /m);
    if (paragraphsOf(lead!).length) quotes.set(publication, paragraphsOf(lead!));
    for (const part of parts) {
      const [name, ...text] = part.split('\n');
      quotes.set(guidanceKey(publication, name!.trim()), paragraphsOf(text.join('\n')));
    }
  }
  return quotes;
}
const guidanceKey = (publication: string, section?: string) => (section ? `${publication}|${section}` : publication);

/** Something wrong at a field of rules.yaml: the keys that lead to it and what is wrong. */
export interface RuleFinding {
  keys: (string | number)[];
  message: string;
}

/** Every way the quoted articles differ from the checked text. */
export function ruleDifferences(rules: RulesFile, checked: string): RuleFinding[] {
  const problems: RuleFinding[] = [];
  if (!checked.includes(`《${rules.regulation}》`)) {
    problems.push({
      keys: ['regulation'],
      message: `《${rules.regulation}》 is not the regulation of the checked text`,
    });
  }
  const articles = checkedArticles(checked);
  rules.articles.forEach((quoted, index) => {
    const original = articles.get(quoted.article);
    if (!original) {
      problems.push({
        keys: ['articles', index, 'article'],
        message: `${quoted.article} is not among the checked articles (${[...articles.keys()].join('、')})`,
      });
      return;
    }
    if (quoted.paragraphs.length !== original.length) {
      problems.push({
        keys: ['articles', index, 'paragraphs'],
        message: `${quoted.article} has ${original.length} paragraph(s) in the checked text, not ${quoted.paragraphs.length}`,
      });
    }
    quoted.paragraphs.forEach((paragraph, p) => {
      if (paragraph !== original[p]) {
        problems.push({
          keys: ['articles', index, 'paragraphs', p],
          message: `${quoted.article} differs from the checked text`,
        });
      }
    });
  });
  const guidance = checkedGuidance(checked);
  rules.guidance.forEach((quoted, index) => {
    const original = guidance.get(guidanceKey(quoted.publication, quoted.section));
    if (!original) {
      problems.push({
        keys: ['guidance', index, quoted.section ? 'section' : 'publication'],
        message: `${quoted.publication}${quoted.section ? ` ${quoted.section}` : ''} is not among the checked publications (${[...guidance.keys()].join('、')})`,
      });
      return;
    }
    if (quoted.paragraphs.length !== original.length) {
      problems.push({
        keys: ['guidance', index, 'paragraphs'],
        message: `${quoted.id} has ${original.length} paragraph(s) in the checked text, not ${quoted.paragraphs.length}`,
      });
    }
    quoted.paragraphs.forEach((paragraph, p) => {
      if (paragraph !== original[p]) {
        problems.push({
          keys: ['guidance', index, 'paragraphs', p],
          message: `${quoted.id} differs from the checked text`,
        });
      }
    });
  });
  return problems;
}

/** Step ids and `where` words that bear on no step of any flow: a mapping that shows nothing. */
export function unmatchedMappings(rules: RulesFile, flows: readonly Flow[]): RuleFinding[] {
  const problems: RuleFinding[] = [];
  for (const list of ['articles', 'guidance'] as const) {
    rules[list].forEach((quote, index) =>
      quote.bearsOn.steps?.forEach((target, s) => {
        const found = flows.some((flow) => stepsOf(flow).some((placement) => matches(target, placement)));
        if (!found) {
          problems.push({
            keys: [list, index, 'bearsOn', 'steps', s],
            message: `no flow has a step "${target.id}"${target.where ? ` whose text holds "${target.where}"` : ''}`,
          });
        }
      }),
    );
  }
  return problems;
}

const matches = (target: { id: string; where?: string | undefined }, { step }: Placement) =>
  step.id === target.id && (!target.where || step.text.includes(target.where));

/** Every quote, as cited: the articles in the regulation's order, then the guidance. */
export function quotesOf(rules: RulesFile): { quote: Quote; bearsOn: BearsOn }[] {
  return [
    ...rules.articles.map(({ article, paragraphs, bearsOn }) => ({
      quote: {
        ref: { article: articleNumber(article) },
        name: article,
        source: { regulation: rules.regulation },
        paragraphs,
      },
      bearsOn,
    })),
    ...rules.guidance.map(({ id, publication, section, paragraphs, bearsOn }) => ({
      quote: {
        ref: { guidance: id },
        name: section ?? publication,
        source: { publication, ...(section ? { section } : {}) },
        paragraphs,
      },
      bearsOn,
    })),
  ];
}

/** One piece of guidance, by the id the site's code reads it with. */
export function guidanceQuote(rules: RulesFile, id: GuidanceId): Quote {
  return quotesOf(rules).find(({ quote }) => 'guidance' in quote.ref && quote.ref.guidance === id)!.quote;
}

/** What bears on each part and each step of one flow. */
export function rulesForFlow(
  rules: RulesFile,
  flow: Flow,
): { parts: Map<PartId, Quote[]>; steps: Map<string, Quote[]> } {
  const parts = new Map<PartId, Quote[]>();
  const steps = new Map<string, Quote[]>();
  const add = <K>(map: Map<K, Quote[]>, key: K, quote: Quote) => map.set(key, [...(map.get(key) ?? []), quote]);
  for (const { quote, bearsOn } of quotesOf(rules)) {
    for (const part of bearsOn.parts ?? []) if (flow.parts.some(({ id }) => id === part)) add(parts, part, quote);
    for (const placement of stepsOf(flow)) {
      if (bearsOn.steps?.some((target) => matches(target, placement))) add(steps, placement.step.id, quote);
    }
  }
  return { parts, steps };
}

/** The first sentence of an article, shown before 展开全文 on a phone. */
export function firstSentence(quote: Quote): string {
  const first = quote.paragraphs[0]!;
  const end = first.indexOf('。');
  return end < 0 ? first : first.slice(0, end + 1);
}
