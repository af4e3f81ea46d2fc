/**
 * A record carried to another device by the reader's own act (本支部信息, the 整改台账): as a file
 * she sends herself, or as a link whose data sits in the fragment (./fragment.ts), which browsers
 * never send to the server. Both carry the same thing: the format's name and version, the flow, the
 * day it was written and the record. What comes back is checked like what storage holds (the
 * kind's own `clean`), and says whether it was whole; it replaces nothing here (the page asks first).
 */
import { canonicalJson } from './canonical-json.ts';
import { readFragment, writeFragment } from './fragment.ts';

/** A kind of record that can be carried. */
export interface CarriedKind<T> {
  /** The format's name, first in every file: a file that lacks it is not ours. */
  format: string;
  version: number;
  /** Where a link carries it: branch= (#branch=1.…). */
  linkKey: string;
  /** The record's field in the file: "branch", "ledger". */
  field: string;
  /** A file or link far larger than any real record of the kind is not ours. */
  maxLength: number;
  clean: (data: unknown) => T;
}

/** A link this long or shorter can still be scanned from a phone's screen as a QR code. */
export const maxQrLength = 1800;

export type Incoming<T> =
  | { kind: 'record'; record: T; saved: string; whole: boolean }
  /** Cut short, altered, or not ours at all. */
  | { kind: 'bad' }
  | { kind: 'too-large' }
  /** Another flow's: its groups of people, its steps' words, are not this flow's. */
  | { kind: 'other-flow'; flow: string }
  | { kind: 'other-version' }
  /** A compressed link, and this browser cannot decompress. */
  | { kind: 'unsupported' };

const carried = <T>(kind: CarriedKind<T>, slug: string, record: T, today: string) => ({
  format: kind.format,
  version: kind.version,
  flow: slug,
  saved: today,
  [kind.field]: record,
});

/** The file's text: JSON, indented, so that it can be read in a text editor. */
export const carriedFile = <T>(kind: CarriedKind<T>, slug: string, record: T, today: string): string =>
  `${JSON.stringify(carried(kind, slug, record, today), null, 2)}\n`;

/** The fragment (without #) that carries the record. */
export const carriedFragment = <T>(kind: CarriedKind<T>, slug: string, record: T, today: string): Promise<string> =>
  writeFragment(kind.linkKey, carried(kind, slug, record, today));

/** What carried data holds for this flow. */
function readCarried<T>(kind: CarriedKind<T>, data: unknown, slug: string): Incoming<T> {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { kind: 'bad' };
  const file = data as Record<string, unknown>;
  if (file.format !== kind.format) return { kind: 'bad' };
  if (file.version !== kind.version) return { kind: 'other-version' };
  if (typeof file.flow !== 'string') return { kind: 'bad' };
  if (file.flow !== slug) return { kind: 'other-flow', flow: file.flow };
  const record = kind.clean(file[kind.field]);
  const saved = typeof file.saved === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(file.saved) ? file.saved : '';
  return { kind: 'record', record, saved, whole: canonicalJson(record) === canonicalJson(file[kind.field] ?? {}) };
}

/** A file's text, read for this flow. */
export function readCarriedFile<T>(kind: CarriedKind<T>, text: string, slug: string): Incoming<T> {
  if (text.length > kind.maxLength) return { kind: 'too-large' };
  try {
    return readCarried(kind, JSON.parse(text.replace(/^\uFEFF/, '')), slug);
  } catch {
    return { kind: 'bad' };
  }
}

/** A link's fragment, read for this flow: null when it carries no record of the kind. */
export async function readCarriedFragment<T>(
  kind: CarriedKind<T>,
  hash: string,
  slug: string,
): Promise<Incoming<T> | null> {
  const read = await readFragment(hash, kind.linkKey, kind.maxLength);
  if (!read || read.kind !== 'data') return read;
  return readCarried(kind, read.data, slug);
}
