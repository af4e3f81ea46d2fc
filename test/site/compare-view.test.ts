/** A pair comparison as its page shows it (src/site/compare-view.ts), on the pair that differs most. */
import { describe, expect, it } from 'vitest';
import { loadFlows, loadRoles } from '../../src/flows/load.ts';
import { flowBySlug } from '../../src/flows/model.ts';
import { pairHead } from '../../src/site/compare-html.ts';
import { pairView } from '../../src/site/compare-view.ts';

const flows = loadFlows();
const view = pairView(flowBySlug(flows, 'village'), flowBySlug(flows, 'nonpublic'), flows, loadRoles());
const row = (id: string) => view.rows.find((candidate) => candidate.id === id)!;

describe('village against nonpublic', () => {
  it('counts what differs, by kind, and names the pair', () => {
    expect(pairHead(flowBySlug(flows, 'village'), flowBySlug(flows, 'nonpublic')).title).toBe(
      '村（社区）与非公企业和社会组织流程对照',
    );
    expect([view.rows.length, view.differing.length, view.punctuationOnly]).toEqual([30, 17, 1]);
    expect(view.summaryGroups.map((group) => [group.kind, group.rows.length, group.open])).toEqual([
      ['content', 16, true],
      ['names', 0, false],
      ['punctuation', 1, false],
    ]);
    expect(view.citedRoles.map((role) => role.role)).toEqual([
      '上级党组织',
      '督导组',
      '本单位党组织书记',
      '本支部党员',
    ]);
  });

  it('says of a step only one flow has which one, plainly, in one piece', () => {
    const study = row('study');
    expect(view.badge(study)).toBe('仅村（社区）有');
    expect(view.gist(study)).toEqual(['仅村（社区）有此步骤']);
    expect(view.numbers(study)).toBe('第2步');
    expect(view.sides(study).map((side) => side.segments.length)).toEqual([1, 1]);
    expect(view.sides(study)[0]!.segments[0]!.text).toBe(study.left!.step.text);
  });

  it('says of a step both have where they stand and what only each has', () => {
    const talk = row('heart-to-heart');
    expect(view.badge(talk)).toBe('内容不同');
    expect(view.numbers(talk)).toBe('村（社区）第4步，非公企业和社会组织第3步');
    expect(view.label(talk)).toBe('谈心谈话');
    expect(view.gist(talk)).toEqual([
      '仅村（社区）有：“谈心谈话”、“书记”、“进行”',
      '仅非公企业和社会组织有：“负责人与”、“班子成员与”、“开展”',
      '所在阶段不同（组织动员 / 会前准备）',
    ]);
    expect(view.sides(talk).map((side) => side.slug)).toEqual(['village', 'nonpublic']);
  });
});
