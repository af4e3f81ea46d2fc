/**
 * The Debian packages the tests use, in one list, and the check `npm test` runs first: when
 * some are missing, it installs them if it runs as root with apt-get, and otherwise stops at
 * once with the exact install line.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Package → what the tests use it for, and how to tell it is there. */
export const systemPackages: Record<string, { for: string; present: () => boolean }> = {
  chromium: { for: 'chart rendering, Lighthouse', present: () => existsSync('/usr/bin/chromium') },
  'chromium-headless-shell': {
    for: 'the browser tests (the same engine, lighter)',
    present: () => existsSync('/usr/bin/chromium-headless-shell'),
  },
  'fonts-noto-cjk': { for: 'Chinese text in charts, screenshots and PDFs', present: hasChineseFont },
  'poppler-utils': {
    for: 'reading printed handouts (pdftotext, pdfinfo)',
    present: () => existsSync('/usr/bin/pdftotext'),
  },
  'firefox-esr': { for: 'layout tests in a second engine', present: () => existsSync('/usr/bin/firefox-esr') },
  'webkit2gtk-driver': {
    for: 'layout tests in WebKit, the engine of iOS',
    present: () => existsSync('/usr/bin/WebKitWebDriver'),
  },
  xvfb: { for: 'a screen for WebKit’s browser', present: () => existsSync('/usr/bin/xvfb-run') },
  nginx: { for: 'serving the built site with the deploy config', present: () => existsSync('/usr/sbin/nginx') },
  'libreoffice-writer-nogui': {
    for: 'opening and printing the Word handouts',
    present: () => existsSync('/usr/bin/soffice'),
  },
  'zbar-tools': { for: 'reading the QR codes on printed handouts', present: () => existsSync('/usr/bin/zbarimg') },
};

function hasChineseFont(): boolean {
  try {
    return (
      execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== ''
    );
  } catch {
    return false;
  }
}

const missing = Object.keys(systemPackages).filter((name) => !systemPackages[name]!.present());
if (missing.length > 0) {
  const line = `apt-get install -y ${missing.join(' ')}`;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(
      `The tests need these Debian packages, which are missing:\n` +
        missing.map((name) => `  ${name}: ${systemPackages[name]!.for}`).join('\n') +
        `\nInstall them as root, then run npm test again:\n  apt-get update && ${line}`,
    );
    process.exit(1);
  }
  console.log(`test: installing ${missing.join(', ')} (${line})`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...missing],
  ]) {
    const run = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (run.status !== 0) {
      console.error(`apt-get ${args.join(' ')} failed; install them by hand: apt-get update && ${line}`);
      process.exit(1);
    }
  }
  const still = missing.filter((name) => !systemPackages[name]!.present());
  if (still.length) {
    console.error(`Still missing after apt-get: ${still.join(', ')}.`);
    process.exit(1);
  }
}
