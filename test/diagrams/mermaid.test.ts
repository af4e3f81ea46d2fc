import { describe, expect, it } from 'vitest';
import { loadFlows } from '../../src/flows/load.ts';
import { stepsOf, type Flow } from '../../src/flows/model.ts';
import { chartDescription, escapeAccLine, escapeLabel, flowToMermaid, nodeLabel } from '../../src/diagrams/mermaid.ts';

const flows = loadFlows();
const village = flows[0]!;
const href = (step: { id: string }) => `/flows/test/#${step.id}`;
const screen = (flow: Flow) => flowToMermaid(flow, { layout: 'screen', href });
const paper = (flow: Flow) => flowToMermaid(flow, { layout: 'paper', href });
const nodeOf = (id: string) => `step_${id.replace(/-/g, '_')}`;

describe('escapeLabel', () => {
  it.each([
    ['plain Chinese', '谈心谈话', '谈心谈话'],
    ['a double quote', '邀请"两代表"', '邀请#quot;两代表#quot;'],
    ['markup', '<b>强调</b>', '#lt;b#gt;强调#lt;/b#gt;'],
    ['an ampersand', '党员&群众', '党员#38;群众'],
    ['a hash (entity syntax)', '第#1步', '第#35;1步'],
    ['an entity-like text', '#quot;', '#35;quot;'],
    ['a directive', '%%{init: {}}%%', '#37;#37;{init: {}}#37;#37;'],
    ['Markdown backticks', '`代码`', '#96;代码#96;'],
    ['line breaks', '第一行\n第二行', '第一行 第二行'],
    ['Chinese punctuation and brackets', '《党章》（会员）“两代表”', '《党章》（会员）“两代表”'],
  ])('%s', (_what, input, output) => {
    expect(escapeLabel(input)).toBe(output);
  });
});

describe('escapeAccLine', () => {
  it.each([
    ['plain text', '流程图：村', '流程图：村'],
    ['a directive', 'a %%{init: {"themeCSS": "x"}}%% b', 'a ％％｛init: ｛"themeCSS": "x"｝｝％％ b'],
    ['markup', '<script>x</script>', '＜script＞x＜/script＞'],
    ['line breaks', 'a\nb\r\nc', 'a b c'],
  ])('%s', (_what, input, output) => {
    expect(escapeAccLine(input)).toBe(output);
  });
});

describe.each([
  ['screen', screen],
  ['paper', paper],
] as const)('flowToMermaid, %s layout', (_layout, build) => {
  it.each(flows.map((flow) => [flow.slug, flow] as const))(
    '%s: every step a node, in order, numbered 1…N and linked',
    (_slug, flow) => {
      const source = build(flow);
      const nodes = [...source.matchAll(/^\s+(step_\w+)\["([^"]*)"\]/gm)].map((m) => [m[1], m[2]]);
      expect(nodes).toEqual(
        stepsOf(flow).map(({ step }) => [nodeOf(step.id), `${step.number}．${escapeLabel(step.label)}`]),
      );
      expect(nodes.at(-1)![1]).toBe(`${flow.stepCount}．制定整改措施`);
      for (const { step } of stepsOf(flow)) {
        expect(source).toContain(`click ${nodeOf(step.id)} href "/flows/test/#${step.id}"`);
      }
    },
  );

  it('gives parts and stages untitled boxes and title nodes of their own, with the chair in 党员大会', () => {
    const source = build(village);
    // Paper also puts each part's stages in a row box of their own.
    const boxes = [...source.matchAll(/subgraph (\w+)\["([^"]*)"\]/g)]
      .map((m) => `${m[1]}:${m[2]}`)
      .filter((box) => !box.startsWith('row_'));
    expect(boxes).toEqual(
      [
        'part_meeting',
        'stage_mobilize',
        'stage_prepare',
        'stage_convene',
        'part_review',
        'stage_organize',
        'stage_assembly',
        'stage_results',
        'part_rectify',
      ].map((id) => `${id}: `),
    );
    const titles = [...source.matchAll(/(title_\w+)\["([^"]+)"\]:::([\w-]+)/g)].map((m) => `${m[2]}/${m[3]}`);
    expect(titles).toEqual([
      '一、专题组织生活会/part-title',
      '组织动员/stage-title',
      '会前准备/stage-title',
      '召开组织生活会/stage-title',
      '二、民主评议党员/part-title',
      '会前组织/stage-title',
      '党员大会（党支部书记主持）/stage-title',
      '结果认定与运用/stage-title',
      '三、制定整改措施/part-title',
    ]);
    expect(source.match(/subgraph/g)).toHaveLength(source.match(/^\s+end$/gm)!.length);
  });

  it('gives the chart an accessible title and a description that lists every step with its number', () => {
    const source = build(village);
    expect(source).toContain(`accTitle: 流程图：${village.title}\n`);
    const description = source.match(/accDescr: (.*)\n/)![1]!;
    for (const { step } of stepsOf(village)) expect(description).toContain(nodeLabel(step));
  });

  it('escapes the texts it puts in labels and accessibility lines', () => {
    const flow: Flow = structuredClone(village);
    flow.parts[0]!.stages[0]!.steps[0]!.label = '摸底"动员"<i>%%';
    flow.title = '标题 %%{init: {"theme": "dark"}}%%\n第二行';
    const source = build(flow);
    expect(source).toContain('step_mobilize_members["1．摸底#quot;动员#quot;#lt;i#gt;#37;#37;"]');
    expect(source).toContain('accTitle: 流程图：标题 ％％｛init: ｛"theme": "dark"｝｝％％ 第二行\n');
    expect(source).not.toMatch(/%%/);
  });

  it('refuses a link that would break the click line', () => {
    expect(() => flowToMermaid(village, { layout: 'screen', href: () => '/a b' })).toThrow(/quote or space/);
  });
});

describe('the screen layout', () => {
  it('runs one chain of arrows through every title and step, in reading order', () => {
    const source = screen(village);
    const chain = source.match(/^ {2}(title_part_meeting --> .*)$/m)![1]!.split(' --> ');
    expect(chain).toHaveLength(village.stepCount + 3 + 6);
    const steps = chain.filter((node) => node.startsWith('step_'));
    expect(steps).toEqual(stepsOf(village).map(({ step }) => nodeOf(step.id)));
    expect(chain.slice(0, 3)).toEqual(['title_part_meeting', 'title_mobilize', 'step_mobilize_members']);
  });

  it('matches the stored village chart source', async () => {
    await expect(screen(village)).toMatchFileSnapshot('__snapshots__/village.mmd');
  });
});

describe('the paper layout (the A4 handout chart)', () => {
  it('lays stages out side by side within each part, and parts one under another', () => {
    const source = paper(village);
    expect(source).toMatch(/^---\nconfig:\n {2}flowchart:\n {4}wrappingWidth: 150\n---\nflowchart TB\n/);
    expect(source).toContain('    subgraph row_meeting[" "]\n      direction LR\n');
    expect(source).toContain(
      '      stage_mobilize --> stage_prepare --> stage_convene\n    end\n    title_part_meeting --> row_meeting\n',
    );
    expect(source).toContain('    title_part_rectify --> step_rectification\n');
    expect(source).toContain('  part_meeting --> part_review --> part_rectify\n');
  });

  it.each(flows.map((flow) => [flow.slug, flow] as const))(
    '%s: arrows between nodes never leave their stage',
    (_slug, flow) => {
      const source = paper(flow);
      const stageOf = (node: string) =>
        node.startsWith('title_')
          ? node.slice(6)
          : stepsOf(flow).find(({ step }) => nodeOf(step.id) === node)!.stage.id;
      const chains = [...source.matchAll(/^ {8}(title_\w+(?: --> \w+)+)$/gm)];
      expect(chains).toHaveLength(flow.parts.flatMap((part) => part.stages).filter((stage) => stage.title).length);
      for (const line of chains) {
        const nodes = line[1]!.split(' --> ');
        expect(new Set(nodes.map(stageOf)).size, line[1]).toBe(1);
      }
    },
  );

  it('matches the stored village handout chart source', async () => {
    await expect(paper(village)).toMatchFileSnapshot('__snapshots__/village-paper.mmd');
  });
});

describe('chartDescription', () => {
  it('names the flow, lists each stage with its numbered steps, and points to the guide', () => {
    const text = chartDescription(village);
    expect(text).toMatch(/^村（社区）党组织的流程图，按顺序：一、专题组织生活会：组织动员（1．摸底动员；/);
    expect(text).toContain('三、制定整改措施：28．制定整改措施。');
    expect(text).toMatch(/每一步的全文见分步指南。$/);
  });
});
