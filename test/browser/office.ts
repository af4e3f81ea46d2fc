/** Word files as an office prints them: LibreOffice, headless, converting each to a PDF beside it. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { helperEnv } from './processes.ts';

const run = promisify(execFile);

/** Prints `files` to PDFs in `out` (same names, .pdf), with a LibreOffice profile of its own in `home`. */
export async function printWithLibreOffice(files: readonly string[], out: string, home: string): Promise<void> {
  await run(
    'soffice',
    [
      `-env:UserInstallation=file://${path.join(home, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      out,
      ...files,
    ],
    { env: helperEnv({ HOME: home }), timeout: 120_000 },
  );
}
