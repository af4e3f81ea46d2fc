/**
 * A plan carried in a link's fragment (#plan=…), which browsers never send to the server. The
 * plan is JSON, compressed with the browser's own deflate (CompressionStream) where it has one,
 * and written in base64url; "1." before it says compressed, "0." not. What a link carries is
 * checked like what storage holds (cleanPlan): a link is someone else's data.
 */
import { cleanPlan, type Plan } from './plan.ts';

const key = 'plan=';
const version = 1;
/** Far more than a flow's plan needs; anything longer is not a plan of ours. */
const maxLength = 16 * 1024;

export type PlanLink =
  | { kind: 'plan'; plan: Plan }
  /** Cut short, altered, or not a plan at all. */
  | { kind: 'bad' }
  /** A plan of another flow: its steps are not this page's. */
  | { kind: 'other-flow' }
  /** Compressed, and this browser cannot decompress. */
  | { kind: 'unsupported' };

const toBase64Url = (bytes: Uint8Array) =>
  btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
const fromBase64Url = (text: string) =>
  Uint8Array.from(atob(text.replaceAll('-', '+').replaceAll('_', '/')), (char) => char.charCodeAt(0));

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const output = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(output).arrayBuffer());
}

/** The fragment (without #) that carries this flow's plan. */
export async function planFragment(slug: string, plan: Plan): Promise<string> {
  const entries = Object.entries(plan).map(([id, { date, owner }]) => [id, date, owner]);
  const json = new TextEncoder().encode(JSON.stringify([version, slug, entries]));
  if (typeof CompressionStream === 'undefined') return `${key}0.${toBase64Url(json)}`;
  return `${key}1.${toBase64Url(await through(json, new CompressionStream('deflate-raw')))}`;
}

/** The plan a fragment carries for this flow, what is wrong with it, or null when it carries none. */
export async function readPlanFragment(hash: string, slug: string, steps: readonly string[]): Promise<PlanLink | null> {
  const fragment = hash.replace(/^#/, '');
  if (!fragment.startsWith(key)) return null;
  const [format, body] = fragment.slice(key.length).split('.', 2);
  if (fragment.length > maxLength || !body || (format !== '0' && format !== '1')) return { kind: 'bad' };
  if (format === '1' && typeof DecompressionStream === 'undefined') return { kind: 'unsupported' };
  try {
    let bytes: Uint8Array = fromBase64Url(body);
    if (format === '1') bytes = await through(bytes, new DecompressionStream('deflate-raw'));
    const data: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    if (!Array.isArray(data) || data[0] !== version || typeof data[1] !== 'string' || !Array.isArray(data[2]))
      return { kind: 'bad' };
    if (data[1] !== slug) return { kind: 'other-flow' };
    const entries = (data[2] as unknown[]).filter(Array.isArray) as unknown[][];
    const plan = Object.fromEntries(entries.map(([id, date, owner]) => [String(id), { date, owner }]));
    return { kind: 'plan', plan: cleanPlan(plan, steps) };
  } catch {
    return { kind: 'bad' };
  }
}
