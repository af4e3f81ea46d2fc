/**
 * The 整改台账 as 转到其他设备 carries it (./transfer.ts): its format, its file's name, and what it
 * holds in a few lines. Loaded with the transfer script, when asked for.
 */
import type { FlowSlug } from '../flows/vocabulary.ts';
import { isEmptyLedger, ledgerCarried, type Ledger, type LedgerShape } from '../ledger/ledger.ts';
import { ledgerPath } from '../site/urls.ts';
import { transferWords as words } from '../words/transfer.ts';
import { ledgerScriptWords } from '../words/ledger.ts';
import { branchOrg } from './branch-store.ts';
import { ledgerKey } from './ledger-key.ts';
import type { TransferContext } from './transfer.ts';

export const ledgerTransfer = ({
  slug,
  shortName,
  shape,
  current,
  accept,
}: {
  slug: FlowSlug;
  shortName: string;
  shape: LedgerShape;
  current: () => Ledger;
  accept: (ledger: Ledger) => boolean;
}): TransferContext<Ledger> => ({
  slug,
  key: ledgerKey(slug),
  kind: ledgerCarried(shape),
  what: ledgerScriptWords.what,
  path: ledgerPath(slug),
  fileName: (_ledger, today) => words.fileName(branchOrg(slug) || shortName, ledgerScriptWords.what, today),
  current,
  isEmpty: isEmptyLedger,
  summary: (ledger) => [
    ...(ledger.year ? [words.ledgerSummary.year(ledger.year)] : []),
    ...(ledger.opinions?.length ? [words.ledgerSummary.opinions(ledger.opinions.length)] : []),
    ...(ledger.problems?.length
      ? [
          words.ledgerSummary.problems(
            ledger.problems.length,
            ledger.problems.filter((problem) => problem.status === 'done').length,
          ),
        ]
      : []),
  ],
  accept,
});
