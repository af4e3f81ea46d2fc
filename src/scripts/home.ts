/**
 * The home page greets her where she left off, from this device only: the flow she last kept a
 * record for (or the first that has one) first, with its 下一步, how many steps are 逾期, and links
 * to its 会议材料, its progress and plan, and 本支部信息. Nothing is shown where nothing is stored.
 * Reads the records as the flow page does (src/scripts/records.ts); writes nothing of its own.
 */
import { todayInChina } from '../plan/dates.ts';
import { nextStep, overdueSteps, type PlanStep } from '../plan/plan.ts';
import { flowSlugs, type FlowSlug } from '../flows/vocabulary.ts';
import { branchPath, flowPath, kitPath, stepPath } from '../site/urls.ts';
import { homeWords as words } from '../words/home.ts';
import { branchKey } from './branch-store.ts';
import { element } from './dom.ts';
import { readPlan, planKey } from './plan-store.ts';
import { progressKey, readProgress } from './progress-store.ts';
import { recentFlow, storage } from './records.ts';

interface HomeFlow {
  slug: FlowSlug;
  orgType: string;
  steps: { id: string; label: string }[];
}

const panel = document.querySelector<HTMLElement>('[data-home-recent]');
const data = document.querySelector('script[data-home-flows]');
const store = storage();

if (panel && data && store) {
  const flows = JSON.parse(data.textContent ?? '[]') as HomeFlow[];
  const holds = (slug: FlowSlug) =>
    [progressKey(slug), planKey(slug), branchKey(slug)].some((key) => store.getItem(key) !== null);
  const noted = recentFlow();
  const slug =
    flowSlugs.find((candidate) => candidate === noted && holds(candidate)) ??
    flowSlugs.find((candidate) => holds(candidate));
  const flow = flows.find((candidate) => candidate.slug === slug);
  if (flow) show(panel, flow);
}

function show(panel: HTMLElement, flow: HomeFlow): void {
  const ids = flow.steps.map(({ id }) => id);
  const steps: PlanStep[] = flow.steps.map(({ id, label }, index) => ({ id, label, number: index + 1 }));
  const progress = readProgress(flow.slug, ids) ?? {};
  const plan = readPlan(flow.slug, ids) ?? {};
  const next = nextStep(steps, progress);
  const overdue = overdueSteps(steps, plan, progress, todayInChina());
  const link = (href: string, text: string) => element('a', { href }, text);
  panel.replaceChildren(
    element('h2', { id: 'recent-heading' }, words.heading),
    element('p', {}, words.lede, link(flowPath(flow.slug), flow.orgType)),
    next
      ? element(
          'p',
          { class: 'home-next' },
          element('strong', {}, words.next),
          link(stepPath(flow.slug, next.id), words.step(next.number, next.label)),
          ...(overdue.length ? [' ', element('strong', { class: 'overdue-mark' }, words.overdue(overdue.length))] : []),
        )
      : element('p', {}, words.allDone),
    element(
      'p',
      { class: 'home-links' },
      link(kitPath(flow.slug), words.kit),
      link(flowPath(flow.slug), words.plan),
      link(branchPath(flow.slug), words.branch),
    ),
  );
  panel.hidden = false;
}
