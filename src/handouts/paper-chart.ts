/**
 * The handout's chart over two A4 pages, so every label prints at 10 pt or more: the one
 * rendered chart, shown twice with two windows (viewBoxes) on it, cut between part 一 and
 * part 二. The second copy gets ids of its own. Pure: SVG text in, SVG texts out.
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
  return [window(svg, top, cut), window(again, cut, bottom)];
}
