/**
 * Records kept in this browser's localStorage and nowhere else (progress, the plan, 本支部信息): read, checked
 * and written here, for every kind alike. What is read is checked, never trusted; a record that
 * cannot be read is never replaced without a word: it is kept aside, as it was, and the page says
 * so (src/scripts/record-notice.ts). Where the browser refuses writes (storage full), what is
 * stored is still read, and shown read-only.
 */
import { canonicalJson } from '../site/canonical-json.ts';

/** Every record's key starts so: zuzhi-shenghuohui:progress:v1:village. */
const keyPrefix = 'zuzhi-shenghuohui:';
/** Where a record that could not be read is kept: its own key, then this, then a number. */
const asideMark = ':unreadable:';

let usable: Storage | null | undefined;
let writable = false;

/**
 * This browser's localStorage, or null where it cannot be used (switched off, private mode).
 * Tried with a write once per page: every write tells the site's other open tabs, which read
 * again, so a probe on each read would have two open tabs answer each other without end. A
 * storage that reads but refuses the write is full: usable, read-only.
 */
export function storage(): Storage | null {
  if (usable !== undefined) return usable;
  try {
    const store = window.localStorage;
    const probe = `${keyPrefix}probe`;
    try {
      store.setItem(probe, '1');
      store.removeItem(probe);
      writable = true;
    } catch {
      store.getItem(probe);
    }
    usable = store;
  } catch {
    usable = null;
  }
  return usable;
}

/** What storage holds for one record; null where storage is unavailable. */
export interface Stored<T> {
  record: T;
  /** False where nothing may be written: storage is full, or an unreadable record could not be moved aside. */
  writable: boolean;
}

/**
 * A stored text read as a record: null where it cannot be read at all (too long, not JSON, not an
 * object); else what `clean` keeps of it, and whether that is the whole of it (not where it held a
 * done:"true", a step this flow does not have, a date that cannot be).
 */
export function parseRecord<T extends object>(
  stored: string,
  maxLength: number,
  clean: (data: unknown) => T,
): { record: T; whole: boolean } | null {
  if (stored.length > maxLength) return null;
  let data: unknown;
  try {
    data = JSON.parse(stored);
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const record = clean(data);
  return { record, whole: canonicalJson(record) === canonicalJson(data) };
}

/** Copies a record that could not be read, as it was, to a key of its own; false when the browser refused. */
function setAside(store: Storage, name: string, stored: string): boolean {
  let n = 1;
  while (store.getItem(`${name}${asideMark}${n}`) !== null) n++;
  try {
    store.setItem(`${name}${asideMark}${n}`, stored);
    return true;
  } catch {
    return false;
  }
}

/**
 * A record kept in localStorage: null where storage is unavailable; an empty record where none is
 * stored; else what was stored, checked. One that cannot be read whole is copied aside as it was,
 * then replaced by what can be read of it (often nothing); where storage is full it stays as it
 * is and the page is read-only. Never overwritten without a copy.
 */
export function readStored<T extends object>(
  name: string,
  maxLength: number,
  clean: (data: unknown) => T,
): Stored<T> | null {
  const store = storage();
  if (!store) return null;
  const stored = store.getItem(name);
  if (stored === null) return { record: clean({}), writable };
  const read = parseRecord(stored, maxLength, clean);
  const record = read?.record ?? clean({});
  if (read?.whole) return { record, writable };
  unreadable.add(name);
  const kept = writable && setAside(store, name, stored);
  if (kept) unreadable.delete(name);
  return { record, writable: kept && writeRecord(name, record) };
}

/** The record alone (see readStored). */
export const readRecord = <T extends object>(name: string, maxLength: number, clean: (data: unknown) => T): T | null =>
  readStored(name, maxLength, clean)?.record ?? null;

/** Saves a record (removed when empty); false when the browser refused (storage full or switched off). */
export function writeRecord(name: string, record: object): boolean {
  const store = storage();
  if (!store || unreadableInPlace(name)) return false;
  try {
    if (Object.keys(record).length) store.setItem(name, JSON.stringify(record));
    else store.removeItem(name);
    return true;
  } catch {
    return false;
  }
}

/** Records found unreadable on this page. */
const unreadable = new Set<string>();
/** An unreadable record still under its own key (storage was full): nothing may write over it. */
const unreadableInPlace = (name: string) => unreadable.has(name) && storage()?.getItem(name) !== null;

/** A record that could not be read, as it was stored, and the key it is kept under. */
export interface KeptRecord {
  key: string;
  /** The record's own key (without the mark that set it aside). */
  of: string;
  text: string;
}

/** The unreadable records kept for these record keys: set aside, or (storage full) in place. */
export function keptRecords(names: readonly string[]): KeptRecord[] {
  const store = storage();
  if (!store) return [];
  const kept: KeptRecord[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i)!;
    const of = names.find((name) => key.startsWith(`${name}${asideMark}`) || (key === name && unreadableInPlace(name)));
    if (of) kept.push({ key, of, text: store.getItem(key) ?? '' });
  }
  return kept.sort((a, b) => (a.key < b.key ? -1 : 1));
}

/** Deletes a kept record, when the reader asks; false when the browser refused. */
export function deleteKept(key: string): boolean {
  try {
    storage()?.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/** Where the flow she last kept a record for is noted, for the home page to open with it. */
const recentKey = `${keyPrefix}recent:v1`;

/** Notes the flow she has just kept a record for (progress, a plan, 本支部信息); nothing said where the browser refuses. */
export function noteRecentFlow(slug: string): void {
  try {
    storage()?.setItem(recentKey, slug);
  } catch {
    // Storage full: the home page falls back to the first flow with a record.
  }
}

/** The flow she last kept a record for, as noted (checked by the reader against the flows). */
export const recentFlow = (): string | null => storage()?.getItem(recentKey) ?? null;

let persistAsked = false;

/**
 * Asks the browser, once a page, to keep the site's storage (navigator.storage.persist) so that it
 * is not cleared to make room: called on the first save of the records she enters (本支部信息, the
 * count, the 台账). A request, which the browser may grant or not; nothing waits on the answer.
 */
export function askToPersist(): void {
  if (persistAsked) return;
  persistAsked = true;
  void navigator.storage?.persist?.().catch(() => false);
}
