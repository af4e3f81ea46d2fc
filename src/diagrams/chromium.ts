/** Finds the system Chromium (Playwright's own browser download does not work on our machines). */
import { existsSync } from 'node:fs';
import { ExplainedError } from '../problem.ts';

export class ChromiumPathError extends ExplainedError {
  override name = 'ChromiumPathError';
}

/** CHROMIUM_PATH when set (it must exist), else Debian's Chromium where installed. */
export function chromiumPath(): string | undefined {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) {
    if (!existsSync(chosen)) {
      throw new ChromiumPathError(
        `CHROMIUM_PATH is set to ${chosen}, which does not exist.\n` +
          '    Fix: point it at a Chromium binary, or unset it to use /usr/bin/chromium (apt-get install -y chromium fonts-noto-cjk).',
      );
    }
    return chosen;
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((candidate) => existsSync(candidate));
}

/** Headless flags that keep Chromium from reaching out to the network on start. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
