/**
 * Imported first by the build: every temporary file of this build and of the programs it
 * starts (Workbox writes one per build and never removes it) goes into a folder of its own,
 * removed when the build ends, however it ends short of `kill -9`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const privateTemp = mkdtempSync(path.join(tmpdir(), 'zuzhi-build-'));
process.env.TMPDIR = privateTemp;
process.on('exit', () => rmSync(privateTemp, { recursive: true, force: true }));
