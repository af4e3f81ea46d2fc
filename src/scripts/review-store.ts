/**
 * A flow's 民主评议 (src/review/review.ts), kept in this browser's localStorage beside its
 * 本支部信息, with the same care (src/scripts/records.ts): what is read is checked, never trusted;
 * one that cannot be read whole is kept aside and reported; a write the browser refuses is said.
 * The first save asks the browser to keep the site's storage (./records.ts askToPersist).
 */
import { cleanReview, type Review } from '../review/review.ts';
import { askToPersist, noteRecentFlow, readStored, writeRecord, type Stored } from './records.ts';

export const reviewKey = (slug: string) => `zuzhi-shenghuohui:review:v1:${slug}`;
/** 300 members, 300 ballots of 300 names each would be larger; a branch's review is a fraction of this. */
const maxStoredLength = 1024 * 1024;

export const readReview = (slug: string, grades: readonly string[]): Stored<Review> | null =>
  readStored(reviewKey(slug), maxStoredLength, (data) => cleanReview(data, grades));

/** Saves the review (removed when empty); false when the browser refused (storage full or switched off). */
export function writeReview(slug: string, review: Review): boolean {
  const written = writeRecord(reviewKey(slug), review);
  if (written) {
    noteRecentFlow(slug);
    askToPersist();
  }
  return written;
}
