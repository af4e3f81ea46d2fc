/**
 * The handout's checklist as a document of the paper model (src/paper/): every step in full under
 * its part and stage, with a box to tick, room for the date and notes, what the step calls for,
 * its 校 mark where the errata list corrects it, and where the printed copy came from. The print
 * page draws it under the two chart pages; the Word file is the same document.
 */
import type { Flow, Step } from '../flows/model.ts';
import { papersOf } from '../kit/forms.ts';
import type { Block, Column, Inline, PaperDocument } from '../paper/model.ts';
import { absoluteUrl, erratumPath, flowPath, sourcePath } from '../site/urls.ts';
import { commonWords } from '../words/common.ts';
import { kitWords } from '../words/kit.ts';
import { paperWords as words } from '../words/paper.ts';

/** Where the handout leads: the flow page, the source page (as printed), and each erratum (a link on the page). */
export interface HandoutAddresses {
  flow: string;
  source: string;
  erratum: (step: string) => string;
}

/** 完成, 步骤, 日期, 备注, as shares of the width (the print page sets them in millimetres: src/styles/handout.css). */
export const checklistColumns: readonly Column[] = [
  { label: words.handoutColumns.done, width: 14, role: 'done' },
  { label: words.handoutColumns.step, width: 106 },
  { label: words.handoutColumns.date, width: 22, role: 'date' },
  { label: words.handoutColumns.notes, width: 51, role: 'notes' },
];

/** What a step calls for, in its own words: 〔需要准备：…〕〔形成材料：…〕. */
function paperLines(step: Step): Inline[] {
  const { needs, makes } = papersOf(step);
  return (
    [
      [kitWords.needs, needs],
      [kitWords.makes, makes],
    ] as const
  )
    .filter(([, items]) => items.length > 0)
    .map(([label, items]) => ({ kind: 'paper', text: `〔${label}：${items.join('、')}〕` }));
}

/** The handout's addresses, absolute where the site's address is known (SITE at build time), else paths. */
export const handoutAddresses = (flow: Flow, site: URL | undefined): HandoutAddresses => ({
  flow: absoluteUrl(flowPath(flow.slug), site),
  source: absoluteUrl(sourcePath, site),
  erratum: (step) => erratumPath(flow.slug, step),
});

export function handoutDocument(
  flow: Flow,
  corrected: ReadonlySet<string>,
  addresses: HandoutAddresses,
): PaperDocument {
  const blocks: Block[] = [
    { type: 'heading', text: words.handoutChecklist, id: 'checklist' },
    { type: 'fields', labels: words.handoutFields },
  ];
  for (const part of flow.parts) {
    blocks.push({ type: 'heading', text: part.heading, level: 3, id: `print-part-${part.id}` });
    for (const stage of part.stages) {
      blocks.push({
        type: 'table',
        look: 'checklist',
        ...(stage.title
          ? { caption: stage.chair ? `${stage.title}（${commonWords.chairedBy(stage.chair)}）` : stage.title }
          : {}),
        columns: checklistColumns,
        steps: stage.steps.map((step) => step.id),
        rows: stage.steps.map((step) => [
          { tick: words.handoutDoneHidden },
          {
            inlines: [
              { kind: 'number', text: `${step.number}.` },
              step.text,
              ...paperLines(step),
              ...(corrected.has(step.id)
                ? [
                    {
                      kind: 'erratum',
                      sign: commonWords.erratumMark,
                      label: commonWords.erratumMarkLabel,
                      href: addresses.erratum(step.id),
                    } as const,
                  ]
                : []),
            ],
          },
          '',
          '',
        ]),
      });
    }
  }
  const source = { text: addresses.source, href: sourcePath };
  const foot: Block[] = [
    { type: 'line', text: `${words.handoutSource} `, address: source },
    ...(corrected.size ? [{ type: 'line', text: `${words.erratumWordNote} `, address: source } as const] : []),
    { type: 'line', text: words.handoutFlowUrl, address: { text: addresses.flow, href: flowPath(flow.slug) } },
  ];
  return { title: flow.title, meta: words.handoutMeta(flow.orgType, flow.stepCount), blocks, foot };
}
