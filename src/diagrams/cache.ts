/**
 * Rendered charts are kept as SVG files named by a hash of what produced them
 * (Mermaid source, render settings, Mermaid version), and committed. A build only
 * reads them; `npm run diagrams` renders what is missing, which needs Chromium.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { staticSvg } from './static-svg.ts';
import { ExplainedError } from '../problem.ts';

const mermaidVersion: string = createRequire(import.meta.url)('mermaid/package.json').version;

/** Everything besides the source that changes the rendered SVG. */
export const renderSettings = {
  mermaidVersion,
  mermaidConfig: {
    theme: 'neutral',
    // Node links (click … href) still work; scripts, handlers and HTML in labels do not.
    securityLevel: 'strict',
    fontFamily: '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif',
    fontSize: 16,
    flowchart: {
      // Narrower wrapping breaks Chinese labels mid-phrase.
      wrappingWidth: 240,
      padding: 12,
      nodeSpacing: 24,
      rankSpacing: 28,
      useMaxWidth: true,
    },
  },
} as const;

export const cacheDir = path.resolve('src/diagrams/cache');

export function diagramKey(source: string): string {
  return createHash('sha256').update(JSON.stringify({ source, renderSettings })).digest('hex').slice(0, 20);
}

export const cacheFile = (source: string) => path.join(cacheDir, `${diagramKey(source)}.svg`);

export class DiagramCacheMiss extends ExplainedError {
  override name = 'DiagramCacheMiss';
}

/** The rendered SVG for this Mermaid source, from the cache, made static (see static-svg.ts). */
export function cachedSvg(source: string, name: string): string {
  const file = cacheFile(source);
  if (!existsSync(file)) {
    throw new DiagramCacheMiss(
      `The chart "${name}" changed and has not been rendered (${path.relative(process.cwd(), file)} is missing).\n` +
        '    Fix: run `npm run diagrams` (needs Chromium and CJK fonts: apt-get install -y chromium fonts-noto-cjk), then commit src/diagrams/cache/.',
    );
  }
  return staticSvg(readFileSync(file, 'utf8'), name);
}
