/**
 * 本支部信息 carried to another device by the reader's own act: as a file she sends herself, or
 * as a link whose data sits in the fragment (src/site/fragment.ts), which browsers never send to
 * the server. Both carry the same record: the format's name and version, the flow, the day it was
 * written and the branch. What comes back is checked like what storage holds (cleanBranch), and
 * says whether it was whole; it replaces nothing here (the page asks first).
 */
import { canonicalJson } from '../site/canonical-json.ts';
import { readFragment, writeFragment } from '../site/fragment.ts';
import { branchLinkKey, cleanBranch, type Branch } from './branch.ts';

/** The format's name, first in every file: a file that lacks it is not ours. */
export const branchFormat = 'zuzhi-shenghuohui/branch';
export const branchVersion = 1;
/** A file or link far larger than 300 members with their groups and meetings is not ours. */
export const maxTransferLength = 256 * 1024;
/** A link this long or shorter can still be scanned from a phone's screen as a QR code. */
export const maxQrLength = 1800;

interface Carried {
  format: typeof branchFormat;
  version: typeof branchVersion;
  flow: string;
  /** yyyy-mm-dd */
  saved: string;
  branch: Branch;
}

export type Incoming =
  | { kind: 'branch'; branch: Branch; saved: string; whole: boolean }
  /** Cut short, altered, or not ours at all. */
  | { kind: 'bad' }
  | { kind: 'too-large' }
  /** Another flow's branch: its groups of people are not this flow's. */
  | { kind: 'other-flow'; flow: string }
  | { kind: 'other-version' }
  /** A compressed link, and this browser cannot decompress. */
  | { kind: 'unsupported' };

const carried = (slug: string, branch: Branch, today: string): Carried => ({
  format: branchFormat,
  version: branchVersion,
  flow: slug,
  saved: today,
  branch,
});

/** The file's text: JSON, indented, so that it can be read in a text editor. */
export const branchFile = (slug: string, branch: Branch, today: string): string =>
  `${JSON.stringify(carried(slug, branch, today), null, 2)}\n`;

/** The fragment (without #) that carries the branch. */
export const branchFragment = (slug: string, branch: Branch, today: string): Promise<string> =>
  writeFragment(branchLinkKey, carried(slug, branch, today));

/** What carried data holds for this flow (`groups`: its groups of people). */
function readCarried(data: unknown, slug: string, groups: readonly string[]): Incoming {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { kind: 'bad' };
  const record = data as Partial<Record<keyof Carried, unknown>>;
  if (record.format !== branchFormat) return { kind: 'bad' };
  if (record.version !== branchVersion) return { kind: 'other-version' };
  if (typeof record.flow !== 'string') return { kind: 'bad' };
  if (record.flow !== slug) return { kind: 'other-flow', flow: record.flow };
  const branch = cleanBranch(record.branch, groups);
  const saved = typeof record.saved === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(record.saved) ? record.saved : '';
  return { kind: 'branch', branch, saved, whole: canonicalJson(branch) === canonicalJson(record.branch ?? {}) };
}

/** A file's text, read for this flow. */
export function readBranchFile(text: string, slug: string, groups: readonly string[]): Incoming {
  if (text.length > maxTransferLength) return { kind: 'too-large' };
  try {
    return readCarried(JSON.parse(text.replace(/^\uFEFF/, '')), slug, groups);
  } catch {
    return { kind: 'bad' };
  }
}

/** A link's fragment, read for this flow: null when it carries no branch. */
export async function readBranchFragment(
  hash: string,
  slug: string,
  groups: readonly string[],
): Promise<Incoming | null> {
  const read = await readFragment(hash, branchLinkKey, maxTransferLength);
  if (!read || read.kind !== 'data') return read;
  return readCarried(read.data, slug, groups);
}
