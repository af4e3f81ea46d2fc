/**
 * Data carried in a link's fragment (after #), which browsers never send to the server: JSON,
 * compressed with the browser's own deflate (CompressionStream) where it has one, written in
 * base64url after its key; "1." before the data says compressed, "0." not. The plan link
 * (src/plan/link.ts) and the branch's details (src/branch/transfer.ts) travel so. What comes back
 * is only JSON: each reader of it checks it like what storage holds, since a link is someone
 * else's data.
 */

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

/** The fragment (without #) that carries `data` under `key` (plan=, branch=). */
export async function writeFragment(key: string, data: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(data));
  if (typeof CompressionStream === 'undefined') return `${key}0.${toBase64Url(json)}`;
  return `${key}1.${toBase64Url(await through(json, new CompressionStream('deflate-raw')))}`;
}

export type FragmentData =
  | { kind: 'data'; data: unknown }
  /** Cut short, altered, or not ours at all. */
  | { kind: 'bad' }
  /** Compressed, and this browser cannot decompress. */
  | { kind: 'unsupported' };

/** What a fragment carries under `key`: its JSON, what is wrong with it, or null when it carries nothing under that key. */
export async function readFragment(hash: string, key: string, maxLength: number): Promise<FragmentData | null> {
  const fragment = hash.replace(/^#/, '');
  if (!fragment.startsWith(key)) return null;
  const [format, body] = fragment.slice(key.length).split('.', 2);
  if (fragment.length > maxLength || !body || (format !== '0' && format !== '1')) return { kind: 'bad' };
  if (format === '1' && typeof DecompressionStream === 'undefined') return { kind: 'unsupported' };
  try {
    let bytes: Uint8Array = fromBase64Url(body);
    if (format === '1') bytes = await through(bytes, new DecompressionStream('deflate-raw'));
    return { kind: 'data', data: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown };
  } catch {
    return { kind: 'bad' };
  }
}
