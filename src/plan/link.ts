/**
 * A plan carried in a link's fragment (#plan=…, written by src/site/fragment.ts), which browsers
 * never send to the server. What a link carries is checked like what storage holds (cleanPlan): a
 * link is someone else's data.
 */
import { readFragment, writeFragment } from '../site/fragment.ts';
import { isCalendarDate } from './dates.ts';
import { cleanPlan, type Plan } from './plan.ts';
import { cleanLine } from './reader-text.ts';

/**
 * What the sender saw, carried beside the plan so that it reads when passed on: her 党组织名称
 * (from 本支部信息), the steps she had ticked off, and the day she sent it (逾期 as of that day).
 */
export interface SentWith {
  org?: string;
  done?: readonly string[];
  /** yyyy-mm-dd */
  sentOn?: string;
}

const key = 'plan=';
const version = 1;
/** Far more than a flow's plan needs; anything longer is not a plan of ours. */
const maxLength = 16 * 1024;

export type PlanLink =
  | { kind: 'plan'; plan: Plan; sent: SentWith }
  /** Cut short, altered, or not a plan at all. */
  | { kind: 'bad' }
  /** A plan of another flow: its steps are not this page's. */
  | { kind: 'other-flow' }
  /** Compressed, and this browser cannot decompress. */
  | { kind: 'unsupported' };

/** The fragment (without #) that carries this flow's plan, and what the sender saw. */
export function planFragment(slug: string, plan: Plan, sent: SentWith = {}): Promise<string> {
  const entries = Object.entries(plan).map(([id, { date, owner }]) => [id, date, owner]);
  return writeFragment(key, [version, slug, entries, sent]);
}

/** What came with a plan, checked: one line of text, the flow's own steps, a real day. */
function cleanSent(data: unknown, steps: readonly string[]): SentWith {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
  const { org, done, sentOn } = data as Record<string, unknown>;
  const sent: SentWith = {};
  const name = cleanLine(org, 40);
  if (name) sent.org = name;
  if (Array.isArray(done)) sent.done = steps.filter((id) => done.includes(id));
  if (isCalendarDate(sentOn)) sent.sentOn = sentOn;
  return sent;
}

/** The plan a fragment carries for this flow, what is wrong with it, or null when it carries none. */
export async function readPlanFragment(hash: string, slug: string, steps: readonly string[]): Promise<PlanLink | null> {
  const read = await readFragment(hash, key, maxLength);
  if (!read || read.kind !== 'data') return read;
  const data = read.data;
  if (!Array.isArray(data) || data[0] !== version || typeof data[1] !== 'string' || !Array.isArray(data[2]))
    return { kind: 'bad' };
  if (data[1] !== slug) return { kind: 'other-flow' };
  const entries = (data[2] as unknown[]).filter(Array.isArray) as unknown[][];
  const plan = Object.fromEntries(entries.map(([id, date, owner]) => [String(id), { date, owner }]));
  return { kind: 'plan', plan: cleanPlan(plan, steps), sent: cleanSent(data[3], steps) };
}
