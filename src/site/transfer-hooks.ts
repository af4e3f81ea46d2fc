/**
 * What 转到其他设备 (src/components/TransferSection.astro) lays out and its script
 * (src/scripts/transfer-controls.ts) finds: named once, here.
 */
import { selectorsOf } from './hooks.ts';

export const transferHooks = {
  download: 'data-transfer-download',
  makeLink: 'data-transfer-make-link',
  file: 'data-transfer-file',
  link: 'data-transfer-link',
  incoming: 'data-transfer-incoming',
} as const;

/** Each hook as a selector (./hooks.ts): [data-transfer-file]. */
export const transferSelectors = selectorsOf(transferHooks);
