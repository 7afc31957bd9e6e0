import { test, expect } from './harness';
import { heading } from './helpers/desk';
import { CASEY, arrangeTeam, signInAs, withDatabase } from './helpers/intake-team';
import { ok } from './helpers/participant-arrange';
import {
  ENROLL_STEP,
  createReferral,
  fillReferral,
  group,
  recordDecision,
  sampleReferral,
  screen,
  startNewReferral,
  step,
  walkToReadyToEnroll,
} from './helpers/intake-ui';

test('a returning participant is found as the name is typed and the new referral joins their record', async ({ app }) => {
  const { page } = app;
  const { recoveryKey } = await arrangeTeam(app);
  await signInAs(page, CASEY);
  await walkToReadyToEnroll(page, sampleReferral());
  await group(step(page, ENROLL_STEP), 'Pair (case manager and peer)').getByRole('radio').first().check();
  await step(page, ENROLL_STEP).getByRole('button', { name: 'Enroll' }).click();
  await expect(heading(page, 'Jordan Testcase')).toBeVisible();
  const [participant] = (await ok(app, 'participants.list', { limit: 100 })).participants;

  // Arranged, as later screens will do it: Jordan left the program and is known as "JT".
  withDatabase(app, recoveryKey, (db) => {
    db.prepare(`UPDATE participants SET stage = 'exited' WHERE id = ?`).run(participant!.id);
    db.prepare(`INSERT INTO person_aliases (person_id, alias, alias_key) VALUES (?, 'JT', 'jt')`).run(participant!.personId);
  });

  await startNewReferral(page);
  await page.getByLabel('Name', { exact: true }).fill('jordan testcase');
  const matches = page.getByRole('region', { name: 'Same person?' });
  await expect(matches).toBeVisible();
  await expect(page.getByText('One person on record may be the same person.')).toBeVisible();
  await expect(matches).toContainText('Jordan Testcase');
  await expect(matches).toContainText('May 12, 1990');
  await expect(matches).toContainText('JT');
  await expect(matches).toContainText('Exited');
  await app.screenshot('same person');
  await matches.getByRole('button', { name: 'Same person: Jordan Testcase' }).click();
  await expect(page.getByText('Referring the person already on record: Jordan Testcase, born May 12, 1990.')).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveCount(0);

  const again = sampleReferral({ officerName: 'Officer Example', badge: 'E-2048' });
  await fillReferral(page, { ...again, name: undefined, dateOfBirth: undefined });
  await app.screenshot('same person chosen');
  await page.getByRole('button', { name: 'Save referral' }).click();
  await expect(heading(page, 'Referral: Jordan Testcase')).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Referral saved and linked to the existing record for Jordan Testcase.' }),
  ).toBeVisible();

  const referrals = (await ok(app, 'referrals.list', {})).referrals;
  expect(referrals).toHaveLength(2);
  expect(new Set(referrals.map((referral) => referral.personId)).size).toBe(1);
  const record = await ok(app, 'participants.get', { id: participant!.id });
  expect(record.timeline.map((event) => event.summary).join('\n')).toContain(
    'Officer Example (Central District): CDS possession. Linked to the existing record.',
  );

  // A second referral while this one is open is refused plainly, and nothing is saved.
  await startNewReferral(page);
  await page.getByLabel('Name', { exact: true }).fill('Jordan Testcase');
  await page.getByRole('button', { name: 'Same person: Jordan Testcase' }).click();
  await fillReferral(page, { ...again, name: undefined, dateOfBirth: undefined });
  await page.getByRole('button', { name: 'Save referral' }).click();
  await expect(page.getByRole('alert')).toContainText(
    `This person already has a referral in progress (referral #${referrals[0]!.id}). Continue that one.`,
  );
  await app.screenshot('referral in progress refused');
  expect((await ok(app, 'referrals.list', {})).referrals).toHaveLength(2);
});

test('an active participant cannot be referred again; an exact name and date of birth links without being chosen', async ({ app }) => {
  const { page } = app;
  await arrangeTeam(app);
  await signInAs(page, CASEY);
  await walkToReadyToEnroll(page, sampleReferral());
  await group(step(page, ENROLL_STEP), 'Pair (case manager and peer)').getByRole('radio').first().check();
  await step(page, ENROLL_STEP).getByRole('button', { name: 'Enroll' }).click();
  await expect(heading(page, 'Jordan Testcase')).toBeVisible();

  await startNewReferral(page);
  await fillReferral(page, sampleReferral());
  const matches = page.getByRole('region', { name: 'Same person?' });
  await expect(matches).toContainText('Awaiting intake');
  await expect(matches).toContainText('Already in LEAD now: a new referral cannot be started for them.');
  await page.getByRole('button', { name: 'Save referral' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'This person is already an active participant. Record a police contact on their page instead.',
  );
  await app.screenshot('active participant refused');
  expect((await ok(app, 'referrals.list', {})).referrals).toHaveLength(1);
  await page.getByRole('button', { name: 'Start over with an empty form' }).click();

  // Riley declined once; a new referral with the same name and date of birth joins that record.
  await createReferral(page, sampleReferral({ name: 'Riley Sampleton', dateOfBirth: '1985-01-30' }));
  await screen(page);
  await recordDecision(page, 'Declines LEAD');
  await expect(page.getByText('Status: Declined LEAD')).toBeVisible();
  await startNewReferral(page);
  await fillReferral(page, sampleReferral({ name: 'Riley Sampleton', dateOfBirth: '1985-01-30' }));
  await expect(page.getByRole('region', { name: 'Same person?' })).toContainText('Same name and date of birth');
  await page.getByRole('button', { name: 'Save referral' }).click();
  await expect(heading(page, 'Referral: Riley Sampleton')).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Linked to the existing record for Riley Sampleton (born Jan 30, 1985)' }),
  ).toBeVisible();
  await app.screenshot('linked automatically');
  const riley = (await ok(app, 'referrals.list', {})).referrals.filter((referral) => referral.personName === 'Riley Sampleton');
  expect(riley).toHaveLength(2);
  expect(riley[0]!.personId).toBe(riley[1]!.personId);
});
