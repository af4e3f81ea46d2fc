/**
 * 依据: articles of a regulation quoted beside the steps they bear on. Pure functions: reading
 * the checked text, comparing the quoted articles with it, and finding what bears on a flow.
 */
import type { Flow, Placement } from './model.ts';
import { stepsOf } from './model.ts';
import type { RulesFile } from './schema.ts';
import type { PartId } from './vocabulary.ts';

export interface Article {
  /** 第十七条. */
  article: string;
  paragraphs: string[];
  /** 17: for anchors and order. */
  number: number;
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
  return problems;
}

/** Step ids and `where` words that bear on no step of any flow: a mapping that shows nothing. */
export function unmatchedMappings(rules: RulesFile, flows: readonly Flow[]): RuleFinding[] {
  const problems: RuleFinding[] = [];
  rules.articles.forEach((article, index) =>
    article.bearsOn.steps?.forEach((target, s) => {
      const found = flows.some((flow) => stepsOf(flow).some((placement) => matches(target, placement)));
      if (!found) {
        problems.push({
          keys: ['articles', index, 'bearsOn', 'steps', s],
          message: `no flow has a step "${target.id}"${target.where ? ` whose text holds "${target.where}"` : ''}`,
        });
      }
    }),
  );
  return problems;
}

const matches = (target: { id: string; where?: string | undefined }, { step }: Placement) =>
  step.id === target.id && (!target.where || step.text.includes(target.where));

export const toArticle = (quoted: RulesFile['articles'][number]): Article => ({
  article: quoted.article,
  paragraphs: quoted.paragraphs,
  number: articleNumber(quoted.article),
});

/** What bears on each part and each step of one flow. */
export function rulesForFlow(
  rules: RulesFile,
  flow: Flow,
): { parts: Map<PartId, Article[]>; steps: Map<string, Article[]> } {
  const parts = new Map<PartId, Article[]>();
  const steps = new Map<string, Article[]>();
  const add = <K>(map: Map<K, Article[]>, key: K, article: Article) => map.set(key, [...(map.get(key) ?? []), article]);
  for (const quoted of rules.articles) {
    const article = toArticle(quoted);
    for (const part of quoted.bearsOn.parts ?? [])
      if (flow.parts.some(({ id }) => id === part)) add(parts, part, article);
    for (const placement of stepsOf(flow)) {
      if (quoted.bearsOn.steps?.some((target) => matches(target, placement))) add(steps, placement.step.id, article);
    }
  }
  return { parts, steps };
}

/** The first sentence of an article, shown before 展开全文 on a phone. */
export function firstSentence(article: Article): string {
  const first = article.paragraphs[0]!;
  const end = first.indexOf('。');
  return end < 0 ? first : first.slice(0, end + 1);
}
