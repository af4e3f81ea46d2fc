/**
 * What the 整改台账 page's script (src/scripts/ledger-page.ts) finds in its markup
 * (src/pages/flows/[slug]/rectify/index.astro): named once, here.
 */
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
  clear: 'data-ledger-clear',
  clearConfirm: 'data-ledger-clear-confirm',
  clearYes: 'data-ledger-clear-yes',
  clearNo: 'data-ledger-clear-no',
} as const;

/** Each hook as a selector: [data-ledger-status]. */
export const ledgerSelectors = Object.fromEntries(
  Object.entries(ledgerHooks).map(([name, attribute]) => [name, `[${attribute}]`]),
) as { [Name in keyof typeof ledgerHooks]: `[${(typeof ledgerHooks)[Name]}]` };
