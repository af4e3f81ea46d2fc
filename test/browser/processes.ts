/**
 * Everything the browser tests start — servers, drivers, browsers, builds — is a helper: it
 * listens on a port the system chose, and carries a marker in its environment (inherited by
 * whatever it starts in turn, whatever process group it joins). The marker lets this file stop
 * a test file's helpers when the file ends or is interrupted, and lets the reaper that the
 * global setup starts stop a whole run's helpers when the run dies, even by `kill -9`.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** The variable that marks a helper; its value is `<run id>:<pid of the test process>`. */
export const helperMarker = 'ZUZHI_TEST_HELPER';
/** The variable through which the global setup hands the run's id to the test processes. */
export const runIdVariable = 'ZUZHI_TEST_RUN';

const ownMark = () => `${process.env[runIdVariable] ?? 'no-run'}:${process.pid}`;

/** The environment for a helper of this test process: the marker added to `extra` over ours. */
export function helperEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...extra, [helperMarker]: ownMark() };
}

/** Starts a helper in this process group (so a kill of the group ends it too). */
export function startHelper(command: string, args: readonly string[], options: SpawnOptions = {}): ChildProcess {
  return spawn(command, args, { stdio: 'ignore', ...options, env: helperEnv(options.env) });
}

/** A TCP port on loopback that nothing listens on now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Processes whose environment holds `marker=<value>` where the value passes `matches`. */
export function markedProcesses(matches: (value: string) => boolean): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    let environ: string;
    try {
      environ = readFileSync(`/proc/${entry}/environ`, 'latin1');
    } catch {
      continue; // gone already, or not ours to read
    }
    const variable = environ.split('\0').find((line) => line.startsWith(`${helperMarker}=`));
    if (variable && matches(variable.slice(helperMarker.length + 1))) pids.push(Number(entry));
  }
  return pids;
}

export function killAll(pids: readonly number[]): void {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** Stops every helper this test process started, and everything they started. */
export function stopHelpers(): void {
  const mark = ownMark();
  killAll(markedProcesses((value) => value === mark));
}

let guarded = false;
/** Stops this process's helpers when it exits or is told to stop. Call once per test file. */
export function stopHelpersOnExit(): void {
  if (guarded) return;
  guarded = true;
  process.once('exit', stopHelpers);
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    process.once(signal, () => {
      stopHelpers();
      process.exit(code);
    });
  }
}
