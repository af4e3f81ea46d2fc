/**
 * Turns Mermaid's SVG into one that a strict Content-Security-Policy allows and the site's
 * own stylesheet (src/styles/chart.css) colours, in both schemes and on paper: no <style>
 * element, no style attributes. Strokes and dashes become SVG attributes (which CSP does not
 * govern); the label boxes' layout becomes classes. Pure; runs when a page reads the cache.
 */
import { ExplainedError } from '../problem.ts';

/** SVG properties that have an attribute of the same name. */
const presentation = new Set(['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-dashoffset', 'opacity']);

/**
 * Layout Mermaid sets on label boxes, by property and value: the class that does the same
 * in chart.css, '' where chart.css does it for every label (or the box's own size does), and
 * '*' for any value. A value not listed here stops the build rather than being dropped.
 */
const labelLayout: Record<string, Record<string, string>> = {
  display: { table: 'fo-table', 'table-cell': 'fo-cell' },
  'white-space': { nowrap: '', 'break-spaces': 'fo-wrap', normal: 'fo-wrap' },
  'line-height': { '1.5': '' },
  'text-align': { center: '' },
  // The label's width: the same as its foreignObject's, which holds it.
  'max-width': { '*': '' },
  width: { '*': '' },
};

export class UnsafeChartError extends ExplainedError {
  override name = 'UnsafeChartError';
}

function declarations(style: string): [string, string][] {
  return style
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const colon = part.indexOf(':');
      return [part.slice(0, colon).trim().toLowerCase(), part.slice(colon + 1).trim()];
    });
}

export function staticSvg(svg: string, name: string): string {
  // Inside tags only: the same words in a label's text are text.
  if (/<script|<[^>]*\son[a-z]+\s*=|<[^>]*javascript:/i.test(svg)) {
    throw new UnsafeChartError(`The chart "${name}" holds a script or an event handler; it was not used.`);
  }
  let out = svg
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    // Mermaid's own bookkeeping (edge points, look, ids for its scripts): weight the pages do not need.
    .replace(/\sdata-(?:points|id|look|edge|et)="[^"]*"/g, '');

  // The root: its natural size as attributes (CSS scales it down, never up).
  out = out.replace(/^<svg\b[^>]*>/, (root) => {
    const viewBox = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(root);
    if (!viewBox) throw new UnsafeChartError(`The chart "${name}" has no viewBox.`);
    return root
      .replace(/\sstyle="[^"]*"/, '')
      .replace(
        /\swidth="[^"]*"/,
        ` width="${Math.ceil(Number(viewBox[1]))}" height="${Math.ceil(Number(viewBox[2]))}"`,
      );
  });

  const tag = /<([a-zA-Z]+)((?:\s[^>]*?)?)\sstyle="([^"]*)"([^>]*?)(\/?)>/g;
  out = out.replace(tag, (_tag, element: string, before: string, style: string, after: string, close: string) => {
    const attributes: string[] = [];
    const classes: string[] = [];
    for (const [property, value] of declarations(style)) {
      if (presentation.has(property)) {
        attributes.push(`${property}="${value.replace(/"/g, '')}"`);
        continue;
      }
      const values = labelLayout[property];
      const layout = values?.[value] ?? values?.['*'];
      if (layout === undefined) {
        throw new UnsafeChartError(
          `The chart "${name}" sets "${property}: ${value}" on a <${element}>, which src/diagrams/static-svg.ts does not know.\n` +
            '    Fix: map it to an attribute or a class there (and style the class in src/styles/chart.css).',
        );
      }
      if (layout) classes.push(layout);
    }
    let rest = `${before}${after}`;
    if (classes.length) {
      const existing = /\sclass="([^"]*)"/.exec(rest);
      rest = existing
        ? rest.replace(existing[0], ` class="${`${existing[1]} ${classes.join(' ')}`.trim()}"`)
        : `${rest} class="${classes.join(' ')}"`;
    }
    return `<${element}${rest}${attributes.map((attribute) => ` ${attribute}`).join('')}${close}>`;
  });
  if (/\sstyle=|<style/.test(out)) throw new UnsafeChartError(`The chart "${name}" still has inline styles.`);
  return out;
}
