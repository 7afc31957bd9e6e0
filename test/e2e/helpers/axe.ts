import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Runs axe-core on the whole page as it is now and fails on any violation, naming each rule and
 * the elements it found. Every rule axe runs by default, plus target-size (WCAG 2.2 AA, off in
 * axe by default): the board once failed it with buttons clipped by columns that scrolled.
 */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).options({ rules: { 'target-size': { enabled: true } } }).analyze();
  const found = results.violations.map((violation) => ({
    rule: `${violation.id} (${violation.impact ?? 'no impact given'}): ${violation.help}`,
    nodes: violation.nodes
      .slice(0, 5)
      .map((node) => `${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1).join(' ').trim()}`),
    count: violation.nodes.length,
  }));
  expect(found, `axe found problems on "${screen}"`).toEqual([]);
}

/** Emulates the browser zoomed to 200 % on the 1366x768 window: the same layout as a 683x384 viewport. */
export async function zoom200(page: Page): Promise<void> {
  await page.setViewportSize({ width: 683, height: 384 });
}

/** How far the page scrolls sideways (0 when it reflows into the window). */
export function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
