/** Where a flow's 整改台账 is kept (./ledger-store.ts): on its own, so that a page may ask whether there is one without its rules. */
export const ledgerKey = (slug: string) => `zuzhi-shenghuohui:ledger:v1:${slug}`;
