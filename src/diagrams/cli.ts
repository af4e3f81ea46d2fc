/** `npm run diagrams`: brings the chart cache up to date (see render.ts). */
import { contentProblems } from '../flows/gate.ts';
import { loadFlows } from '../flows/load.ts';
import { reportAndExit } from '../problem.ts';
import { updateDiagramCache } from './render.ts';

const problems = contentProblems();
if (problems.length) reportAndExit('diagrams', problems);
try {
  await updateDiagramCache(loadFlows(), (line) => console.log(`diagrams: ${line}`));
} catch (error) {
  reportAndExit('diagrams', [error]);
}
