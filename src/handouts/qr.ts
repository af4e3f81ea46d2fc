/** A QR code for a printed handout, as static SVG (made at build time; attributes only, no styles). */
import QRCode from 'qrcode';

export async function qrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  });
  if (/\sstyle=|<style|<script/.test(svg)) throw new Error('The QR code SVG carries styles or scripts.');
  return svg;
}
