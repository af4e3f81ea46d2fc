/**
 * What 转到其他设备 (src/components/TransferSection.astro) lays out and its script
 * (src/scripts/transfer-controls.ts) finds: named once, here.
 */
export const transferHooks = {
  download: 'data-transfer-download',
  makeLink: 'data-transfer-make-link',
  file: 'data-transfer-file',
  link: 'data-transfer-link',
  incoming: 'data-transfer-incoming',
} as const;

/** Each hook as a selector: [data-transfer-file]. */
export const transferSelectors = Object.fromEntries(
  Object.entries(transferHooks).map(([name, attribute]) => [name, `[${attribute}]`]),
) as { [Name in keyof typeof transferHooks]: `[${(typeof transferHooks)[Name]}]` };
