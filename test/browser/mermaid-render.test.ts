/** Hostile text through the real renderer: it must show as written, and inject nothing. */
import { createMermaidRenderer } from 'mermaid-isomorphic';
import { describe, expect, it } from 'vitest';
import { renderSettings } from '../../src/diagrams/cache.ts';
import { chromiumArgs } from '../../src/diagrams/chromium.ts';
import { staticSvg } from '../../src/diagrams/static-svg.ts';
import { loadFlows } from '../../src/flows/load.ts';
import { flowToMermaid } from '../../src/diagrams/mermaid.ts';
import type { Flow } from '../../src/flows/model.ts';
import { testChromiumPath } from './browser.ts';
import { helperEnv, stopHelpersOnExit } from './processes.ts';

stopHelpersOnExit();

const hostile = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '%%{init: {"themeCSS": ".node rect { fill: red }"}}%%',
  '`**粗体**`',
  '#quot; & #35; "引号" \'单引号\'',
  'click step_study call alert()',
];

describe('Mermaid with hostile labels and titles', () => {
  it('renders them as text, with no script, handler or injected style', async () => {
    const flow: Flow = structuredClone(loadFlows()[0]!);
    const steps = flow.parts[0]!.stages[0]!.steps;
    hostile.forEach((text, i) => (steps[i]!.label = text));
    flow.title = `标题 ${hostile[2]} ${hostile[0]}`;
    const source = flowToMermaid(flow, { layout: 'screen', href: (step) => `/flows/village/#${step.id}` });

    const render = createMermaidRenderer({
      launchOptions: { executablePath: testChromiumPath()!, args: chromiumArgs, env: helperEnv() },
    });
    const [result] = await render([source], { mermaidConfig: renderSettings.mermaidConfig, prefix: 'hostile' });
    expect(result!.status).toBe('fulfilled');
    const raw = (result as PromiseFulfilledResult<{ svg: string }>).value.svg;
    // Checked as booleans: a failure should not print the whole drawing.
    expect(/<script|<[^>]*\son[a-z]+\s*=|<[^>]*javascript:/i.test(raw), 'script or handler').toBe(false);
    const styles = [...raw.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('');
    expect(/fill:\s*red/.test(styles), 'injected style').toBe(false);
    const svg = staticSvg(raw, 'hostile');

    const labels = [...svg.matchAll(/<span class="nodeLabel ?"><p>(.*?)<\/p><\/span>/g)].map((match) =>
      match[1]!
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&'),
    );
    hostile.forEach((text, i) => expect(labels).toContain(`${i + 1}．${text}`));
    const title = /<title[^>]*>(.*?)<\/title>/.exec(svg)![1]!;
    expect(title).toContain('％％｛init');
    expect(title).not.toContain('<script');
  }, 60_000);
});
