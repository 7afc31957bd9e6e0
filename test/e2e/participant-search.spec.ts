import type { Page } from '@playwright/test';
import { test, expect } from './harness';
import { ADMIN, heading, signIn } from './helpers/desk';
import { JORDAN, RILEY, STAFF, arrangeTeam, recordsAudit, enroll, goToParticipants, ok, signInCore } from './helpers/participant-arrange';
import { arrestReferral } from '../support/intake';
import { completeAssessment, fullConsent, recordConsent } from './helpers/participant-records';

async function search(page: Page, query: string) {
  const box = page.getByLabel('Search participants');
  await box.fill('');
  // Typed key by key, as a person does: the results follow without pressing Enter.
  await box.pressSequentially(query, { delay: 25 });
}

function results(page: Page) {
  return page.getByRole('region', { name: 'Search results' });
}

test('the search answers as you type by name, alias, preferred name and date of birth; opening a record is audited', async ({ app }) => {
  const { page } = app;
  const { pairId } = await arrangeTeam(app);
  const jordan = await enroll(app, pairId, JORDAN);
  const riley = await enroll(app, pairId, RILEY, { pathway: 'social_contact' });
  await completeAssessment(app, jordan, JORDAN, { preferredName: 'Sunny', aliases: ['JT', 'Jojo Rivers'] });
  await recordConsent(app, riley, fullConsent(app, RILEY.name, { irrevocableUntil: null }));
  // Referred, not enrolled: found by the search, but not a participant to open.
  await ok(app, 'referrals.create', {
    person: { name: 'Jordana Sampleton', dateOfBirth: '1979-01-30' },
    referral: arrestReferral(new Date(app.clock.now().getTime() - 3_600_000).toISOString()),
  });
  await app.open();
  await goToParticipants(page);

  const all = page.getByRole('region', { name: 'Participants list' });
  await expect(page.getByText('2 participants on a caseload, active first.')).toBeVisible();
  await expect(all.getByRole('row', { name: /Sunny \(Jordan Testcase\)/ })).toContainText('Active');
  await expect(all.getByRole('row', { name: /Sunny \(Jordan Testcase\)/ })).toContainText('Done');
  await expect(all.getByRole('row', { name: /Riley Samplewood/ })).toContainText('Active consent');
  await expect(all.getByRole('row', { name: /Riley Samplewood/ })).toContainText('Not done yet (no deadline)');
  await app.screenshot('participants list');

  await search(page, 'rile');
  await expect(page.getByText('1 participant matches “rile”.')).toBeVisible();
  await expect(results(page).getByRole('row')).toHaveCount(2);
  await expect(results(page).getByRole('row', { name: /Riley Samplewood/ })).toContainText('Awaiting intake');

  await search(page, 'Rivers');
  await expect(results(page).getByRole('row', { name: /Sunny \(Jordan Testcase\)/ })).toContainText('Also known as JT, Jojo Rivers');
  await expect(results(page).getByRole('row')).toHaveCount(2);
  await app.screenshot('search by alias');

  await search(page, 'sunny');
  await expect(page.getByText('1 participant matches “sunny”.')).toBeVisible();
  await expect(results(page).getByRole('row', { name: /Sunny \(Jordan Testcase\)/ })).toBeVisible();

  await search(page, 'jord');
  await expect(page.getByText('1 participant matches “jord”. 1 more person who is not enrolled also matches.')).toBeVisible();
  await expect(results(page)).not.toContainText('Jordana');

  await search(page, '1990-05-12');
  await expect(page.getByText('1 participant matches “1990-05-12”.')).toBeVisible();
  await expect(results(page).getByRole('row', { name: /Jordan Testcase/ })).toContainText('May 12, 1990');
  await search(page, '5/12/1990');
  await expect(results(page).getByRole('row', { name: /Jordan Testcase/ })).toBeVisible();
  await search(page, '11/3/1984');
  await expect(results(page).getByRole('row', { name: /Riley Samplewood/ })).toBeVisible();
  await expect(results(page).getByRole('row')).toHaveCount(2);
  await app.screenshot('search by date of birth');

  await search(page, 'nobody-here');
  await expect(page.getByText('No participant matches “nobody-here”.')).toBeVisible();
  await page.getByLabel('Search participants').fill('');
  await expect(page.getByText('2 participants on a caseload, active first.')).toBeVisible();

  await search(page, 'sunny');
  await results(page).getByRole('button', { name: 'Sunny (Jordan Testcase)' }).click();
  await expect(heading(page, 'Sunny (Jordan Testcase)')).toBeVisible();

  // Opening a record is an audited read, by whom and which participant.
  const reads = await recordsAudit(app, 'participants.get');
  expect(
    reads.some(
      (entry) =>
        entry.subjectType === 'participant' && entry.subjectId === String(jordan) && entry.actorName === STAFF.caseManager.displayName,
    ),
  ).toBe(true);
});

test('administrators see no participant data: no Participants page and every participant channel refused', async ({ app }) => {
  const { page } = app;
  const { pairId } = await arrangeTeam(app);
  await enroll(app, pairId, JORDAN);
  await signInCore(app, { username: ADMIN.username, password: ADMIN.password });
  await app.open();
  await expect(heading(page, `Welcome, ${ADMIN.name}`)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Participants' })).toHaveCount(0);
  for (const [channel, input] of [
    ['participants.list', {}],
    ['people.search', { query: 'jordan' }],
    ['participants.get', { id: 1 }],
  ] as const) {
    expect(await app.core.invoke(channel, input)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  }
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, STAFF.caseManager.username, STAFF.caseManager.password);
  await goToParticipants(page);
  await expect(page.getByRole('row', { name: /Jordan Testcase/ })).toBeVisible();
});
