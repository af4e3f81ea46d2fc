/** 依据: the quoted articles and where they bear on the flows (src/flows/rules.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFlows, loadRules } from '../../src/flows/load.ts';
import {
  articleNumber,
  checkedArticles,
  checkedGuidance,
  firstSentence,
  guidanceQuote,
  quotesOf,
  ruleDifferences,
  rulesForFlow,
} from '../../src/flows/rules.ts';
import { commonWords } from '../../src/words/common.ts';

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
    expect(firstSentence(quotesOf(rules)[1]!.quote)).toBe('党支部一般每年开展1次民主评议党员。');
  });
});

describe('the practice guidance quoted', () => {
  const checked = readFileSync('content/rules-checked.md', 'utf8');

  it('is each checked section of the two publications, word for word, and nothing else of the file', () => {
    const guidance = checkedGuidance(checked);
    expect([...guidance.keys()]).toEqual([
      '共产党员网《支部生活·民主评议党员》|评定等次',
      '共产党员网《支部生活·民主评议党员》|结果运用',
      '临洮县委组织部《民主评议党员应知应会问答》',
    ]);
    expect(guidance.get('共产党员网《支部生活·民主评议党员》|评定等次')).toEqual([
      '按照“优秀”“合格”“基本合格”“不合格”对党员进行评定。',
      '评定为“优秀”的比例一般不超过党员总数的1/3。',
    ]);
    expect(ruleDifferences(rules, checked)).toEqual([]);
  });

  it('is refused where a quote differs by one character, or names a section the publication does not have', () => {
    const changed = structuredClone(rules);
    changed.guidance[0]!.paragraphs[1] = '评定为“优秀”的比例一般不超过党员总数的1/4。';
    changed.guidance[2]!.section = '评定办法';
    expect(ruleDifferences(changed, checked)).toEqual([
      { keys: ['guidance', 0, 'paragraphs', 1], message: 'grades differs from the checked text' },
      {
        keys: ['guidance', 2, 'section'],
        message: expect.stringContaining('评定办法 is not among the checked publications') as string,
      },
    ]);
  });

  it('is cited by its publication and section, never as an article', () => {
    expect(commonWords.basis.cite(guidanceQuote(rules, 'grades'))).toBe(
      '共产党员网《支部生活·民主评议党员》（评定等次）',
    );
    expect(commonWords.basis.cite(guidanceQuote(rules, 'probationary'))).toBe(
      '临洮县委组织部《民主评议党员应知应会问答》',
    );
    expect(commonWords.basis.cite(quotesOf(rules)[0]!.quote)).toBe('《中国共产党党员教育管理工作条例》第十七条');
  });
});

describe('where the articles bear on each flow', () => {
  const table = Object.fromEntries(
    flows.map((flow) => {
      const { parts, steps } = rulesForFlow(rules, flow);
      const names = (quotes: { name: string }[]) => quotes.map(({ name }) => name).join('、');
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
    const rating = {
      'democratic-review': '评定等次、临洮县委组织部《民主评议党员应知应会问答》',
      'propose-rating': '评定等次、临洮县委组织部《民主评议党员应知应会问答》',
      'confirm-rating': '评定等次、临洮县委组织部《民主评议党员应知应会问答》',
      'apply-rating': '第三十条、结果运用',
    };
    expect(table).toEqual({
      village: {
        ...common,
        steps: {
          'mobilize-members': '第二十三条、第三十二条',
          'heart-to-heart': '第十九条',
          'leader-talk': '第十九条',
          ...rating,
        },
      },
      agency: {
        ...common,
        steps: { 'heart-to-heart': '第十九条', 'leader-talk': '第十九条', ...rating },
      },
      nonpublic: { ...common, steps: { 'heart-to-heart': '第十九条', ...rating } },
      school: {
        ...common,
        steps: { 'heart-to-heart': '第十九条', 'leader-talk': '第十九条', ...rating },
      },
      hospital: {
        ...common,
        steps: { 'heart-to-heart': '第十九条', 'leader-talk': '第十九条', ...rating },
      },
      soe: {
        ...common,
        steps: { 'heart-to-heart': '第十九条', 'leader-talk': '第十九条', ...rating },
      },
    });
  });
});
