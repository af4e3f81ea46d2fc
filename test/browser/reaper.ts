/**
 * Started by the global setup in a session of its own: when the test run's main process is
 * gone — finished, interrupted, or killed with its whole process group — it kills every helper
 * of that run (see processes.ts), then exits. `node reaper.ts <main pid> <run id>`.
 */
import { killAll, markedProcesses } from './processes.ts';
import { isAlive } from '../../src/publish/alive.ts';

const [mainPid, runId] = process.argv.slice(2).map(String);
if (!mainPid || !runId) throw new Error('usage: node reaper.ts <main pid> <run id>');

const timer = setInterval(() => {
  if (isAlive(Number(mainPid))) return;
  clearInterval(timer);
  // Twice: a helper may have started another process while the first sweep ran.
  for (let sweep = 0; sweep < 2; sweep++) killAll(markedProcesses((value) => value.startsWith(`${runId}:`)));
}, 500);
