/**
 * The handout's chart over two A4 pages, so every label prints at 10 pt or more: the one
 * rendered chart, shown twice with two windows (viewBoxes) on it, cut between part 一 and
 * part 二. The second copy gets ids of its own. Each copy keeps only the boxes its window shows
 * (the rest would print nowhere, and made the handout 2.5 KB heavier to download); lines, which
 * may cross the cut, stay in both. Pure: SVG text in, SVG texts out.
 */

interface Box {
  y: number;
  height: number;
}

function clusterBox(svg: string, id: string): Box {
  const match = new RegExp(
    `<g class="cluster ?" id="[^"]*-${id}"[^>]*><rect[^>]*?\\sy="([\\d.]+)"[^>]*?\\sheight="([\\d.]+)"`,
  ).exec(svg);
  if (!match) throw new Error(`The handout chart has no box "${id}" to cut at.`);
  return { y: Number(match[1]), height: Number(match[2]) };
}

function window(svg: string, top: number, bottom: number): string {
  return svg.replace(/^<svg\b[^>]*>/, (root) => {
    const [x, , width] = /viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/.exec(root)!.slice(1).map(Number) as [
      number,
      number,
      number,
    ];
    const height = bottom - top;
    return root
      .replace(/viewBox="[^"]*"/, `viewBox="${x} ${top} ${width} ${height}"`)
      .replace(/\sheight="[^"]*"/, ` height="${Math.ceil(height)}"`);
  });
}

/** The end of the element that starts at `start` (its tag's name counted through nested ones). */
function elementEnd(svg: string, start: number): number {
  const name = /^<([a-zA-Z]+)/.exec(svg.slice(start))![1]!;
  const tags = new RegExp(`<(/?)${name}\\b[^>]*?(/?)>`, 'g');
  tags.lastIndex = start;
  let depth = 0;
  for (let tag = tags.exec(svg); tag; tag = tags.exec(svg)) {
    if (tag[2]) continue;
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return tag.index + tag[0].length;
  }
  throw new Error(`The handout chart has a <${name}> that does not close.`);
}

/** Leaves out the boxes (nodes, with their links) whose centre lies outside top…bottom. */
function onlyNodesWithin(svg: string, top: number, bottom: number): string {
  const opening = '<g class="nodes">';
  const from = svg.indexOf(opening);
  if (from < 0) throw new Error('The handout chart has no nodes.');
  let kept = '';
  let at = from + opening.length;
  while (svg.startsWith('<', at) && !svg.startsWith('</g>', at)) {
    const end = elementEnd(svg, at);
    const node = svg.slice(at, end);
    const y = Number(/^<[^>]*?transform="translate\([-\d.]+,\s*([-\d.]+)\)"/.exec(node)?.[1] ?? NaN);
    if (Number.isNaN(y)) throw new Error(`The handout chart has a node with no position: ${node.slice(0, 80)}`);
    if (y >= top && y <= bottom) kept += node;
    at = end;
  }
  return svg.slice(0, from + opening.length) + kept + svg.slice(at);
}

/** The chart cut into two pages: part 一, then parts 二 and 三. */
export function paperChartPages(svg: string): [string, string] {
  const prefix = /^<svg id="([^"]+)"/.exec(svg)?.[1];
  if (!prefix) throw new Error('The handout chart has no id.');
  const first = clusterBox(svg, 'part_meeting');
  const second = clusterBox(svg, 'part_review');
  const cut = (first.y + first.height + second.y) / 2;
  const viewBox = /viewBox="[-\d.]+ ([-\d.]+) [\d.]+ ([\d.]+)"/.exec(svg)!;
  const [top, bottom] = [Number(viewBox[1]), Number(viewBox[1]) + Number(viewBox[2])];
  const again = svg.replaceAll(prefix, `${prefix}-p2`);
  return [window(onlyNodesWithin(svg, top, cut), top, cut), window(onlyNodesWithin(again, cut, bottom), cut, bottom)];
}
