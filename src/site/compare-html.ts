/**
 * A pair comparison's page body as HTML (/compare/<a>-vs-<b>/): drawn by its page on the server
 * and, offline, on the reader's device from the flows' data (src/scripts/compare-pair.ts), so
 * the two are the same markup. Pure: a string from the two flows, all flows (the rows' order) and
 * the roles. The page only adds its layout and its filters' script.
 */
import { differs, type PairRow, type Segment } from '../flows/compare.ts';
import type { Flow } from '../flows/model.ts';
import type { Role } from '../flows/schema.ts';
import { escapeHtml, tag } from '../paper/markup.ts';
import { compareWords as words } from '../words/compare.ts';
import { pairView } from './compare-view.ts';
import { placeLabel } from './places.ts';
import { anchors, flowPath, stepPath } from './urls.ts';

/** A class attribute from names, those given false left out; none where none is left. */
const classes = (...names: (string | false)[]) => names.filter(Boolean).join(' ') || undefined;

/** A step's text with the words only this side has marked (<del> left, <ins> right), with words for screen readers. */
function diffText(segments: readonly Segment[], owner: string): string {
  return segments
    .map((segment) => {
      if (segment.change === 'same') return escapeHtml(segment.text);
      const start = segment.punctuation ? words.hiddenPunctuationStart : words.hiddenOnlyStart(owner);
      return tag(
        segment.change === 'removed' ? 'del' : 'ins',
        { class: classes(segment.change === 'removed' ? 'own-left' : 'own-right', segment.punctuation && 'punct') },
        tag('span', { class: 'visually-hidden' }, escapeHtml(start)) +
          escapeHtml(segment.text) +
          tag('span', { class: 'visually-hidden' }, escapeHtml(words.hiddenEnd)),
      );
    })
    .join('');
}

/** What a pair is made from on the device: every flow (their rows' order) and the roles (src/pages/compare/flows.json.ts). */
export interface CompareData {
  flows: Flow[];
  roles: Role[];
}

/** The page's title (its h1 and <title>) and description. */
export function pairHead(left: Flow, right: Flow): { title: string; description: string } {
  return {
    title: words.comparePairTitle(left.shortName, right.shortName),
    description: words.comparePairDescription(left.orgType, right.orgType),
  };
}

export function pairHtml(left: Flow, right: Flow, flows: readonly Flow[], roles: readonly Role[]): string {
  const view = pairView(left, right, flows, roles);
  const { title } = pairHead(left, right);
  const { rows, differing, label, numbers, gist } = view;

  const summaryItem = (row: PairRow) =>
    tag(
      'li',
      { class: classes(differs(row, true) && 'differs-in-words') },
      tag('a', { href: `#${anchors.step(row.id)}` }, escapeHtml(label(row))) +
        tag('span', { class: 'summary-numbers' }, escapeHtml(`（${numbers(row)}）`)) +
        escapeHtml(`：${gist(row).join('；')}`),
    );
  const summaryGroup = (group: (typeof view.summaryGroups)[number]) => {
    const heading = tag('h3', {}, escapeHtml(words.compareKinds[group.kind](group.rows.length)));
    const intro = tag('p', { class: 'summary-intro' }, escapeHtml(words.compareKindsIntro[group.kind]));
    const list = tag('ol', {}, group.rows.map(summaryItem).join(''));
    const className = `summary-group summary-${group.kind}`;
    if (group.open) return tag('div', { class: className }, heading + intro + list);
    const roleList =
      group.kind === 'names'
        ? tag(
            'ul',
            { class: 'role-list' },
            view.citedRoles
              .map((role) => tag('li', {}, escapeHtml(words.compareRoleLine(role.role, role.about, role.names))))
              .join(''),
          )
        : '';
    return tag('details', { class: className }, tag('summary', {}, heading) + intro + roleList + list);
  };
  const summary = tag(
    'section',
    { class: 'compare-summary', 'aria-labelledby': 'summary' },
    tag('h2', { id: 'summary' }, escapeHtml(words.compareSummaryHeading(differing.length))) +
      (differing.length
        ? view.summaryGroups
            .filter((group) => group.rows.length > 0)
            .map(summaryGroup)
            .join('')
        : tag('p', {}, escapeHtml(words.compareSummaryNone))),
  );

  const checkbox = (id: string, text: string) =>
    tag('label', {}, `<input type="checkbox" id="${id}"> ${escapeHtml(text)}`);
  const controls = tag(
    'div',
    { class: 'compare-controls print-hidden', role: 'group', 'aria-label': words.compareOptions },
    checkbox('only-diff', words.onlyDifferences) + checkbox('ignore-punct', words.ignorePunctuation),
  );
  const legend = tag(
    'section',
    { class: 'legend', 'aria-labelledby': 'legend-heading' },
    tag('h2', { id: 'legend-heading', class: 'legend-heading' }, escapeHtml(words.compareLegendHeading)) +
      tag(
        'ul',
        {},
        tag(
          'li',
          {},
          tag('del', { class: 'own-left' }, escapeHtml(words.legendSample)) +
            ` ${escapeHtml(words.legendLeft(view.leftName))}`,
        ) +
          tag(
            'li',
            {},
            tag('ins', { class: 'own-right' }, escapeHtml(words.legendSample)) +
              ` ${escapeHtml(words.legendRight(view.rightName))}`,
          ) +
          tag('li', {}, tag('ins', { class: 'own-right punct' }, '，。') + ` ${escapeHtml(words.legendPunctuation)}`),
      ),
  );

  const side = ({ placement, segments, name, slug }: ReturnType<typeof view.sides>[number], row: PairRow) =>
    tag(
      'td',
      {},
      placement
        ? tag('a', { class: 'where', href: stepPath(slug, row.id) }, escapeHtml(`${name} · ${placeLabel(placement)}`)) +
            tag('p', { class: 'compare-text' }, diffText(segments, name))
        : tag('p', { class: 'no-step' }, escapeHtml(words.compareNoStep(name))),
    );
  const tableRow = (row: PairRow) =>
    tag(
      'tr',
      {
        id: anchors.step(row.id),
        class: classes(
          'compare-row',
          row.difference,
          differs(row) && 'differs',
          differs(row, true) && 'differs-in-words',
        ),
      },
      tag(
        'th',
        { scope: 'row' },
        tag('span', { class: 'row-label' }, escapeHtml(label(row))) +
          tag('span', { class: 'badge' }, escapeHtml(view.badge(row))) +
          (differs(row)
            ? gist(row)
                .map((line) => tag('span', { class: 'row-gist' }, escapeHtml(line)))
                .join('')
            : ''),
      ) +
        view
          .sides(row)
          .map((cell) => side(cell, row))
          .join(''),
    );
  const group = (stage: (typeof view.groups)[number]) =>
    tag(
      'section',
      {
        class: classes(
          'compare-group',
          stage.rows.some((row) => differs(row)) && 'differs',
          stage.rows.some((row) => differs(row, true)) && 'differs-in-words',
        ),
        'aria-labelledby': `group-${stage.id}`,
      },
      tag('h2', { id: `group-${stage.id}` }, escapeHtml(stage.heading)) +
        tag(
          'table',
          { class: 'compare' },
          tag(
            'thead',
            {},
            tag(
              'tr',
              {},
              [words.stepColumn, view.leftName, view.rightName]
                .map((text) => tag('th', { scope: 'col' }, escapeHtml(text)))
                .join(''),
            ),
          ) + tag('tbody', {}, stage.rows.map(tableRow).join('')),
        ),
    );

  return [
    tag('h1', {}, escapeHtml(title)),
    tag('p', { class: 'lede' }, escapeHtml(words.compareSummary(rows.length, differing.length, view.punctuationOnly))),
    tag(
      'p',
      {},
      tag('a', { href: flowPath(left.slug) }, escapeHtml(left.title)) +
        '<br>' +
        tag('a', { href: flowPath(right.slug) }, escapeHtml(right.title)),
    ),
    summary,
    controls,
    legend,
    ...view.groups.map(group),
  ].join('');
}
