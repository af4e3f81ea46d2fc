/**
 * What the 整改台账 page's script (src/scripts/ledger-page.ts) finds in its markup
 * (src/pages/flows/[slug]/rectify/index.astro): named once, here.
 */
import { selectorsOf } from './hooks.ts';

export const ledgerHooks = {
  /** On the editor: the flow's slug; its data-shape holds whom the flow asks, its groups and columns. */
  editor: 'data-ledger-editor',
  status: 'data-ledger-status',
  counts: 'data-ledger-counts',
  addOpinion: 'data-ledger-add-opinion',
  opinions: 'data-ledger-opinions',
  addProblem: 'data-ledger-add-problem',
  problems: 'data-ledger-problems',
  names: 'data-ledger-names',
  carry: 'data-ledger-carry',
  carryConfirm: 'data-ledger-carry-confirm',
} as const;

/** Each hook as a selector (./hooks.ts): [data-ledger-status]. */
export const ledgerSelectors = selectorsOf(ledgerHooks);
