import { mkdtempSync, readFileSync, writeFileSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFlows, resolveFlow } from '../../src/flows/load.ts';
import { ContentProblems } from '../../src/problem.ts';
import { editDistance, labelPieces } from '../../src/flows/schema.ts';

const village = readFileSync('content/flows/village.yaml', 'utf8');
const file = 'content/flows/village.yaml';

/** The village file with one textual change. */
const broken = (from: string | RegExp, to: string) => {
  const text = village.replace(from, to);
  if (text === village) throw new Error(`test setup: "${from}" not found`);
  return text;
};

describe('a broken flow file fails with its file, line, field and fix', () => {
  it.each([
    [
      'a missing field',
      broken('            label: 摸底动员\n', ''),
      'parts[0].stages[0].items[0].label: missing (expected string)',
      "Shorten the step's own words",
    ],
    [
      'an empty text',
      broken(/text: 组织学习：.*/, "text: ''"),
      'parts[0].stages[0].items[1].text: text must not be empty',
      "Copy the step's full text from content/source.txt",
    ],
    [
      'a duplicate id',
      broken('id: study', 'id: mobilize-members'),
      'parts[0].stages[0].items[1].id: duplicate id "mobilize-members" (also used at parts[0].stages[0].items[0])',
      'unique within the flow',
    ],
    [
      'an unknown stage',
      broken('stage: prepare', 'stage: preparation'),
      'parts[0].stages[1].stage',
      'Use one of: mobilize, prepare, convene, organize, assembly, results, rectify',
    ],
    [
      'a stage under the wrong part',
      broken('stage: organize', 'stage: convene'),
      'stage "convene" belongs to part "meeting", not "review"',
      'each under its own part',
    ],
    [
      'stages out of order',
      broken('stage: mobilize', 'stage: convene'),
      'parts[0].stages[1].stage: stage "prepare" is out of order or repeated',
      'in that order',
    ],
    [
      'a wrong type',
      broken('id: study', 'id: 42'),
      'parts[0].stages[0].items[1].id: Invalid input: expected string, received number',
      'Give the step an id',
    ],
    [
      'an id that is not a slug',
      broken('id: study', 'id: Study Step'),
      'id must be lowercase letters, digits and single hyphens',
      'Give the step an id',
    ],
    [
      'an unknown field (a typo)',
      broken('            text: 组织学习', '            txt: 组织学习'),
      'parts[0].stages[0].items[1].txt: unknown field',
      'Remove it, or correct the field name',
    ],
    [
      'a paper quoted in words its step does not have',
      broken('makes: [对照检查材料]', 'makes: [对照检查报告]'),
      'parts[0].stages[0].items[4].paper.makes[0]: "对照检查报告" is not in the step\'s text',
      "Quote the step's own words exactly as its text has them",
    ],
    [
      'an empty stage',
      // The stage's one item, with everything under it, to the end of the file.
      broken(/items:\n(\s+- id: rectification\n[\s\S]*)$/, 'items: []\n'),
      'a stage needs at least one item',
      'Give each stage its steps',
    ],
  ])('%s', (_what, text, field, fix) => {
    let message = '';
    try {
      resolveFlow('village', text, file);
    } catch (error) {
      expect(error).toBeInstanceOf(ContentProblems);
      message = (error as Error).message;
    }
    expect(message).toContain(file);
    expect(message).toContain(field);
    expect(message).toContain('\n    Fix: ');
    expect(message).toContain(fix);
  });

  it('names the line of the field that is wrong', () => {
    const text = broken('id: study', 'id: mobilize-members');
    const line = text.split('\n').findLastIndex((l) => l.includes('id: mobilize-members')) + 1;
    expect(() => resolveFlow('village', text, file)).toThrow(`${file}:${line}: parts[0].stages[0].items[1].id`);
  });

  it('reports YAML syntax errors with their line', () => {
    expect(() => resolveFlow('village', broken('title: ', 'title: [unclosed '), file))
      .toThrowErrorMatchingInlineSnapshot(`
        [ContentProblems: content/flows/village.yaml is not valid YAML:
          content/flows/village.yaml:4: Flow sequence in block collection must be sufficiently indented and end with a ]
            Fix: check the indentation and quoting on that line (indent with spaces, close every quote).]
      `);
  });

  it('accepts the real files', () => {
    expect(() => loadFlows()).not.toThrow();
  });
});

describe('the flow folder', () => {
  const folders: string[] = [];
  afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  /** A copy of content/flows with one change made to it; returns a loader for it. */
  const withFolder = (change: (dir: string) => void) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'flows-'));
    folders.push(dir);
    cpSync('content/flows', dir, { recursive: true });
    change(dir);
    return () => loadFlows(dir);
  };

  it('rejects a file that is not one of the six', () => {
    const load = withFolder((dir) => writeFileSync(path.join(dir, 'factory.yaml'), village));
    expect(load).toThrow(/factory\.yaml: unexpected file\.\n\s+Fix: flow files are named <slug>\.yaml/);
  });

  it('rejects a missing flow', () => {
    const load = withFolder((dir) => rmSync(path.join(dir, 'school.yaml')));
    expect(load).toThrow(/school\.yaml is missing\.\n\s+Fix: every organisation type needs its flow file/);
  });
});

describe('a label is made of pieces of its step’s words', () => {
  const text =
    '摸底动员：采取多种形式对本地党员开展摸底调查，掌握党员基数，对在家党员、外出流动党员和行动不便党员等实施分类动员';
  it.each([
    ['摸底动员', text, ['摸底动员']],
    [
      '听取督导组汇报',
      '乡镇（街道）党（工）委领导听取乡镇（街道）督导组关于专题组织生活会准备工作的情况汇报',
      ['听取', '督导组', '汇报'],
    ],
    ['点评并提出要求', '督导组长进行点评，学校党组织领导讲话，提出下一步工作要求', ['点评', '提出', '要求']],
    ['邀请不是党员的列席', '邀请不是党员的业主、出资人、中高层管理者和职工代表列席', ['邀请不是党员的', '列席']],
    ['外出党员不动员', text, null],
    ['党员不便动员', text, null],
    ['与及和并', text, null],
    ['摸底查员基', text, null],
    ['摸底调查掌握党员基数分类动员', text, ['摸底调查', '掌握党员基数', '分类动员']],
    ['摸底调查掌握党员基数在家党员分类动员', text, null],
  ])('%s', (label, words, pieces) => {
    expect(labelPieces(label, words)).toEqual(pieces);
  });

  it('finds the fewest pieces', () => {
    expect(labelPieces('外出流动党员', text)).toEqual(['外出流动党员']);
  });
});

describe('an erratum changes a few characters', () => {
  it.each([
    ['人员:辖区', '人员：辖区', 1],
    ['学校党组织领导领导同', '学校党组织领导同', 2],
    ['人员:、党员业主', '人员：党员业主', 2],
    ['党组织书记、班子成员、党员之间进行谈心谈话', '不必进行', 19],
  ])('%s → %s: %i', (from, to, distance) => {
    expect(editDistance(from, to)).toBe(distance);
  });
});
