/**
 * Flow → Mermaid flowchart source. Pure: the same flow gives the same text, which is
 * what the diagram cache is keyed on.
 */
import type { Flow, Part, Step } from './load.ts';

export interface ChartOptions {
  /** Where a node links to: the step on its guide page. */
  href: (step: Step) => string;
  /** Which parts to draw; all by default (a handout may split the chart by part). */
  parts?: readonly Part['id'][];
}

/**
 * Mermaid reads `#name;` as an entity and, with clickable nodes, labels as HTML:
 * write every character that could be read as markup as an entity.
 */
export function escapeLabel(text: string): string {
  return text
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/&/g, '#amp;')
    .replace(/\s+/g, ' ');
}

/** Accessibility lines are plain text up to the end of the line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const nodeId = (id: string) => `step_${id.replace(/-/g, '_')}`;

export function nodeLabel(step: Step): string {
  return step.number === null ? step.label : `${step.number}．${step.label}`;
}

export function chartDescription(flow: Flow, parts: readonly Part[]): string {
  const summary = parts
    .map((part) => {
      const stages = part.stages
        .map((stage) =>
          stage.title === null
            ? stage.steps.map((step) => step.label).join('、')
            : `${stage.title}（${stage.steps.map(nodeLabel).join('；')}）`,
        )
        .join('，');
      return `${part.numeral}、${part.title}：${stages}`;
    })
    .join('。');
  return `${flow.orgType}的流程图，按顺序：${summary}。每一步的全文见分步指南。`;
}

/**
 * The handout's chart: each part a row of stage columns, so the whole flow fits one A4
 * page at a readable size. Edges join stages and parts (not their nodes), which is what
 * lets Mermaid keep each subgraph's own direction.
 */
export function flowToPaperMermaid(flow: Flow, options: ChartOptions): string {
  const lines = [
    'flowchart TB',
    `  accTitle: ${oneLine(`流程图：${flow.title}`)}`,
    `  accDescr: ${oneLine(chartDescription(flow, flow.parts))}`,
  ];
  const links: string[] = [];
  for (const part of flow.parts) {
    lines.push(`  subgraph part_${part.id}["${escapeLabel(`${part.numeral}、${part.title}`)}"]`);
    lines.push('    direction LR');
    const stageIds: string[] = [];
    for (const stage of part.stages) {
      if (stage.title === null) {
        for (const step of stage.steps) lines.push(`    ${nodeId(step.id)}["${escapeLabel(nodeLabel(step))}"]`);
        continue;
      }
      const chair = stage.chair ? `（${stage.chair}主持）` : '';
      lines.push(`    subgraph stage_${stage.id}["${escapeLabel(stage.title + chair)}"]`);
      lines.push('      direction TB');
      stage.steps.forEach((step, index) => {
        lines.push(`      ${nodeId(step.id)}["${escapeLabel(nodeLabel(step))}"]`);
        if (index > 0) lines.push(`      ${nodeId(stage.steps[index - 1]!.id)} --> ${nodeId(step.id)}`);
      });
      lines.push('    end');
      stageIds.push(`stage_${stage.id}`);
    }
    if (stageIds.length > 1) lines.push(`    ${stageIds.join(' --> ')}`);
    lines.push('  end');
  }
  links.push(`  ${flow.parts.map((part) => `part_${part.id}`).join(' --> ')}`);
  lines.push(...links);
  for (const { step } of flow.parts.flatMap((part) => part.stages.flatMap((stage) => stage.steps.map((step) => ({ step }))))) {
    const href = options.href(step);
    if (/["\s]/.test(href)) throw new Error(`Chart link for step "${step.id}" has a quote or space: ${href}`);
    lines.push(`  click ${nodeId(step.id)} href "${href}"`);
  }
  return lines.join('\n') + '\n';
}

export function flowToMermaid(flow: Flow, options: ChartOptions): string {
  const parts = flow.parts.filter((part) => !options.parts || options.parts.includes(part.id));
  const lines = [
    'flowchart TB',
    `  accTitle: ${oneLine(`流程图：${flow.title}`)}`,
    `  accDescr: ${oneLine(chartDescription(flow, parts))}`,
  ];
  const order: Step[] = [];
  for (const part of parts) {
    lines.push(`  subgraph part_${part.id}["${escapeLabel(`${part.numeral}、${part.title}`)}"]`);
    lines.push('    direction TB');
    for (const stage of part.stages) {
      // A part with a single unlabelled stage (三) draws its step straight in the part.
      const indent = stage.title === null ? '    ' : '      ';
      if (stage.title !== null) {
        const chair = stage.chair ? `（${stage.chair}主持）` : '';
        lines.push(`    subgraph stage_${stage.id}["${escapeLabel(stage.title + chair)}"]`);
        lines.push('      direction TB');
      }
      for (const step of stage.steps) {
        lines.push(`${indent}${nodeId(step.id)}["${escapeLabel(nodeLabel(step))}"]`);
        order.push(step);
      }
      if (stage.title !== null) lines.push('    end');
    }
    lines.push('  end');
  }
  for (let i = 1; i < order.length; i++) {
    lines.push(`  ${nodeId(order[i - 1]!.id)} --> ${nodeId(order[i]!.id)}`);
  }
  for (const step of order) {
    const href = options.href(step);
    if (/["\s]/.test(href)) throw new Error(`Chart link for step "${step.id}" has a quote or space: ${href}`);
    lines.push(`  click ${nodeId(step.id)} href "${href}"`);
  }
  return lines.join('\n') + '\n';
}
