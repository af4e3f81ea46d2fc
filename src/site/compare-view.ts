/**
 * A pair comparison as its page shows it (/compare/<a>-vs-<b>/): the rows grouped by stage, the
 * summary of what differs by kind, and each row's badge, gist, numbers and two sides. Pure: the
 * page only lays out what this returns.
 */
import {
  comparePair,
  differenceKind,
  differs,
  groupByStage,
  rowGist,
  type PairRow,
  type Segment,
} from '../flows/compare.ts';
import type { Flow } from '../flows/model.ts';
import type { Role } from '../flows/schema.ts';
import { commonWords } from '../words/common.ts';
import { compareWords as words } from '../words/compare.ts';

export function pairView(left: Flow, right: Flow, flows: readonly Flow[], roles: readonly Role[]) {
  const leftName = left.shortName;
  const rightName = right.shortName;
  const rows = comparePair(left, right, flows);
  const groups = groupByStage(rows, (row) => row.home);
  const kind = (row: PairRow) => differenceKind(row, roles);

  const badge = (row: PairRow): string =>
    row.difference === 'only-left'
      ? words.badge['only-left'](leftName)
      : row.difference === 'only-right'
        ? words.badge['only-right'](rightName)
        : row.difference === 'wording'
          ? words.badge[kind(row)]
          : words.badge[row.difference];

  /** In words, which flow has what: "仅学校有：教师", "仅医院有此步骤", "仅标点不同". */
  const gist = (row: PairRow): string[] => {
    if (row.difference === 'only-left') return [words.compareOnlyStep(leftName)];
    if (row.difference === 'only-right') return [words.compareOnlyStep(rightName)];
    const only = rowGist(row);
    const lines = [
      ...(only.left.length ? [words.compareOnlyWords(leftName, only.left)] : []),
      ...(only.right.length ? [words.compareOnlyWords(rightName, only.right)] : []),
    ];
    if (row.difference === 'punctuation') lines.push(words.comparePunctuationOnly);
    if (row.stageDiffers)
      lines.push(words.compareStageDiffers(row.left!.stage.title ?? '', row.right!.stage.title ?? ''));
    return lines;
  };

  const numbers = (row: PairRow): string =>
    row.left && row.right
      ? words.compareNumbers(leftName, row.left.step.number, rightName, row.right.step.number)
      : commonWords.stepOrdinal((row.left ?? row.right)!.step.number);
  const label = (row: PairRow): string => (row.left ?? row.right)!.step.label;

  // A step only one flow has is shown plain: the row says so in words, marks would only add noise.
  const plain = (segments: Segment[]): Segment[] => [
    { text: segments.map((segment) => segment.text).join(''), change: 'same', punctuation: false },
  ];
  const sides = (row: PairRow) => {
    const both = row.left && row.right;
    return [
      {
        placement: row.left,
        segments: both ? row.leftSegments : plain(row.leftSegments),
        name: leftName,
        slug: left.slug,
      },
      {
        placement: row.right,
        segments: both ? row.rightSegments : plain(row.rightSegments),
        name: rightName,
        slug: right.slug,
      },
    ];
  };

  const differing = rows.filter((row) => differs(row));
  const punctuationOnly = differing.filter((row) => !differs(row, true)).length;
  const byKind = (wanted: ReturnType<typeof kind>) => differing.filter((row) => kind(row) === wanted);
  const summaryGroups = [
    { kind: 'content', rows: byKind('content'), open: true },
    { kind: 'names', rows: byKind('names'), open: false },
    { kind: 'punctuation', rows: byKind('punctuation'), open: false },
  ] as const;
  // The roles whose names this pair's texts use: cited beside the 只是称谓不同 group.
  const pairTexts = rows.flatMap((row) => [row.left?.step.text ?? '', row.right?.step.text ?? '']).join('\n');
  const citedRoles = roles
    .map((role) => ({ ...role, names: role.names.filter((name) => pairTexts.includes(name)) }))
    .filter((role) => role.names.length > 1);

  return {
    leftName,
    rightName,
    rows,
    groups,
    differing,
    punctuationOnly,
    summaryGroups,
    citedRoles,
    badge,
    gist,
    numbers,
    label,
    sides,
  };
}
