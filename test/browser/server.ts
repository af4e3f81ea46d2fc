/**
 * Serves the built site (dist/) with Astro's own preview server for the browser tests,
 * the same server `npm start` uses.
 */
import { existsSync } from 'node:fs';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the built site, or '' when dist/ has not been built. */
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    project.provide('baseUrl', '');
    return;
  }
  const server = await preview({ root: process.cwd(), logLevel: 'error', server: { port: 4399 } });
  project.provide('baseUrl', `http://localhost:${server.port}`);
  return () => server.stop();
}
