/** The content gate as an Astro integration, so `astro build` on its own refuses wrong content too. */
import type { AstroIntegration } from 'astro';
import { contentProblems } from '../flows/gate.ts';
import { ExplainedError } from '../problem.ts';

export function contentGate(): AstroIntegration {
  return {
    name: 'content-gate',
    hooks: {
      'astro:build:start': () => {
        const problems = contentProblems();
        if (problems.length)
          throw new ExplainedError(`${problems.length} problem(s) in content/:\n\n${problems.join('\n\n')}`);
      },
    },
  };
}
