import type { APIRoute } from 'astro';
import { loadSourceText } from '../flows/load.ts';

/** The source document, byte for byte, for readers who want to check it themselves. */
export const GET: APIRoute = () =>
  new Response(loadSourceText(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
