/** The Word handout's bytes depend on its content alone, so readers' caches keep it until it changes. */
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadErrata, loadFlows } from '../../src/flows/load.ts';
import { correctedSteps } from '../../src/flows/errata.ts';
import { handoutDocument } from '../../src/handouts/handout.ts';
import { wordDocument } from '../../src/paper/docx.ts';

const flow = loadFlows()[0]!;
const corrected = correctedSteps(loadErrata(), flow.slug);
const addresses = { flow: '/flows/village/', source: '/source/', erratum: (step: string) => `/source/#${step}` };
const wordHandout = (...args: Parameters<typeof handoutDocument>) => wordDocument(handoutDocument(...args));

describe('the Word handout', () => {
  afterEach(() => vi.useRealTimers());

  it('is byte for byte the same when made on two different days', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-02T08:00:00Z'));
    const first = await wordHandout(flow, corrected, addresses);
    vi.setSystemTime(new Date('2027-03-15T17:43:21Z'));
    const second = await wordHandout(flow, corrected, addresses);
    expect(Buffer.compare(first, second)).toBe(0);
    const core = strFromU8(unzipSync(new Uint8Array(first))['docProps/core.xml']!);
    expect(core).toContain('>1980-01-01T00:00:00Z</dcterms:created>');
    expect(core).toContain('>1980-01-01T00:00:00Z</dcterms:modified>');
  });

  it('marks each corrected step ［校］ and says where the errata are', async () => {
    const document = strFromU8(
      unzipSync(new Uint8Array(await wordHandout(flow, corrected, addresses)))['word/document.xml']!,
    );
    expect(corrected.size).toBeGreaterThan(0);
    expect(document.split('［校］').length - 1).toBe(corrected.size + 1);
    expect(document).toContain('标有［校］的步骤');
  });

  it('is a whole package without the parts it does not use: every relationship and content type names a file it holds', async () => {
    const files = unzipSync(new Uint8Array(await wordHandout(flow, corrected, addresses)));
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/app.xml',
      'docProps/core.xml',
      'word/_rels/document.xml.rels',
      'word/document.xml',
      'word/fontTable.xml',
      'word/settings.xml',
      'word/styles.xml',
    ]);
    const targets = [
      ...[...strFromU8(files['_rels/.rels']!).matchAll(/Target="([^"]+)"/g)].map((match) => match[1]!),
      ...[...strFromU8(files['word/_rels/document.xml.rels']!).matchAll(/Target="([^"]+)"/g)].map(
        (match) => `word/${match[1]!}`,
      ),
      ...[...strFromU8(files['[Content_Types].xml']!).matchAll(/PartName="\/([^"]+)"/g)].map((match) => match[1]!),
    ];
    expect(targets.length).toBeGreaterThan(8);
    expect(targets.filter((target) => !(target in files))).toEqual([]);
  });
});
