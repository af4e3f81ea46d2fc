import { describe, expect, it } from 'vitest';
import { loadFlows, stepsOf, type Flow } from '../../src/flows/load.ts';
import {
  chartDescription,
  escapeLabel,
  flowToMermaid,
  flowToPaperMermaid,
  nodeLabel,
} from '../../src/flows/mermaid.ts';

const flows = loadFlows();
const village = flows[0]!;
const href = (step: { id: string }) => `/flows/test/#${step.id}`;

describe('escapeLabel', () => {
  it.each([
    ['plain Chinese', '谈心谈话', '谈心谈话'],
    ['a double quote', '邀请"两代表"', '邀请#quot;两代表#quot;'],
    ['markup', '<b>强调</b>', '#lt;b#gt;强调#lt;/b#gt;'],
    ['an ampersand', '党员&群众', '党员#amp;群众'],
    ['a hash (entity syntax)', '第#1步', '第#35;1步'],
    ['an entity-like text', '#quot;', '#35;quot;'],
    ['line breaks', '第一行\n第二行', '第一行 第二行'],
    ['Chinese punctuation and brackets', '《党章》（会员）“两代表”', '《党章》（会员）“两代表”'],
  ])('%s', (_what, input, output) => {
    expect(escapeLabel(input)).toBe(output);
  });
});

describe('flowToMermaid', () => {
  it.each(flows.map((flow) => [flow.slug, flow] as const))('%s: every step is a node, in order, linked', (_slug, flow) => {
    const source = flowToMermaid(flow, { href });
    const nodes = [...source.matchAll(/^\s+(step_\w+)\["/gm)].map((m) => m[1]);
    const steps = stepsOf(flow).map(({ step }) => `step_${step.id.replace(/-/g, '_')}`);
    expect(nodes).toEqual(steps);
    const edges = [...source.matchAll(/^\s+(step_\w+) --> (step_\w+)$/gm)].map((m) => [m[1], m[2]]);
    expect(edges).toEqual(steps.slice(1).map((to, i) => [steps[i], to]));
    for (const { step } of stepsOf(flow)) {
      expect(source).toContain(`click step_${step.id.replace(/-/g, '_')} href "/flows/test/#${step.id}"`);
    }
  });

  it('draws parts and stages as nested subgraphs, with the chair in the 党员大会 title', () => {
    const source = flowToMermaid(village, { href });
    const subgraphs = [...source.matchAll(/subgraph (\w+)\["([^"]+)"\]/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(subgraphs).toEqual([
      'part_meeting:一、专题组织生活会',
      'stage_mobilize:组织动员',
      'stage_prepare:会前准备',
      'stage_convene:召开组织生活会',
      'part_review:二、民主评议党员',
      'stage_organize:会前组织',
      'stage_assembly:党员大会（党支部书记主持）',
      'stage_results:结果认定与运用',
      'part_rectify:三、制定整改措施',
    ]);
    expect(source.match(/subgraph/g)).toHaveLength(source.match(/^\s+end$/gm)!.length);
  });

  it('gives the chart an accessible title and a description that lists every step', () => {
    const source = flowToMermaid(village, { href });
    expect(source).toContain(`accTitle: 流程图：${village.title}\n`);
    const description = source.match(/accDescr: (.*)\n/)![1]!;
    for (const { step } of stepsOf(village)) expect(description).toContain(step.label);
  });

  it('can draw some parts only (for a chart split across paper)', () => {
    const source = flowToMermaid(village, { href, parts: ['review'] });
    expect(source).toContain('part_review');
    expect(source).not.toContain('part_meeting');
    expect(source).not.toMatch(/\bstep_study\b/);
  });

  it('escapes step text it puts in labels', () => {
    const flow: Flow = structuredClone(village);
    flow.parts[0]!.stages[0]!.steps[0]!.label = '摸底"动员"<i>';
    const source = flowToMermaid(flow, { href });
    expect(source).toContain('step_mobilize_members["1．摸底#quot;动员#quot;#lt;i#gt;"]');
  });

  it('refuses a link that would break the click line', () => {
    expect(() => flowToMermaid(village, { href: () => '/a b' })).toThrow(/quote or space/);
  });

  it('numbers nodes like the source, and leaves part 三 unnumbered', () => {
    const [first] = stepsOf(village);
    const last = stepsOf(village).at(-1)!;
    expect(nodeLabel(first!.step)).toBe('1．摸底动员');
    expect(nodeLabel(last.step)).toBe('制定整改措施');
    expect(chartDescription(village, village.parts)).toContain('三、制定整改措施：制定整改措施');
  });

  it('matches the stored village chart source', async () => {
    await expect(flowToMermaid(village, { href })).toMatchFileSnapshot('__snapshots__/village.mmd');
  });
});

describe('flowToPaperMermaid (the A4 handout chart)', () => {
  it.each(flows.map((flow) => [flow.slug, flow] as const))('%s: every step once, linked, chained within its stage', (_slug, flow) => {
    const source = flowToPaperMermaid(flow, { href });
    const nodes = [...source.matchAll(/^\s+(step_\w+)\["/gm)].map((m) => m[1]);
    expect(nodes).toEqual(stepsOf(flow).map(({ step }) => `step_${step.id.replace(/-/g, '_')}`));
    for (const { step } of stepsOf(flow)) {
      expect(source).toContain(`click step_${step.id.replace(/-/g, '_')} href "/flows/test/#${step.id}"`);
    }
    // Edges between nodes never leave their stage, so each stage keeps its own direction.
    for (const [, from, to] of source.matchAll(/(step_\w+) --> (step_\w+)/g)) {
      const stageOf = (node: string) =>
        stepsOf(flow).find(({ step }) => `step_${step.id.replace(/-/g, '_')}` === node)!.stage.id;
      expect(stageOf(from!)).toBe(stageOf(to!));
    }
  });

  it('lays stages out side by side within each part, and parts one under another', () => {
    const source = flowToPaperMermaid(village, { href });
    expect(source).toContain('    direction LR');
    expect(source).toContain('    stage_mobilize --> stage_prepare --> stage_convene\n');
    expect(source).toContain('  part_meeting --> part_review --> part_rectify\n');
  });

  it('matches the stored village handout chart source', async () => {
    await expect(flowToPaperMermaid(village, { href })).toMatchFileSnapshot('__snapshots__/village-paper.mmd');
  });
});
