/**
 * A problem the build explains to a person: where it is (file, line, field), what is wrong and
 * how to fix it. Made from data (a schema issue's path and code, a checker's findings), never
 * read back out of a message; printed in one form by formatProblems.
 */
export type Problem =
  | {
      file: string;
      line?: number;
      /** The field's path in the file, e.g. parts[0].stages[1].items[2].text. */
      field?: string;
      message: string;
      fix: string;
    }
  | {
      file: string;
      /** What the file as a whole is: "missing.", "not valid UTF-8 (…)". */
      fileIs: string;
      fix: string;
    };

/** Where a problem is and what it is, on one line: "file:line: field: message" or "file is …". */
function describe(problem: Problem): string {
  if ('fileIs' in problem) return `${problem.file} is ${problem.fileIs}`;
  const at = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return [at, problem.field, problem.message].filter((part) => part !== undefined).join(': ');
}

/**
 * Problems as the build prints them: each on its line, then its fix (said once for problems in a
 * row that share it), under a heading if given (and then indented).
 */
export function formatProblems(problems: readonly Problem[], heading?: string): string {
  const indent = heading === undefined ? '' : '  ';
  const lines = heading === undefined ? [] : [heading];
  problems.forEach((problem, index) => {
    lines.push(indent + describe(problem));
    if (problems[index + 1]?.fix !== problem.fix) lines.push(`    Fix: ${problem.fix}`);
  });
  return lines.join('\n');
}

/** "parts[0].stages[1].items[2].text": a path of keys as a field name. */
export function fieldName(keys: readonly (string | number)[]): string {
  return keys.reduce<string>(
    (name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${key}` : key),
    '',
  );
}

/**
 * A fault the build explains in words, so it is reported without a stack trace: each module
 * that can detect one defines its own kind by extending this, next to the code that detects it.
 */
export class ExplainedError extends Error {}

/** Content that cannot be published, with every problem found in it. */
export class ContentProblems extends ExplainedError {
  override name = 'ContentProblems';
  readonly problems: readonly Problem[];
  constructor(problems: Problem | readonly Problem[], heading?: string) {
    const list: readonly Problem[] = Array.isArray(problems) ? problems : [problems as Problem];
    super(formatProblems(list, heading));
    this.problems = list;
  }
}

/** How the build's commands report a problem: the message and its fix, no stack trace for known faults. */
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
