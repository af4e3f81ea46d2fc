/** The handout as a Word file: the same document as its print page (src/handouts/handout.ts), one per flow. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { flowPaths } from '../../../flows/load.ts';
import type { Flow } from '../../../flows/model.ts';
import { handoutAddresses, handoutDocument } from '../../../handouts/handout.ts';
import { wordDocument } from '../../../paper/docx.ts';

export const getStaticPaths = flowPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ flow: Flow; corrected: ReadonlySet<string> }> = async ({ props, site }) => {
  const file = await wordDocument(handoutDocument(props.flow, props.corrected, handoutAddresses(props.flow, site)));
  return new Response(new Uint8Array(file), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
};
