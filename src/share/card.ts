/**
 * The picture a shared link shows (og:image): a 1200×630 PNG made at build time from the
 * page's own words, drawn by resvg with the system's Noto CJK font. Where that font is missing
 * the card would be blank, so there is none and pages fall back to the app icon.
 */
import { execFileSync } from 'node:child_process';
import { Resvg } from '@resvg/resvg-js';

const font = 'Noto Sans CJK SC';

export function canDrawCards(): boolean {
  try {
    return (
      execFileSync('fc-list', [`${font}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== ''
    );
  } catch {
    return false;
  }
}

const escape = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

/** Splits a line into pieces of at most `width` characters (Chinese breaks between any two). */
const wrap = (text: string, width: number) =>
  [...text].reduce<string[]>((lines, char) => {
    if (!lines.length || [...lines.at(-1)!].length >= width) lines.push('');
    lines[lines.length - 1] += char;
    return lines;
  }, []);

/** A card: a heading (large, bold), lines under it, and the site's name at the foot. */
export function shareCard(card: { heading: string; lines: readonly string[]; footer: string; colour: string }): Buffer {
  const heading = wrap(card.heading, 14);
  const lines = card.lines.flatMap((line) => wrap(line, 21));
  let y = 150;
  const rows = [
    ...heading.map((text) => `<text x="80" y="${(y += 86)}" font-size="72" font-weight="700">${escape(text)}</text>`),
    ...lines.map(
      (text, index) => `<text x="80" y="${(y += index === 0 ? 90 : 66)}" font-size="48">${escape(text)}</text>`,
    ),
  ];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630">
    <rect width="1200" height="630" fill="${card.colour}"/>
    <g fill="#ffffff" font-family="${font}">${rows.join('')}
      <text x="80" y="570" font-size="36">${escape(card.footer)}</text>
    </g>
  </svg>`;
  return new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: font } }).render().asPng();
}
