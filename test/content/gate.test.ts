/**
 * The content gate on broken copies of content/: each bad input must give a message that names
 * file:line, the field and the fix, and no stack trace. `npm run build` runs this gate before
 * it writes anything (test/build proves that end to end on one case).
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentProblems } from '../../src/flows/gate.ts';
import { relative } from '../../src/flows/load.ts';
import { edit, lineOf as lineIn } from './edit.ts';

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of content/, changed by `breakIt`, which gets the path of a file in the copy. */
function brokenContent(breakIt: (file: (name: string) => string) => void): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'content-')), 'content');
  copies.push(path.dirname(dir));
  cpSync('content', dir, { recursive: true });
  breakIt((name) => path.join(dir, name));
  return dir;
}

/** The line of a file of content/ (a path inside it) that holds `text`. */
const lineOf = (file: string, text: string) => lineIn(path.join('content', file), text);

const village = 'flows/village.yaml';
const studyLine = lineOf(village, 'text: 组织学习：');
const errata = 'errata.yaml';

/** [what, how to break it, what the message must hold (`{dir}` is the copy's path as printed)]. */
const gateCases: [string, (file: (name: string) => string) => void, string[]][] = [
  [
    'a flow file saved as GBK',
    (file) => {
      const text = readFileSync(file(village));
      // 摸底 in GBK: bytes that are not UTF-8.
      const at = text.indexOf(Buffer.from('摸底'));
      writeFileSync(
        file(village),
        Buffer.concat([text.subarray(0, at), Buffer.from([0xc3, 0xfe, 0xb5, 0xd7]), text.subarray(at + 6)]),
      );
    },
    [`{dir}/${village} is not valid UTF-8`, 'iconv -f GBK -t UTF-8'],
  ],
  [
    'a step text changed by one character',
    (file) =>
      edit(file(village), (text) => text.replace('text: 组织学习：组织党员学习', 'text: 组织学习：组织党员学好')),
    [`{dir}/${village}:${studyLine}: parts[0].stages[0].items[1].text: village/study:`, 'Fix: Copy the step'],
  ],
  [
    'an empty step text',
    (file) => edit(file(village), (text) => text.replace(/text: 组织学习：.*/, "text: ' '")),
    [
      `{dir}/${village}:${studyLine}: parts[0].stages[0].items[1].text: text must not be empty`,
      "Fix: Copy the step's full text",
    ],
  ],
  [
    'an erratum whose original is not in the source',
    (file) => edit(file(errata), (text) => text.replace('original: "人员:辖区"', 'original: "人员;辖区"')),
    [`{dir}/${errata}:${lineOf(errata, 'original: "人员:辖区"')}: [0].original:`, 'Fix: Quote `original` exactly'],
  ],
  [
    'an erratum naming an unknown step',
    (file) => edit(file(errata), (text) => text.replace('item: invite-assessors', 'item: invite-assessor')),
    [
      `{dir}/${errata}:${lineOf(errata, 'item: invite-assessors')}: item: no step "invite-assessor" in the village flow`,
      'Fix: name one of its steps',
    ],
  ],
  [
    'a YAML syntax error',
    (file) =>
      edit(file(village), (text) =>
        text.replace('          - id: study\n', '          - id: study\n           bad: indent\n'),
      ),
    [`{dir}/${village}:${lineOf(village, '- id: study') + 1}:`, 'Fix: check the indentation and quoting'],
  ],
  [
    'a guide naming another flow',
    (file) => edit(file('guides/school.mdx'), (text) => text.replace('flow: school', 'flow: village')),
    ['{dir}/guides/school.mdx:2: flow: "village" does not match the file name', 'Fix: write flow: school'],
  ],
  ['a missing source text', (file) => rmSync(file('source.txt')), ['{dir}/source.txt is missing', 'Fix: restore it']],
  ['a missing errata list', (file) => rmSync(file(errata)), [`{dir}/${errata} is missing`, 'Fix: restore it']],
  [
    'missing stage notes',
    (file) => rmSync(file('guides/stages.yaml')),
    ['{dir}/guides/stages.yaml is missing', 'Fix: restore it'],
  ],
  [
    'the source text and a flow file changed together',
    (file) => {
      edit(file('source.txt'), (text) => text.replace('2.组织学习：组织党员学习', '2.组织学习：组织党员学好'));
      edit(file(village), (text) => text.replace('text: 组织学习：组织党员学习', 'text: 组织学习：组织党员学好'));
    },
    [
      '{dir}/source.txt: its SHA-256 is',
      'not 48a94d254cbc1bf247bcd5fd2e09166d10d76ec72f29443402c8a99263380560 (sourceSha256 in src/flows/pins.ts): the official text itself has changed',
      'Fix: content/source.txt is never edited: restore it',
      'adopt it deliberately',
    ],
  ],
  [
    'the source text, a flow and a new checksum beside the source changed together',
    (file) => {
      edit(file('source.txt'), (text) => text.replace('2.组织学习：组织党员学习', '2.组织学习：组织党员学好'));
      edit(file(village), (text) => text.replace('text: 组织学习：组织党员学习', 'text: 组织学习：组织党员学好'));
      const sha256 = createHash('sha256')
        .update(readFileSync(file('source.txt')))
        .digest('hex');
      edit(file('source.yaml'), (text) => `${text}sha256: ${sha256}\n`);
    },
    [
      '{dir}/source.yaml:',
      'sha256: unknown field',
      '{dir}/source.txt: its SHA-256 is',
      'the official text itself has changed',
    ],
  ],
  [
    'an erratum whose reason is a zero-width space',
    (file) => edit(file(errata), (text) => text.replace('reason: 中文句中应使用全角冒号', 'reason: "\u200b"')),
    [
      `{dir}/${errata}:${lineOf(errata, 'reason: 中文句中应使用全角冒号')}: [0].reason: reason must say why`,
      'Fix: Say why',
    ],
  ],
  [
    'an erratum that deletes words (an empty correction)',
    (file) => {
      edit(file(village), (text) => text.replace('党组织书记、班子成员、党员之间', '党组织书记、党员之间'));
      edit(
        file(errata),
        (text) =>
          text +
          '- flow: village\n  item: heart-to-heart\n  original: "、班子成员"\n  corrected: ""\n  reason: 多余的字\n',
      );
    },
    [`{dir}/${errata}:`, 'corrected: corrected must not be empty', 'Fix: Write the corrected text'],
  ],
  [
    'a label that is not the step’s words',
    (file) => edit(file(village), (text) => text.replace('label: 谈心谈话', 'label: 不必谈心')),
    [
      `{dir}/${village}:${lineOf(village, 'label: 谈心谈话')}: parts[0].stages[0].items[3].label: label "不必谈心" is not a shortening`,
      "Fix: Shorten the step's own words",
    ],
  ],
  [
    'a label that says the opposite with the step’s characters (外出党员不动员)',
    (file) => edit(file(village), (text) => text.replace('label: 摸底动员', 'label: 外出党员不动员')),
    [
      `{dir}/${village}:${lineOf(village, 'label: 摸底动员')}: parts[0].stages[0].items[0].label: label "外出党员不动员" is not a shortening of the step's text`,
      'Fix: Shorten the step',
    ],
  ],
  [
    'a label that cuts a negation from its words (外出党员不便动员)',
    (file) => edit(file(village), (text) => text.replace('label: 摸底动员', 'label: 党员不便动员')),
    ['label "党员不便动员" is not a shortening of the step\'s text: a negation (不) is cut from the words around it'],
  ],
  [
    'a label of joining characters only',
    (file) => edit(file(village), (text) => text.replace('label: 谈心谈话', 'label: 与及和并')),
    ['label "与及和并" is not a shortening of the step\'s text: it holds only joining characters'],
  ],
  [
    'two step ids swapped (study ↔ heart-to-heart)',
    (file) =>
      edit(file(village), (text) =>
        text
          .replace('- id: study\n', '- id: SWAP\n')
          .replace('- id: heart-to-heart\n', '- id: study\n')
          .replace('- id: SWAP\n', '- id: heart-to-heart\n'),
      ),
    [
      `{dir}/${village}:${lineOf(village, '- id: study')}: parts[0].stages[0].items[1].id: "heart-to-heart" names the step whose text holds 之间、谈心谈话; this text lacks 之间、谈心谈话`,
      `{dir}/${village}:${lineOf(village, '- id: heart-to-heart')}: parts[0].stages[0].items[3].id: "study" names the step whose text holds 组织学习`,
      'Fix: Give the step an id',
    ],
  ],
  [
    'a step id the vocabulary does not know',
    (file) => edit(file(village), (text) => text.replace('- id: study\n', '- id: study-more\n')),
    ['parts[0].stages[0].items[1].id: "study-more" is not a step id of the vocabulary', 'stepKeys'],
  ],
  [
    'an erratum that rewrites a whole step',
    (file) => {
      edit(file(village), (text) => text.replace('党组织书记、班子成员、党员之间进行谈心谈话', '不必进行'));
      edit(
        file(errata),
        (text) =>
          text +
          '- flow: village\n  item: heart-to-heart\n  original: "党组织书记、班子成员、党员之间进行谈心谈话"\n  corrected: "不必进行"\n  reason: 原文有误\n',
      );
    },
    [
      `{dir}/${errata}:`,
      'corrected: changes 19 characters of "党组织书记、班子成员、党员之间进行谈心谈话": an erratum corrects a typo, at most 2',
      'corrected: adds a negation (不) that the source does not have',
      'Fix: Write the corrected text, changing at most 2 characters',
    ],
  ],
  [
    'an erratum that slips in a negation',
    (file) =>
      edit(file(errata), (text) =>
        text.replace(
          'original: "学校党组织领导领导同"\n  corrected: "学校党组织领导同"',
          'original: "学校党组织领导领导同"\n  corrected: "学校党组织领导不同"',
        ),
      ),
    ['corrected: adds a negation (不) that the source does not have'],
  ],
  [
    'a correction that holds a braille blank (U+2800)',
    (file) => edit(file(errata), (text) => text.replace('corrected: "人员：辖区"', 'corrected: "人员：\u2800辖区"')),
    [
      `{dir}/${errata}:${lineOf(errata, 'corrected: "人员：辖区"')}: [0].corrected: corrected holds an invisible, format or combining character (U+2800)`,
    ],
  ],
  [
    'a correction with a combining strike-through (U+0336)',
    (file) => edit(file(errata), (text) => text.replace('corrected: "人员：辖区"', 'corrected: "人员：辖\u0336区"')),
    ['[0].corrected: corrected holds an invisible, format or combining character (U+0336)'],
  ],
  [
    'a reason that holds a right-to-left override (U+202E)',
    (file) =>
      edit(file(errata), (text) =>
        text.replace('reason: 中文句中应使用全角冒号', 'reason: "中文句中\u202e应使用全角冒号"'),
      ),
    ['[0].reason: reason holds an invisible, format or combining character (U+202E)'],
  ],
  [
    'a guide link to javascript:',
    (file) => edit(file('guides/agency.mdx'), (text) => `${text}\n见[此处](javascript:alert(1))。\n`),
    ['{dir}/guides/agency.mdx:', 'a link to "javascript:alert(1"', "Fix: link only to the site's own pages"],
  ],
  [
    'a guide link to a data: address, given by reference',
    (file) => edit(file('guides/agency.mdx'), (text) => `${text}\n见[此处][x]。\n\n[x]: data:text/html,hi\n`),
    ['{dir}/guides/agency.mdx:', 'a link to "data:text/html,hi"'],
  ],
  [
    'a guide link whose scheme hides behind an entity',
    (file) => edit(file('guides/agency.mdx'), (text) => `${text}\n见[此处](java&#115;cript:alert)。\n`),
    ['{dir}/guides/agency.mdx:', 'a link to "java&#115;cript:alert"'],
  ],
  [
    'a guide image from another origin',
    (file) => edit(file('guides/agency.mdx'), (text) => `${text}\n![图](https://example.com/a.png)\n`),
    [
      '{dir}/guides/agency.mdx:',
      'an image from "https://example.com/a.png"',
      'Fix: a guide shows images only from the site itself',
    ],
  ],
  [
    'an 8 MB guide',
    (file) => edit(file('guides/agency.mdx'), (text) => text + '本站说明。'.repeat(550_000)),
    ['{dir}/guides/agency.mdx is 8,250,', 'over the 8 KB limit for a guide', 'Fix: keep content short'],
  ],
  [
    'a paper quote with spaces the step lacks',
    (file) => edit(file(village), (text) => text.replace('makes: [对照检查材料]', 'makes: [对照\u3000检查 材料]')),
    [
      `{dir}/${village}:${lineOf(village, 'makes: [对照检查材料]')}: parts[0].stages[0].items[4].paper.makes[0]: "对照\u3000检查 材料" is not in the step's text exactly as written (spaces included)`,
      "Fix: Quote the step's own words exactly",
    ],
  ],
  [
    'a guide that imports code',
    (file) => edit(file('guides/agency.mdx'), (text) => `${text}\nimport os from 'node:os';\n\n{os.hostname()}\n`),
    ['{dir}/guides/agency.mdx:', 'an import or export in a guide', 'Fix: a guide is Markdown only'],
  ],
  [
    'a guide with an expression',
    (file) => edit(file('guides/agency.mdx'), (text) => `${text}\n{process.env.HOME}\n`),
    ['{dir}/guides/agency.mdx:', 'an expression ({…}) in a guide', 'Fix: a guide is Markdown only'],
  ],
  [
    'a guide with a script',
    (file) => edit(file('guides/soe.mdx'), (text) => `${text}\n<script>alert(1)</script>\n`),
    ['{dir}/guides/soe.mdx:', 'HTML or a component (<…>) in a guide', 'Fix: a guide is Markdown only'],
  ],
  [
    'a guide with an event handler',
    (file) => edit(file('guides/soe.mdx'), (text) => `${text}\n<img src="x" onerror="alert(1)">\n`),
    ['{dir}/guides/soe.mdx:', 'HTML or a component (<…>) in a guide'],
  ],
  [
    'a YAML alias bomb',
    (file) =>
      edit(
        file(village),
        (text) =>
          'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n' +
          text,
      ),
    [`{dir}/${village}:`, 'Fix: write every value out in full; YAML anchors and aliases'],
  ],
  [
    'a flow file that is a symbolic link',
    (file) => {
      rmSync(file(village));
      symlinkSync(path.resolve('content', village), file(village));
    },
    [`{dir}/${village} is a symbolic link`, 'Fix: put the file itself in content/'],
  ],
  [
    'a rule text changed by one character',
    (file) =>
      edit(file('rules.yaml'), (text) =>
        text.replace('党支部每年至少召开1次组织生活会', '党支部每年至少召开2次组织生活会'),
      ),
    [
      `{dir}/rules.yaml:${lineOf('rules.yaml', '党支部每年至少召开1次')}: articles[0].paragraphs[0]: 第十七条 differs from the checked text`,
      'Fix: quote the articles exactly as content/rules-checked.md gives them',
    ],
  ],
  [
    'a piece of guidance whose figure was changed (1/3 to 1/2)',
    (file) => edit(file('rules.yaml'), (text) => text.replace('党员总数的1/3。', '党员总数的1/2。')),
    [
      `{dir}/rules.yaml:${lineOf('rules.yaml', '党员总数的1/3。')}: guidance[0].paragraphs[1]: grades differs from the checked text`,
      'Fix: quote the articles exactly as content/rules-checked.md gives them',
    ],
  ],
  [
    'an article that was never checked',
    (file) =>
      edit(file('rules.yaml'), (text) =>
        text.replace(
          '  - article: 第十七条',
          '  - article: 第二十条\n    paragraphs:\n      - 某段文字。\n    bearsOn:\n      parts: [meeting]\n  - article: 第十七条',
        ),
      ),
    ['articles[0].article: 第二十条 is not among the checked articles', 'Fix: quote the articles exactly'],
  ],
  [
    'the checked rule text edited',
    (file) => edit(file('rules-checked.md'), (text) => text.replace('至少召开1次', '至少召开2次')),
    [
      '{dir}/rules-checked.md: its SHA-256 is',
      'not c3bbcf46398370bc04b52f3b516860d63def38557ea916db3f81f5c153635fa9 (rulesCheckedSha256 in src/flows/pins.ts): the checked rule text itself has changed',
    ],
  ],
  [
    'the checked rule text and an article changed together, with a new checksum in rules.yaml',
    (file) => {
      edit(file('rules-checked.md'), (text) => text.replace('至少召开1次', '至少召开2次'));
      edit(file('rules.yaml'), (text) => text.replace('至少召开1次', '至少召开2次'));
      const sha256 = createHash('sha256')
        .update(readFileSync(file('rules-checked.md')))
        .digest('hex');
      edit(file('rules.yaml'), (text) => text.replace('articles:', `checkedSha256: ${sha256}\narticles:`));
    },
    ['{dir}/rules.yaml:', 'checkedSha256: unknown field'],
  ],
  [
    'the checked rule text and an article changed together',
    (file) => {
      edit(file('rules-checked.md'), (text) => text.replace('至少召开1次', '至少召开2次'));
      edit(file('rules.yaml'), (text) => text.replace('至少召开1次', '至少召开2次'));
    },
    ['{dir}/rules-checked.md: its SHA-256 is', 'the checked rule text itself has changed', 'adopt it deliberately'],
  ],
  [
    'a rule mapped to a step no flow has',
    (file) => edit(file('rules.yaml'), (text) => text.replace('- id: apply-rating', '- id: apply-ratings')),
    ['{dir}/rules.yaml: articles[4].bearsOn.steps[0]: no flow has a step "apply-ratings"', 'Fix: name a step id'],
  ],
  [
    'a name in the 称谓对照 that the source never uses',
    (file) =>
      edit(file('roles.yaml'), (text) => text.replace('    - 上级督导组\n', '    - 上级督导组\n    - 县级督导组\n')),
    [
      '{dir}/roles.yaml:',
      '[1].names[2]: "县级督导组" is not in content/source.txt',
      'Fix: list only names the source uses',
    ],
  ],
];

describe('the content gate refuses bad input, saying where and how to fix it', () => {
  it('passes the content as it is', () => {
    expect(contentProblems()).toEqual([]);
  });

  it.each(gateCases)('%s', (_what, breakIt, expected) => {
    const dir = brokenContent(breakIt);
    const output = contentProblems(dir).join('\n\n');
    expect(output).not.toBe('');
    for (const part of expected) expect(output).toContain(part.replace('{dir}', relative(dir)));
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(output).not.toContain('ENOENT');
  });

  it('quotes a huge text by its first 100 characters', () => {
    const huge = '组'.repeat(8_000);
    const dir = brokenContent((file) =>
      edit(file(village), (text) =>
        text.replace('text: 组织学习：组织党员学习', `text: 组织学习：${huge}组织党员学习`),
      ),
    );
    const output = contentProblems(dir).join('\n\n');
    expect(output).toContain('village/study:');
    expect(output).toContain('characters)');
    expect(output.length).toBeLessThan(2_000);
  });
});
