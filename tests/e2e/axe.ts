// axe-core, the standard accessibility rules engine, run inside a page of the real browser.
// Its results name each broken rule and the elements (through open shadow roots) that break it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** The impacts a page must not have: what blocks or seriously hinders someone. */
const BLOCKING = new Set(['serious', 'critical']);

async function injectAxe(page: Page): Promise<void> {
  if (await page.evaluate(() => 'axe' in window)) return;
  try {
    await page.addScriptTag({ content: AXE_SOURCE });
  } catch {
    // Extension pages forbid inline scripts (MV3's CSP); the DevTools protocol's evaluate is not bound by it.
  }
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  if (!(await page.evaluate(() => 'axe' in window))) throw new Error('axe-core could not be loaded into the page');
}

/**
 * Runs axe over the page (or the elements `include` selects, shadow roots included) and returns
 * every violation. WCAG 2.x A and AA and axe's best practices are checked.
 */
export async function axeViolations(page: Page, include?: string): Promise<AxeViolation[]> {
  await injectAxe(page);
  return page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const context = selector ? { include: [[selector]] } : document;
    const { violations } = await axe.run(context, { resultTypes: ['violations'] });
    return violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })) }));
  }, include ?? null);
}

/** The serious and critical violations only. */
export const blocking = (violations: AxeViolation[]) => violations.filter((v) => v.impact !== null && BLOCKING.has(v.impact));

/** One line per violation and element, for a failure message a person can act on. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .flatMap((v) => v.nodes.map((node) => `${v.impact} ${v.id} (${v.help}) at ${JSON.stringify(node.target)}${node.failureSummary ? `: ${node.failureSummary.replace(/\s+/g, ' ')}` : ''}`))
    .join('\n');
}
