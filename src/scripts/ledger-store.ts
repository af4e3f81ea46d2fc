/**
 * A flow's 整改台账 (src/ledger/ledger.ts), kept in this browser's localStorage beside its
 * 本支部信息, with the same care (src/scripts/records.ts): what is read is checked, never trusted;
 * one that cannot be read whole is kept aside and reported; a write the browser refuses is said.
 * The first save asks the browser to keep the site's storage (./records.ts askToPersist).
 */
import { cleanLedger, type Ledger, type LedgerShape } from '../ledger/ledger.ts';
import { ledgerKey } from './ledger-key.ts';
import { askToPersist, noteRecentFlow, readStored, writeRecord, type Stored } from './records.ts';

export { ledgerKey };

/** 200 opinions and 100 problems at their longest fit in a fraction of this. */
const maxStoredLength = 512 * 1024;

export const readLedger = (slug: string, shape: LedgerShape): Stored<Ledger> | null =>
  readStored(ledgerKey(slug), maxStoredLength, (data) => cleanLedger(data, shape));

/** Saves the ledger (removed when empty); false when the browser refused (storage full or switched off). */
export function writeLedger(slug: string, ledger: Ledger): boolean {
  const written = writeRecord(ledgerKey(slug), ledger);
  if (written) {
    noteRecentFlow(slug);
    askToPersist();
  }
  return written;
}
