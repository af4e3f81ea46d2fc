/**
 * The bench's server (src/bench/static-server.ts) serves a folder given as a relative path, as
 * `npm run bench -- --site ./dist` gives it, and nothing outside the folder.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { staticServer } from '../../src/bench/static-server.ts';

const dir = mkdtempSync(path.join('node_modules', '.static-server-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('serves a folder named by a relative path, and nothing beside it', async () => {
  mkdirSync(path.join(dir, 'site', 'flows'), { recursive: true });
  writeFileSync(path.join(dir, 'site', 'flows', 'index.html'), '<p>flow</p>');
  writeFileSync(path.join(dir, 'site-other.html'), 'outside');
  const server = await staticServer(`./${path.join(dir, 'site')}`);
  try {
    const page = await fetch(`${server.url}/flows/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<p>flow</p>');
    expect((await fetch(`${server.url}/../site-other.html`)).status).toBe(404);
    expect((await fetch(`${server.url}/%2e%2e/site-other.html`)).status).toBe(404);
  } finally {
    await server.close();
  }
});
