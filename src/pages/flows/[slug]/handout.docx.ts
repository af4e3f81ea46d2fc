/** The handout as a Word file (src/handouts/word.ts), one per flow. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { flowPaths } from '../../../flows/load.ts';
import type { Flow } from '../../../flows/model.ts';
import { wordHandout } from '../../../handouts/word.ts';
import { absoluteUrl, flowPath, sourcePath } from '../../../site/urls.ts';

export const getStaticPaths = flowPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ flow: Flow; corrected: ReadonlySet<string> }> = async ({ props, site }) => {
  const file = await wordHandout(props.flow, props.corrected, {
    flow: absoluteUrl(flowPath(props.flow.slug), site),
    source: absoluteUrl(sourcePath, site),
  });
  return new Response(new Uint8Array(file), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
};
