import { describe, expect, it } from 'vitest';
import { loadFlows, loadRules, loadStageNotes } from '../../src/flows/load.ts';
import { stepsOf } from '../../src/flows/model.ts';
import { searchDocuments } from '../../src/search/documents.ts';
import {
  cappedQuery,
  commonShare,
  highlight,
  matchesAll,
  partialMatch,
  queryTerms,
  rankMatches,
  stepsFirst,
} from '../../src/search/match.ts';

const flows = loadFlows();
const documents = searchDocuments(flows, loadStageNotes(), loadRules());

describe('queryTerms', () => {
  it.each([
    ['谈心谈话', ['谈心谈话']],
    ['  督导组   审核 ', ['督导组', '审核']],
    ['督导组\u3000审核', ['督导组', '审核']],
    ['"谈心谈话"', ['谈心谈话']],
    ['“两代表一委员”', ['两代表一委员']],
    ['督导组 督导组', ['督导组']],
    ['ＡＢＣ', ['abc']],
    ['', []],
  ])('%j → %j', (query, terms) => {
    expect(queryTerms(query)).toEqual(terms);
  });
});

describe('matchesAll', () => {
  it.each([
    ['纪律和检查', ['纪检'], false],
    ['谈心谈话，督导', ['心导'], false],
    ['学习《党章》，重温入党誓词', ['党章', '誓词'], true],
    ['学习《党章》，重温入党誓词', ['党章', '纪检'], false],
    ['邀请参与民主测评人员：辖区', ['人员:辖区'], true],
    ['anything', [], false],
  ])('%s ⊇ %j: %s', (text, terms, expected) => {
    expect(matchesAll(text, terms)).toBe(expected);
  });
});

describe('highlight', () => {
  it('marks every occurrence of every term', () => {
    expect(highlight('谈心谈话：党员之间进行谈心谈话', ['谈心', '党员'])).toEqual([
      { text: '谈心', mark: true },
      { text: '谈话：', mark: false },
      { text: '党员', mark: true },
      { text: '之间进行', mark: false },
      { text: '谈心', mark: true },
      { text: '谈话', mark: false },
    ]);
  });

  it('cuts a long text around the first match, with ellipses', () => {
    const text = '甲'.repeat(100) + '督导组' + '乙'.repeat(100);
    const pieces = highlight(text, ['督导组'], 40);
    expect(pieces[0]).toEqual({ text: '……', mark: false });
    expect(pieces.at(-1)).toEqual({ text: '……', mark: false });
    expect(pieces.find((piece) => piece.mark)?.text).toBe('督导组');
    expect(pieces.map((piece) => piece.text).join('').length).toBe(40 + 2 * '……'.length);
  });
});

describe('rankMatches', () => {
  it('keeps only documents holding every term, Pagefind-ranked first, then reading order', () => {
    const docs = [
      { url: 'a', text: '督导组审核' },
      { url: 'b', text: '审核' },
      { url: 'c', text: '督导组和审核' },
      { url: 'd', text: '督导组审核方案' },
    ];
    expect(rankMatches(docs, ['督导组', '审核'], ['d', 'b']).map((d) => d.url)).toEqual(['d', 'a', 'c']);
  });
});

describe('searchDocuments', () => {
  it('holds every step of every flow, with its full text and its deep link', () => {
    for (const flow of flows) {
      for (const { step } of stepsOf(flow)) {
        const doc = documents.find((d) => d.url === `/flows/${flow.slug}/#${step.id}`);
        expect(doc?.text, `${flow.slug}/${step.id}`).toBe(step.text);
        expect(doc?.orgType).toBe(flow.orgType);
      }
    }
  });

  it('says where each step sits: part, stage and number', () => {
    const doc = documents.find((d) => d.url === '/flows/school/#heart-to-heart')!;
    expect(doc.where).toBe('一、专题组织生活会 · 组织动员 · 第4步');
    expect(documents.find((d) => d.url === '/flows/school/#study-charter')!.where).toBe(
      '二、民主评议党员 · 党员大会 · 第20步',
    );
    expect(documents.find((d) => d.url === '/flows/soe/#rectification')!.where).toBe('三、制定整改措施 · 第28步');
    expect(documents.find((d) => d.url === '/flows/nonpublic/#rectification')!.where).toBe('三、制定整改措施 · 第23步');
  });
});

describe('partialMatch', () => {
  const docs = searchDocuments(loadFlows(), loadStageNotes(), loadRules());
  it.each([
    ['民主评议党员流程', '民主评议党员'],
    ['两代表一委员会议', '两代表一委员'],
    ['谈心谈话活动', '谈心谈话'],
    ['学生家长会', '学生家长'],
    ['不存在的词语', null],
  ])('%s → the longest part some step holds: %s', (query, part) => {
    const found = partialMatch(docs, queryTerms(query));
    expect(found?.part ?? null).toBe(part);
    for (const doc of found?.documents ?? []) {
      expect(doc.kind).toBe('step');
      expect(doc.text).toContain(part);
    }
  });
});

describe('partial matches that say something', () => {
  const docs = searchDocuments(loadFlows(), loadStageNotes(), loadRules());
  const steps = docs.filter((doc) => doc.kind === 'step');
  it.each(['不合格党员', '党员大会的议程'])('%s offers no part that half the steps hold', (query) => {
    const found = partialMatch(docs, queryTerms(query));
    expect(found).toBeNull();
    expect(steps.filter((doc) => doc.text.includes('党员')).length).toBeGreaterThan(steps.length * commonShare);
  });
});

describe('ranking by what the reader names', () => {
  const docs = searchDocuments(loadFlows(), loadStageNotes(), loadRules());
  it.each(['整改', '公示', '测评', '谈心谈话'])('%s: first a step whose label holds it', (query) => {
    const first = rankMatches(docs, queryTerms(query), [])[0]!;
    expect(first.kind).toBe('step');
    expect(first.title).toContain(query);
  });

  it('puts the reader’s own flow next, then Pagefind’s order', () => {
    const list = [
      { url: 'a', text: '整改问题', title: '其他', flow: 'village' },
      { url: 'b', text: '整改问题', title: '其他', flow: 'school' },
      { url: 'c', text: '制定整改措施', title: '制定整改措施', flow: 'village' },
    ];
    expect(rankMatches(list, ['整改'], ['a', 'b', 'c'], 'school').map((doc) => doc.url)).toEqual(['c', 'b', 'a']);
    expect(rankMatches(list, ['整改'], ['b', 'a', 'c']).map((doc) => doc.url)).toEqual(['c', 'b', 'a']);
  });
});

describe('stepsFirst', () => {
  it('puts steps of the source before the site’s notes, keeping each group’s order', () => {
    const docs = [
      { kind: 'note', url: 'n1' },
      { kind: 'step', url: 's1' },
      { kind: 'note', url: 'n2' },
      { kind: 'step', url: 's2' },
    ] as const;
    const { steps, notes } = stepsFirst(docs);
    expect(steps.map((doc) => doc.url)).toEqual(['s1', 's2']);
    expect(notes.map((doc) => doc.url)).toEqual(['n1', 'n2']);
  });
});

describe('a very long query', () => {
  it('is cut to 64 characters before it is matched, never half a character', () => {
    const terms = queryTerms('谈'.repeat(10_000));
    expect(terms).toEqual(['谈'.repeat(64)]);
    expect([...cappedQuery('😀'.repeat(100))]).toHaveLength(64);
  });
});
