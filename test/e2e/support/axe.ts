import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

/**
 * Runs axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules (the pane's goal is WCAG 2.2 AA, which
 * EN 301 549 follows) in the page and returns the serious and critical
 * violations. Tabster's invisible `data-tabster-dummy` focus guards are excluded: axe reports
 * them as aria-hidden-focus, a known false positive (microsoft/tabster#288).
 */
export async function seriousViolations(page: Page): Promise<readonly AxeViolation[]> {
  // Evaluated through the DevTools protocol rather than added as a <script>: taskpane.html's
  // Content-Security-Policy (rightly) refuses inline scripts, and the test must not weaken it.
  await page.evaluate(`${AXE_SOURCE}\n;void 0`);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(
      { exclude: [['[data-tabster-dummy]']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] },
    );
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}
