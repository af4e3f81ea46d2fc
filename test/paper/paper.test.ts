/**
 * The paper model (src/paper/): every document the site prints holds the same words on its print
 * page (src/paper/html.ts) and in its Word file (src/paper/docx.ts), blank and filled; a filled
 * document is the blank one with the reader's values written in.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { documentOf } from '../kit/document.ts';
import { correctedSteps } from '../../src/flows/errata.ts';
import { loadErrata, loadFlows } from '../../src/flows/load.ts';
import { handoutAddresses, handoutDocument } from '../../src/handouts/handout.ts';
import { formsOf } from '../../src/kit/forms.ts';
import { spareRows } from '../../src/kit/papers.ts';
import { wordDocument } from '../../src/paper/docx.ts';
import type { PaperDocument } from '../../src/paper/model.ts';
import { decodeEntities as decode, paperText } from './text.ts';

const flows = loadFlows();
const errata = loadErrata();

/** Text as a reader sees it, for comparing: no white space, and no box or bracket drawn around a mark. */
const squash = (text: string) => text.replace(/[\s□［］]/g, '');

/** The words of the Word file: every run of text, in order. */
async function wordText(document: PaperDocument): Promise<string> {
  const xml = strFromU8(unzipSync(new Uint8Array(await wordDocument(document)))['word/document.xml']!);
  return decode([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''));
}

const documents: [string, PaperDocument][] = flows.flatMap((flow) => [
  [
    `${flow.slug} handout`,
    handoutDocument(flow, correctedSteps(errata, flow.slug), handoutAddresses(flow, new URL('https://example.org'))),
  ] as [string, PaperDocument],
  ...formsOf(flow).map(
    (form) => [`${flow.slug} ${form.id}`, documentOf(form, { org: flow.orgType })] as [string, PaperDocument],
  ),
]);

describe('paper and Word hold the same words', () => {
  it('for every document of every flow', () => {
    expect(documents.length).toBeGreaterThanOrEqual(66);
  });

  it.each(documents)('%s', async (_name, document) => {
    const paper = squash(paperText(document));
    expect(paper.length).toBeGreaterThan(40);
    expect(squash(await wordText(document))).toBe(paper);
  });

  it('the walker sees a difference (so the check can fail)', async () => {
    const [, document] = documents[0]!;
    const changed = { ...document, blocks: [...document.blocks, { type: 'line', text: '多出的一行' } as const] };
    expect(squash(await wordText(changed))).not.toBe(squash(paperText(document)));
  });
});

describe('a document filled with a reader’s values', () => {
  const village = flows.find((flow) => flow.slug === 'village')!;
  const forms = new Map(formsOf(village).map((form) => [form.id, form]));
  const attendees = forms.get('review-attendees')!;
  const group = attendees.kind === 'names' ? attendees.groups[0]! : '';
  const members = ['张三', '李四', '王五'];

  it('is the blank one with the values written in, on paper and in Word alike', async () => {
    const blank = documentOf(attendees);
    const filled = documentOf(attendees, {
      org: village.orgType,
      fields: { 党组织名称: '某某村党支部', 会议时间: '2026年12月22日' },
      names: { [group]: members.map((name) => (name === '王五' ? { name, note: '预备党员' } : { name })) },
    });
    expect(filled.title).toBe(blank.title);
    expect(filled.blocks[0]).toEqual({
      type: 'fields',
      labels: ['党组织名称', '会议时间', '会议地点', '主持人', '记录人'],
      values: ['某某村党支部', '2026年12月22日', '', '', ''],
    });
    const table = filled.blocks.find((block) => block.type === 'table')!;
    expect(table.type === 'table' && table.rows.map((row) => row[1])).toEqual([...members, '', '', '']);
    expect(table.type === 'table' && table.rows[2]![2]).toBe('预备党员');
    expect(table.type === 'table' && table.rows.length).toBe(members.length + spareRows);
    const paper = squash(paperText(filled));
    for (const word of ['某某村党支部', '2026年12月22日', '预备党员', ...members])
      expect(paper).toContain(squash(word));
    expect(squash(await wordText(filled))).toBe(paper);
  });

  it('a 方案 filled with a plan writes each step’s time and person in its row', () => {
    const plan = forms.get('draft-plan')!;
    const filled = documentOf(plan, { plan: { study: { time: '12月1日', owner: '李委员' } } });
    const table = filled.blocks.find((block) => block.type === 'table')!;
    const row = table.type === 'table' ? table.rows[table.steps!.indexOf('study')]! : [];
    expect(row.slice(2)).toEqual(['12月1日', '李委员']);
  });
});

describe('the renderers run where the reader is', () => {
  it('the Word renderer and the HTML renderer bundle for a browser: no Node module, no Buffer of ours', async () => {
    const { build } = await import('esbuild');
    const { readFileSync } = await import('node:fs');
    for (const entry of ['src/paper/docx.ts', 'src/paper/html.ts', 'src/kit/papers.ts', 'src/branch/fill.ts']) {
      const result = await build({
        entryPoints: [entry],
        bundle: true,
        platform: 'browser',
        format: 'esm',
        write: false,
        logLevel: 'silent',
      });
      // A Node module would have failed the build above; none is imported where it runs.
      expect(new TextDecoder().decode(result.outputFiles[0]!.contents), entry).not.toMatch(/from ["']node:/);
      expect(readFileSync(entry, 'utf8'), entry).not.toMatch(/\bBuffer\b/);
    }
  });
});
