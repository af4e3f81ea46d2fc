/**
 * The digests the build holds the official text and the checked rule texts to. They live in code
 * (src/flows/pins.ts), named here once more: a change to either is a deliberate, reviewed change of
 * two files outside content/, never a content edit.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rulesCheckedSha256, sourceSha256 } from '../../src/flows/pins.ts';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('the pinned digests', () => {
  it('hold the official text of 附件2 as extracted', () => {
    expect(sourceSha256).toBe('48a94d254cbc1bf247bcd5fd2e09166d10d76ec72f29443402c8a99263380560');
    expect(sha256('content/source.txt')).toBe(sourceSha256);
  });

  it('hold the rule texts checked word for word', () => {
    expect(rulesCheckedSha256).toBe('c3bbcf46398370bc04b52f3b516860d63def38557ea916db3f81f5c153635fa9');
    expect(sha256('content/rules-checked.md')).toBe(rulesCheckedSha256);
  });

  it('are not recorded under content/, where an edit could move them with the text', () => {
    expect(readFileSync('content/source.yaml', 'utf8')).not.toMatch(/[0-9a-f]{64}/);
    expect(readFileSync('content/rules.yaml', 'utf8')).not.toMatch(/[0-9a-f]{64}/);
  });
});
