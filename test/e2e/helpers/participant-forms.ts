import { expect, type Page } from '@playwright/test';
import type { TestApp } from '../harness';
import { ok } from './participant-arrange';

/** The assessment's free-text fields, by their visible labels. */
export const ASSESSMENT_TEXT_FIELDS = {
  legalName: 'Legal name',
  preferredName: 'Preferred name (optional)',
  aliases: 'Aliases (optional)',
  genderIdentity: 'Gender identity (optional)',
  preferredLanguage: 'Preferred language',
  phone: 'Phone (optional)',
  whereabouts: 'Where the team can usually find them (optional)',
  goals: 'Goals the participant sets for themselves',
} as const;

export const SAMPLE_ANSWERS = {
  preferredName: 'Jo',
  aliases: 'JT',
  genderIdentity: 'Nonbinary',
  preferredLanguage: 'English',
  phone: '410-555-0142',
  whereabouts: 'Near the market, mornings',
  goals: 'Get an ID card and a bed.',
};

export function field(page: Page, label: string) {
  return page.getByLabel(label, { exact: true });
}

/** The choices a completed assessment needs besides text: sex, race, ethnicity, housing, needs. */
export async function chooseAssessmentOptions(page: Page): Promise<void> {
  await page.getByRole('group', { name: 'Sex' }).getByLabel('Prefers not to say').check();
  await page.getByRole('group', { name: 'Race' }).getByLabel('Black or African American').check();
  await page.getByRole('group', { name: 'Ethnicity' }).getByLabel('Not Hispanic or Latino').check();
  await page.getByLabel('Housing status').selectOption({ label: 'Unsheltered' });
  const needs = page.getByRole('group', { name: 'Needs (optional)' });
  await needs.getByLabel('Housing').check();
  await needs.getByLabel('ID documents').check();
}

export async function fillAssessmentText(page: Page, answers: Partial<Record<keyof typeof ASSESSMENT_TEXT_FIELDS, string>>): Promise<void> {
  for (const [name, value] of Object.entries(answers) as [keyof typeof ASSESSMENT_TEXT_FIELDS, string][]) {
    await field(page, ASSESSMENT_TEXT_FIELDS[name]).fill(value);
  }
}

/** Waits until the draft saved in the encrypted database holds what was typed. */
export async function expectDraft(app: TestApp, key: string, expected: Record<string, unknown>): Promise<void> {
  await expect.poll(async () => (await ok(app, 'drafts.get', { key })).data, { timeout: 5_000 }).toMatchObject(expected);
}
