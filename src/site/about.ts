/**
 * About this site, for the footer: when its content last changed, and where to send feedback.
 * Read once at build time.
 */
import { execFileSync } from 'node:child_process';

/**
 * The day the content last changed: the last commit that touched content/ (so rebuilding the
 * same content gives the same pages), or, outside a git checkout, the day of the build — both as
 * dates in China's time zone.
 */
export function contentDate(): string {
  try {
    const committed = execFileSync('git', ['log', '-1', '--format=%cI', '--', 'content'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (committed) return chinaDate(new Date(committed));
  } catch {
    // Not a git checkout: fall through.
  }
  return chinaDate(new Date());
}

const chinaDate = (moment: Date) => new Date(moment.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/** The feedback address set at build time (CONTACT=…): an email address or a web address. */
export function contact(): { href: string; text: string } | null {
  const value = process.env.CONTACT?.trim();
  if (!value) return null;
  if (/^[^\s@]+@[^\s@]+$/.test(value)) return { href: `mailto:${value}`, text: value };
  if (/^https?:\/\//.test(value)) return { href: value, text: value };
  throw new Error(`CONTACT must be an email address or an http(s) address, not "${value}".`);
}
