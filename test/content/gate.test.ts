/**
 * The content gate on broken copies of content/: each bad input must give a message that names
 * file:line, the field and the fix, and no stack trace. `npm run build` runs this gate before
 * it writes anything (test/build proves that end to end on one case).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentProblems } from '../../src/publish/check.ts';
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
      'the official text was changed',
      'Fix: content/source.txt is the official text',
    ],
  ],
  [
    'the source text changed with its recorded checksum',
    (file) => {
      edit(file('source.txt'), (text) => text.replace('2.组织学习：组织党员学习', '2.组织学习：组织党员学好'));
      edit(file('source.yaml'), (text) => text.replace(/sha256: .*/, 'sha256: not-a-checksum'));
    },
    ['{dir}/source.yaml:', 'sha256: sha256 must be 64 hex digits', 'Fix: Restore content/source.txt'],
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
    ['{dir}/rules-checked.md: its SHA-256 is', 'the checked text was changed'],
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
    const huge = '组'.repeat(50_000);
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
