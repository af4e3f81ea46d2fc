/** How the build's commands report a problem: the message and its fix, no stack trace for known faults. */
import { DiagramCacheMiss } from '../diagrams/cache.ts';
import { ChromiumPathError } from '../diagrams/chromium.ts';
import { DiagramRenderError } from '../diagrams/render.ts';
import { UnsafeChartError } from '../diagrams/static-svg.ts';
import { ContentFileError } from '../flows/load.ts';

const known = [ContentFileError, DiagramCacheMiss, DiagramRenderError, ChromiumPathError, UnsafeChartError];

export function describeProblem(problem: unknown): string {
  if (typeof problem === 'string') return problem;
  if (known.some((kind) => problem instanceof kind)) return (problem as Error).message;
  return problem instanceof Error ? (problem.stack ?? problem.message) : String(problem);
}

export function reportAndExit(command: string, problems: readonly unknown[], note = ''): never {
  console.error(
    `\n${command}: ${problems.length} problem(s)${note}:\n\n${problems.map(describeProblem).join('\n\n')}\n`,
  );
  process.exit(1);
}
