/**
 * The nginx config (src/deploy/nginx.conf) serving the built site on a loopback port: pages,
 * headers, caching, gzip, the site's own 404 page, and search working under the header CSP.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir } from '../../src/publish/built-pages.ts';
import { headerContentSecurityPolicy } from '../../src/site/csp.ts';
import type { Page } from 'playwright-core';
import { loadFlows } from '../../src/flows/load.ts';
import { formTitle } from '../../src/kit/papers.ts';
import { formsOf } from '../../src/kit/forms.ts';
import { ui } from '../../src/words/pages.ts';
import {
  flowPath,
  handoutPath,
  manifestPath,
  offlineManifestPath,
  offlinePath,
  searchPath,
  serviceWorkerPath,
  formWordPath,
  wordHandoutPath,
} from '../../src/site/urls.ts';
import { browser, cspViolations, useBrowser, visit, waitingForScripts } from './browser.ts';
import { freePort, startHelper } from './processes.ts';

const configFile = 'src/deploy/nginx.conf';
const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
let base = '';
const dir = mkdtempSync(path.join(tmpdir(), 'nginx-'));
let nginx: ChildProcess | undefined;

useBrowser();

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const server = readFileSync(configFile, 'utf8')
    .replace(/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root [^;]+;/m, `$1root ${path.resolve(distDir)};`);
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `worker_processes 1;
daemon off;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')};
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
${server}
}
`,
  );
  nginx = startHelper(nginxPath, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: 'inherit' });
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(base);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`nginx did not start: ${readFileSync(path.join(dir, 'error.log'), 'utf8')}`);
});

afterAll(() => {
  nginx?.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe('src/deploy/nginx.conf', () => {
  it('sends the same Content-Security-Policy as the pages carry, plus frame-ancestors', () => {
    const policies = [...readFileSync(configFile, 'utf8').matchAll(/add_header Content-Security-Policy "([^"]+)"/g)];
    expect(policies.map((match) => match[1])).toEqual([headerContentSecurityPolicy]);
  });

  it('serves pages with the security headers, gzip, and revalidation', async () => {
    const response = await fetch(`${base}${flowPath('village')}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(headerContentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('村（社区）党组织');
  });

  it('keeps content-hashed build files and search fragments for a year', async () => {
    const html = await (await fetch(`${base}/`)).text();
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec(html)![1]!;
    const cssResponse = await fetch(`${base}${css}`);
    expect(cssResponse.headers.get('cache-control')).toBe('max-age=31536000');
    expect(cssResponse.headers.get('content-security-policy')).toBe(headerContentSecurityPolicy);
    const wasm = await fetch(`${base}/pagefind/wasm.unknown.pagefind`);
    expect(wasm.status).toBe(200);
  });

  it('answers an unknown address with the site’s own 404 page, status 404', async () => {
    const response = await fetch(`${base}/flows/no-such-flow/`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(headerContentSecurityPolicy);
    expect(await response.text()).toContain('找不到这个页面');
  });

  it('redirects a folder without its slash to a path, whatever host the request names', async () => {
    const { request } = await import('node:http');
    const response = await new Promise<{ status: number; location: string | undefined }>((resolve, reject) =>
      request(`${base}/flows/village`, { headers: { Host: 'evil.example' } }, (answer) => {
        answer.resume();
        resolve({ status: answer.statusCode!, location: answer.headers.location });
      })
        .on('error', reject)
        .end(),
    );
    expect(response.status).toBe(301);
    expect(response.location).toBe('/flows/village/');
  });

  it('answers an address too long to read with the site’s own page, status 414', async () => {
    const response = await fetch(`${base}${searchPath({ q: '谈心谈话'.repeat(25_000) })}`);
    expect(response.status).toBe(414);
    expect(response.headers.get('content-security-policy')).toBe(headerContentSecurityPolicy);
    const text = await response.text();
    expect(text).toContain(ui.tooLong.title);
    expect(text).toContain('<html lang="zh-CN"');
  });

  it('lets search run under the header policy, with no violation', async () => {
    const { page, consoleErrors } = await visit(`${base}${searchPath({ q: '谈心谈话' })}`);
    // Polled from outside the page: the policy forbids evaluating strings inside it.
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/找到/);
    expect(await page.locator('#search-results .result').count()).toBeGreaterThan(0);
    expect(await cspViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('sends each Word file with its Chinese name', async () => {
    for (const flow of loadFlows()) {
      const response = await fetch(`${base}${wordHandoutPath(flow.slug)}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition'), flow.slug).toBe(
        `attachment; filename*=UTF-8''${encodeURIComponent(ui.wordFileName(flow.shortName))}`,
      );
      expect(response.headers.get('content-security-policy')).toBe(headerContentSecurityPolicy);
    }
    expect((await fetch(`${base}${flowPath('village')}`)).headers.get('content-disposition')).toBeNull();
    // And every form of every flow's meeting kit, under its flow and title.
    for (const flow of loadFlows()) {
      for (const form of formsOf(flow)) {
        const response = await fetch(`${base}${formWordPath(flow.slug, form.id)}`);
        expect(response.status, form.id).toBe(200);
        expect(response.headers.get('content-disposition'), `${flow.slug} ${form.id}`).toBe(
          `attachment; filename*=UTF-8''${encodeURIComponent(ui.kit.wordFileName(flow.shortName, formTitle(form)))}`,
        );
      }
    }
  });

  it('hides what is not the site: no hidden files, no bare 403 for a folder, no version number', async () => {
    for (const hidden of ['/.git/config', '/.env', '/flows/.hidden']) {
      const response = await fetch(`${base}${hidden}`);
      expect(response.status, hidden).toBe(404);
      expect(await response.text(), hidden).toContain('找不到这个页面');
    }
    const folder = await fetch(`${base}/flows/`);
    expect(folder.status).toBe(404);
    expect(await folder.text()).toContain('找不到这个页面');
    expect(folder.headers.get('server')).toBe('nginx');
  });

  it('sends the manifest with its type, and every text file gzipped with Vary', async () => {
    const manifest = await fetch(`${base}${manifestPath}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(manifest.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    expect(manifest.headers.get('content-encoding')).toBe('gzip');
    expect(manifest.headers.get('vary')).toBe('Accept-Encoding');
    expect(manifest.headers.get('content-security-policy')).toBe(headerContentSecurityPolicy);
    const page = await fetch(`${base}${flowPath('village')}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(page.headers.get('vary')).toBe('Accept-Encoding');
  });

  it('serves every file the service worker saves (the two agree)', async () => {
    const list = JSON.parse(readFileSync(path.join(distDir, offlineManifestPath), 'utf8')) as { url: string }[];
    const saved = [...list.map((entry) => entry.url), offlineManifestPath, serviceWorkerPath];
    expect(saved.length).toBeGreaterThan(30);
    expect(saved).toContain(offlinePath);
    const refused: string[] = [];
    for (const url of saved) {
      const response = await fetch(`${base}${url}`);
      if (response.status !== 200) refused.push(`${url}: ${response.status}`);
    }
    expect(refused).toEqual([]);
  });
});

describe('offline through the shipped nginx config', () => {
  /** Waits until the page says it is saved with its handout (the worker has kept them by then). */
  const saved = (page: Page) =>
    expect
      .poll(() => page.locator('[data-offline-summary]').textContent(), { timeout: 15_000 })
      .toContain('本页及其讲义');

  it('installs the worker from nginx, then reads a flow page, its handout, its Word file and search with no network', async () => {
    const context = await waitingForScripts(
      await browser().newContext({ serviceWorkers: 'allow', viewport: { width: 375, height: 812 } }),
    );
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${base}${flowPath('village')}`);
    await saved(page);
    await context.setOffline(true);

    for (const address of [flowPath('village'), handoutPath('village')]) {
      const response = await page.goto(`${base}${address}`);
      expect(response?.status(), address).toBe(200);
      expect(await page.locator('h1').count(), address).toBe(1);
    }
    const word = await page.evaluate(
      `fetch(${JSON.stringify(wordHandoutPath('village'))}).then((r) => r.arrayBuffer()).then((b) => b.byteLength)`,
    );
    expect(word).toBeGreaterThan(1000);
    await page.goto(`${base}${searchPath({ q: '谈心谈话' })}`);
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/找到 \d+ 条结果/);

    // An address without its closing slash, and one that does not exist: a plain offline answer.
    await page.goto(`${base}/flows/village`);
    expect(await page.locator('h1').textContent()).toBe('当前没有网络连接');
    expect(await page.locator('.offline-folder a').getAttribute('href')).toBe('/flows/village/');
    await page.goto(`${base}/no/such/page/`);
    expect(await page.locator('h1').textContent()).toBe('当前没有网络连接');
    expect(errors).toEqual([]);
    await context.close();
  });
});
