import type { Page } from '@playwright/test';
import { PrintViewProblem } from '../../electron/print/printer';
import { PRINT_PROBLEM_ATTRIBUTE, PRINT_READY_ATTRIBUTE } from '../../shared/print-jobs';

/**
 * Until the print route in `page` is ready to print, as Electron's printer waits for it
 * (electron/print/electron-printer.ts); a view that says it cannot be printed throws its reason.
 */
export async function waitForPrintView(page: Page): Promise<void> {
  await page.locator(`body[${PRINT_READY_ATTRIBUTE}="true"], body[${PRINT_PROBLEM_ATTRIBUTE}]`).waitFor();
  const problem = await page.locator('body').getAttribute(PRINT_PROBLEM_ATTRIBUTE);
  if (problem !== null) throw new PrintViewProblem(problem);
}
