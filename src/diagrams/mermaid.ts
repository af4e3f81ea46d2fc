/**
 * Flow → Mermaid flowchart source. Pure: the same flow gives the same text, which is
 * what the diagram cache is keyed on.
 *
 * Part and stage titles are nodes of their own, at the top of their (untitled) boxes, and
 * the arrows run through them in reading order: an arrow ends at a title, it never crosses
 * one, which is what happens to Mermaid's own box titles when an arrow enters a box.
 */
import { stepsOf, type Flow, type Part, type Stage, type Step } from '../flows/model.ts';
import { commonWords } from '../words/common.ts';

export type ChartLayout =
  /** One column, top to bottom: the screen chart. */
  | 'screen'
  /** Each part a row of stage columns, so the whole flow fits one A4 page. */
  | 'paper';

export interface ChartOptions {
  layout: ChartLayout;
  /** Where a node links to: the step on its guide page. */
  href: (step: Step) => string;
}

/**
 * Paper labels wrap at about nine Chinese characters, so a part's row of stages fits an A4
 * page at 10 pt or more. Mermaid reads this from the chart's own frontmatter.
 */
const paperConfig = ['---', 'config:', '  flowchart:', '    wrappingWidth: 150', '---'];

/**
 * Mermaid reads `#name;` as an entity, `%%` as a directive, backticks as Markdown and, with
 * links, labels as HTML: write every such character as an entity, so labels show as written.
 */
export function escapeLabel(text: string): string {
  return text
    .replace(/#/g, '#35;')
    .replace(/&/g, '#38;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/%/g, '#37;')
    .replace(/`/g, '#96;')
    .replace(/\s+/g, ' ');
}

/**
 * Accessibility lines are plain text to the end of the line, read before entities are: keep
 * them on one line, and write the characters of directives (`%%{init}%%`) and markup in their
 * full-width forms (％｛｝＜＞), which read the same.
 */
export function escapeAccLine(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[%{}<>]/g, (char) => String.fromCodePoint(char.codePointAt(0)! + 0xfee0))
    .trim();
}

const stepNode = (step: Step) => `step_${step.id.replace(/-/g, '_')}`;
const stageNode = (stage: Stage) => `title_${stage.id}`;
const partNode = (part: Part) => `title_part_${part.id}`;

/** "1．摸底动员": the node's text, numbered as everywhere else on the site. */
export function nodeLabel(step: Step): string {
  return `${step.number}．${step.label}`;
}

function stageTitle(stage: Stage): string {
  return stage.title + (stage.chair ? `（${commonWords.chairedBy(stage.chair)}）` : '');
}

export function chartDescription(flow: Flow, parts: readonly Part[] = flow.parts): string {
  const summary = parts
    .map((part) => {
      const stages = part.stages
        .map((stage) =>
          stage.title === null
            ? stage.steps.map(nodeLabel).join('；')
            : `${stage.title}（${stage.steps.map(nodeLabel).join('；')}）`,
        )
        .join('，');
      return `${part.heading}：${stages}`;
    })
    .join('。');
  return commonWords.chartDescription(flow.orgType, summary);
}

export function flowToMermaid(flow: Flow, options: ChartOptions): string {
  const paper = options.layout === 'paper';
  const parts = flow.parts;
  const node = (id: string, text: string, kind?: 'part-title' | 'stage-title') =>
    `${id}["${escapeLabel(text)}"]${kind ? `:::${kind}` : ''}`;
  const lines = [
    ...(paper ? paperConfig : []),
    'flowchart TB',
    `  accTitle: ${escapeAccLine(commonWords.chartTitle(flow.title))}`,
    `  accDescr: ${escapeAccLine(chartDescription(flow, parts))}`,
  ];
  const links: string[] = [];
  // Screen: one chain through every title and step. Paper: a chain inside each stage, and
  // links between boxes, which is what lets Mermaid keep each box's own direction.
  const chain: string[] = [];

  for (const part of parts) {
    lines.push(`  subgraph part_${part.id}[" "]`, '    direction TB');
    lines.push(`    ${node(partNode(part), part.heading, 'part-title')}`);
    chain.push(partNode(part));
    // Paper: a part's stages side by side, in a row under the part's title.
    const row = paper && part.stages.some((stage) => stage.title !== null);
    const indent = row ? '      ' : '    ';
    if (row) lines.push(`    subgraph row_${part.id}[" "]`, '      direction LR');
    const boxes: string[] = [];
    for (const stage of part.stages) {
      if (stage.title === null) {
        // Part 三 is a single step with no stage title: it sits in the part's box.
        for (const step of stage.steps) {
          lines.push(`${indent}${node(stepNode(step), nodeLabel(step))}`);
          chain.push(stepNode(step));
          boxes.push(stepNode(step));
        }
        continue;
      }
      lines.push(`${indent}subgraph stage_${stage.id}[" "]`, `${indent}  direction TB`);
      lines.push(`${indent}  ${node(stageNode(stage), stageTitle(stage), 'stage-title')}`);
      chain.push(stageNode(stage));
      for (const step of stage.steps) {
        lines.push(`${indent}  ${node(stepNode(step), nodeLabel(step))}`);
        chain.push(stepNode(step));
      }
      if (paper) lines.push(`${indent}  ${[stageNode(stage), ...stage.steps.map(stepNode)].join(' --> ')}`);
      lines.push(`${indent}end`);
      boxes.push(`stage_${stage.id}`);
    }
    if (row) {
      if (boxes.length > 1) lines.push(`      ${boxes.join(' --> ')}`);
      lines.push('    end', `    ${partNode(part)} --> row_${part.id}`);
    } else if (paper) {
      lines.push(`    ${[partNode(part), ...boxes].join(' --> ')}`);
    }
    lines.push('  end');
  }
  if (paper && parts.length > 1) links.push(`  ${parts.map((part) => `part_${part.id}`).join(' --> ')}`);
  else links.push(`  ${chain.join(' --> ')}`);
  lines.push(...links);

  for (const { step } of stepsOf(flow).filter(({ part }) => parts.includes(part))) {
    const href = options.href(step);
    if (/["\s]/.test(href)) throw new Error(`Chart link for step "${step.id}" has a quote or space: ${href}`);
    lines.push(`  click ${stepNode(step)} href "${href}"`);
  }
  return lines.join('\n') + '\n';
}
