/**
 * A plain static file server: for tests that swap the site under a browser (a new deploy), and
 * for the bench, which counts what a first visit asks for.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { transferIsStored } from '../offline/files.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface StaticServer {
  url: string;
  /** Serve another folder from now on, as a deploy would. */
  serve: (dir: string) => void;
  close: () => Promise<void>;
}

/**
 * `onRequest` hears every path asked for (without its query), answered or not, and whether the
 * answer was "not modified". Like the shipped nginx config, it gzips text, gives an ETag and answers
 * a matching If-None-Match with 304.
 */
export async function staticServer(
  dir: string,
  onRequest?: (path: string, notModified: boolean) => void,
): Promise<StaticServer> {
  // Absolute, so that a folder given as ./dist serves its files (a relative root matched no path).
  let root = path.resolve(dir);
  const server: Server = createServer((request, response) => {
    const asked = new URL(request.url!, 'http://x').pathname;
    let file = path.join(root, decodeURIComponent(asked));
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file.startsWith(root + path.sep) || !existsSync(file)) {
      onRequest?.(asked, false);
      response.writeHead(404).end('not found');
      return;
    }
    // From the content (nginx uses time and size: two deploys copied in one second could collide).
    const etag = `"${createHash('sha1').update(readFileSync(file)).digest('hex')}"`;
    const notModified = request.headers['if-none-match'] === etag;
    onRequest?.(asked, notModified);
    const headers = {
      'Content-Type': types[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      ETag: etag,
    };
    if (notModified) {
      response.writeHead(304, headers).end();
      return;
    }
    // Text gzipped at the shipped nginx config's level, when the browser accepts it.
    const gzip = /gzip/.test(String(request.headers['accept-encoding'])) && !transferIsStored(file);
    response.writeHead(200, gzip ? { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : headers);
    if (gzip) response.end(gzipSync(readFileSync(file), { level: 6 }));
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    serve: (next) => (root = path.resolve(next)),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
