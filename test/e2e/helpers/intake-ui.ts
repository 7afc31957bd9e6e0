import { expect, type Locator, type Page } from '@playwright/test';
import { heading } from './desk';

/** Dates and times as the form's inputs take them, on this computer's calendar. */
export function inputDate(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

export function inputTime(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

export function daysFromNow(days: number): Date {
  return new Date(Date.now() + days * 86_400_000);
}

export interface ReferralValues {
  name: string;
  dateOfBirth: string;
  pathway: 'Arrest diversion (stop referral)' | 'Social contact referral';
  date: string;
  time: string;
  officerName: string;
  badge: string;
  unit: string;
  location: string;
  inside: boolean;
  offenses: string[];
  approval?: { by: string; date: string; time: string };
  justification?: string;
}

/** A stop referral an hour ago, by an invented officer, for an invented person. */
export function sampleReferral(overrides: Partial<ReferralValues> = {}): ReferralValues {
  const hourAgo = new Date(Date.now() - 60 * 60_000);
  return {
    name: 'Jordan Testcase',
    dateOfBirth: '1990-05-12',
    pathway: 'Arrest diversion (stop referral)',
    date: inputDate(hourAgo),
    time: inputTime(hourAgo),
    officerName: 'Officer Sample',
    badge: 'S-1024',
    unit: 'Central District',
    location: 'Eutaw St. & Lexington St.',
    inside: true,
    offenses: ['CDS possession'],
    ...overrides,
  };
}

export async function openReferrals(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Referrals' }).click();
  await expect(heading(page, 'Referrals')).toBeVisible();
}

export async function startNewReferral(page: Page): Promise<void> {
  await openReferrals(page);
  await page.getByRole('button', { name: 'New referral' }).click();
  await expect(heading(page, 'New referral')).toBeVisible();
  await expect(page.getByLabel('Officer name')).toBeVisible();
}

export function group(scope: Page | Locator, name: string | RegExp): Locator {
  return scope.getByRole('group', { name });
}

/** Fills the new-referral form with what is given; leaves the rest as it is. */
export async function fillReferral(page: Page, values: Partial<ReferralValues>): Promise<void> {
  if (values.name !== undefined) await page.getByLabel('Name', { exact: true }).fill(values.name);
  if (values.dateOfBirth !== undefined) await page.getByLabel('Date of birth (optional now)').fill(values.dateOfBirth);
  if (values.pathway) await group(page, 'Pathway').getByLabel(values.pathway).check();
  if (values.date !== undefined) await page.getByLabel('Referral date').fill(values.date);
  if (values.time !== undefined) await page.getByLabel('Referral time').fill(values.time);
  if (values.justification !== undefined) {
    await page.getByLabel('Recent law violations or police contacts that justify the referral').fill(values.justification);
  }
  if (values.officerName !== undefined) await page.getByLabel('Officer name').fill(values.officerName);
  if (values.badge !== undefined) await page.getByLabel('Sequence/badge number').fill(values.badge);
  if (values.unit !== undefined) await page.getByLabel('Unit', { exact: true }).fill(values.unit);
  if (values.location !== undefined) await page.getByLabel('Address or cross streets').fill(values.location);
  if (values.inside !== undefined) {
    await group(page, 'Did it happen inside the referral area?')
      .getByLabel(values.inside ? 'Yes, inside the referral area' : 'No, outside it')
      .check();
  }
  for (const offense of values.offenses ?? [])
    await group(page, /LEAD-eligible offenses/)
      .getByLabel(offense, { exact: true })
      .check();
  if (values.approval) {
    await page.getByLabel('Approved by (name)').fill(values.approval.by);
    await page.getByLabel('Approval date').fill(values.approval.date);
    await page.getByLabel('Approval time').fill(values.approval.time);
  }
}

/** Starts, fills and saves a referral; ends on its Referral page. */
export async function createReferral(page: Page, values: ReferralValues): Promise<void> {
  await startNewReferral(page);
  await fillReferral(page, values);
  await page.getByRole('button', { name: 'Save referral' }).click();
  await expect(heading(page, `Referral: ${values.name}`)).toBeVisible();
}

export function step(page: Page, name: RegExp): Locator {
  return page.getByRole('region', { name });
}

export const SCREEN_STEP = /^1\. Eligibility screen/;
export const SAO_STEP = /^2\. State’s Attorney’s verification/;
export const DECISION_STEP = /^3\. The person’s decision/;
export const ENROLL_STEP = /^4\. Enrollment/;

export const QUESTIONS = {
  under_supervision: 'Is the person under supervision (probation or parole)?',
  disqualifying_record: 'Does the person have a disqualifying record (violent crime or sex offense)?',
  public_safety_threat: 'Is the person a threat to public safety?',
  open_case: 'Does the person have an open case?',
  open_warrant: 'Does the person have an open warrant?',
} as const;

/** Answers the eligibility screen (every question "No" unless told) and records it. */
export async function screen(
  page: Page,
  options: { dateOfBirth?: string; yes?: (keyof typeof QUESTIONS)[]; skip?: (keyof typeof QUESTIONS)[] } = {},
) {
  const section = step(page, SCREEN_STEP);
  if (options.dateOfBirth !== undefined) await section.getByLabel('Date of birth').fill(options.dateOfBirth);
  for (const [key, question] of Object.entries(QUESTIONS) as [keyof typeof QUESTIONS, string][]) {
    if (options.skip?.includes(key)) continue;
    await group(section, question)
      .getByLabel(options.yes?.includes(key) ? 'Yes' : 'No', { exact: true })
      .check();
  }
  await section.getByRole('button', { name: 'Record the screen' }).click();
}

export async function recordSao(
  page: Page,
  answer: 'Pending: sent, waiting for the answer' | 'Verified eligible' | 'Not approved',
  decided?: { on: string; by: string },
) {
  const section = step(page, SAO_STEP);
  await group(section, 'What did the State’s Attorney’s Office answer?').getByLabel(answer).check();
  if (decided) {
    await section.getByLabel('Date of the decision').fill(decided.on);
    await section.getByLabel('Name of the person at the State’s Attorney’s Office').fill(decided.by);
  }
  await section.getByRole('button', { name: 'Record the verification' }).click();
}

export async function recordDecision(page: Page, decision: 'Accepts LEAD' | 'Declines LEAD', reason?: string) {
  const section = step(page, DECISION_STEP);
  await group(section, 'Does the person accept LEAD?').getByLabel(decision).check();
  if (reason !== undefined) await section.getByLabel('Reason (optional)').fill(reason);
  await section.getByRole('button', { name: 'Record the decision' }).click();
}

/** From a new referral to "Ready to enroll": eligible, verified today, accepted. */
export async function walkToReadyToEnroll(page: Page, values: ReferralValues): Promise<void> {
  await createReferral(page, values);
  await screen(page);
  await expect(step(page, SCREEN_STEP)).toContainText('Eligible');
  await recordSao(page, 'Verified eligible', { on: inputDate(new Date()), by: 'ASA Example' });
  await expect(step(page, SAO_STEP)).toContainText('Verified eligible');
  await recordDecision(page, 'Accepts LEAD');
  await expect(page.getByText('Status: Ready to enroll')).toBeVisible();
}

/** Presses Tab until `target` has focus: proof it is reachable from the keyboard in a sensible number of steps. */
export async function tabTo(page: Page, target: Locator, maxSteps = 40): Promise<void> {
  for (let steps = 0; steps < maxSteps; steps += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `not reached with ${maxSteps} presses of Tab`).toBeFocused();
}
