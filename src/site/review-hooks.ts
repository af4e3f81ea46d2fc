/**
 * What the 民主评议 page's script (src/scripts/review-page.ts) finds in its markup
 * (src/pages/flows/[slug]/review/index.astro): named once, here, so a renamed attribute fails the
 * type check rather than the page.
 */
import { selectorsOf } from './hooks.ts';

export const reviewHooks = {
  /** On the editor: the flow's slug; its data-grading holds the grading as JSON. */
  editor: 'data-review-editor',
  status: 'data-review-status',
  roster: 'data-review-roster',
  issued: 'data-review-issued',
  returned: 'data-review-returned',
  ballotsMessage: 'data-review-ballots-message',
  method: 'data-review-method',
  counts: 'data-review-counts',
  ballot: 'data-review-ballot',
  problems: 'data-review-problems',
  tally: 'data-review-tally',
  ratings: 'data-review-ratings',
  top: 'data-review-top',
  reminder: 'data-review-reminder',
} as const;

/** Each hook as a selector (./hooks.ts): [data-review-status]. */
export const reviewSelectors = selectorsOf(reviewHooks);
