/** 依据: the quoted articles and where they bear on the flows (src/flows/rules.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFlows, loadRules } from '../../src/flows/load.ts';
import { articleNumber, checkedArticles, firstSentence, rulesForFlow, toArticle } from '../../src/flows/rules.ts';

const rules = loadRules();
const flows = loadFlows();

describe('the quoted articles', () => {
  it('are exactly the checked ones, paragraph by paragraph', () => {
    const checked = checkedArticles(readFileSync('content/rules-checked.md', 'utf8'));
    expect(rules.articles.map((article) => article.article)).toEqual([...checked.keys()]);
    for (const article of rules.articles) expect(article.paragraphs).toEqual(checked.get(article.article));
  });

  it.each([
    ['第十七条', 17],
    ['第十八条', 18],
    ['第二十三条', 23],
    ['第三十条', 30],
    ['第三十二条', 32],
    ['第九条', 9],
  ])('%s is article %d', (article, number) => expect(articleNumber(article)).toBe(number));

  it('shows the first sentence before 展开全文', () => {
    expect(firstSentence(toArticle(rules.articles[1]!))).toBe('党支部一般每年开展1次民主评议党员。');
  });
});

describe('where the articles bear on each flow', () => {
  const table = Object.fromEntries(
    flows.map((flow) => {
      const { parts, steps } = rulesForFlow(rules, flow);
      const names = (articles: { article: string }[]) => articles.map(({ article }) => article).join('、');
      return [
        flow.slug,
        {
          parts: Object.fromEntries([...parts].map(([id, articles]) => [id, names(articles)])),
          steps: Object.fromEntries([...steps].map(([id, articles]) => [id, names(articles)])),
        },
      ];
    }),
  );

  it('is what the checked list suggests, step by step', () => {
    const common = { parts: { meeting: '第十七条', review: '第十八条' } };
    expect(table).toEqual({
      village: {
        ...common,
        steps: {
          'mobilize-members': '第二十三条、第三十二条',
          'heart-to-heart': '第十九条',
          'leader-talk': '第十九条',
          'apply-rating': '第三十条',
        },
      },
      agency: {
        ...common,
        steps: { 'heart-to-heart': '第十九条', 'leader-talk': '第十九条', 'apply-rating': '第三十条' },
      },
      nonpublic: { ...common, steps: { 'heart-to-heart': '第十九条', 'apply-rating': '第三十条' } },
      school: {
        ...common,
        steps: { 'heart-to-heart': '第十九条', 'leader-talk': '第十九条', 'apply-rating': '第三十条' },
      },
      hospital: {
        ...common,
        steps: { 'heart-to-heart': '第十九条', 'leader-talk': '第十九条', 'apply-rating': '第三十条' },
      },
      soe: {
        ...common,
        steps: { 'heart-to-heart': '第十九条', 'leader-talk': '第十九条', 'apply-rating': '第三十条' },
      },
    });
  });
});
