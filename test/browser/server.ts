/**
 * Global setup of the browser tests: serves the built site (dist/) with Astro's own preview
 * server, the same one `npm start` uses, on a port the system chose; and starts the reaper that
 * stops every helper of this run once the run ends, however it ends (see processes.ts).
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';
import { helperMarker, killAll, markedProcesses, runIdVariable } from './processes.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the built site, or '' when dist/ has not been built. */
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const runId = randomUUID();
  // Test processes start after the global setup and inherit this.
  process.env[runIdVariable] = runId;
  const { [helperMarker]: _, ...env } = process.env;
  spawn(process.execPath, [fileURLToPath(new URL('./reaper.ts', import.meta.url)), String(process.pid), runId], {
    detached: true,
    stdio: 'ignore',
    env,
  }).unref();
  const stopRun = () => killAll(markedProcesses((value) => value.startsWith(`${runId}:`)));

  if (!existsSync('dist/index.html')) {
    project.provide('baseUrl', '');
    return stopRun;
  }
  const server = await preview({ root: process.cwd(), logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
  project.provide('baseUrl', `http://127.0.0.1:${server.port}`);
  return async () => {
    await server.stop();
    stopRun();
  };
}
