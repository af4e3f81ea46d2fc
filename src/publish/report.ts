/** How the build's commands report a problem: the message and its fix, no stack trace for known faults. */
import { ExplainedError } from '../problem.ts';

export function describeProblem(problem: unknown): string {
  if (typeof problem === 'string') return problem;
  if (problem instanceof ExplainedError) return problem.message;
  return problem instanceof Error ? (problem.stack ?? problem.message) : String(problem);
}

export function reportAndExit(command: string, problems: readonly unknown[], note = ''): never {
  console.error(
    `\n${command}: ${problems.length} problem(s)${note}:\n\n${problems.map(describeProblem).join('\n\n')}\n`,
  );
  process.exit(1);
}
