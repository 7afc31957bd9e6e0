import { test, expect } from './harness';
import { heading } from './helpers/desk';
import {
  JORDAN,
  PAIR_LABEL,
  STAFF,
  arrangeTeam,
  enroll,
  goToParticipants,
  ok,
  openParticipant,
  signInAgain,
} from './helpers/participant-arrange';
import {
  ASSESSMENT_TEXT_FIELDS,
  SAMPLE_ANSWERS,
  chooseAssessmentOptions,
  expectDraft,
  field,
  fillAssessmentText,
} from './helpers/participant-forms';

test('an arrest diversion: countdown before, assessment through the form, Active after, then one field edited and audited', async ({
  app,
}) => {
  const { page } = app;
  const { pairId } = await arrangeTeam(app);
  const id = await enroll(app, pairId, JORDAN);
  await app.open();

  await goToParticipants(page);
  const row = page.getByRole('row', { name: /Jordan Testcase/ });
  await expect(row).toContainText(PAIR_LABEL);
  await expect(row).toContainText('Awaiting intake');
  await expect(row).toContainText(/Due in (29|30) days/);
  await expect(row).toContainText('No consent on file');
  await app.screenshot('participants list');

  await row.getByRole('button', { name: 'Jordan Testcase' }).click();
  await expect(heading(page, 'Jordan Testcase')).toBeVisible();
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary).toContainText('Arrest diversion');
  await expect(summary).toContainText('Awaiting intake');
  await expect(summary).toContainText(/Due in (29|30) days/);
  await expect(summary).toContainText('No contacts recorded yet');
  await app.screenshot('participant before assessment');

  await page.getByRole('button', { name: 'Start intake assessment' }).click();
  await expect(heading(page, /Intake assessment: Jordan Testcase/)).toBeVisible();
  // Prefilled from what intake already knows.
  await expect(field(page, ASSESSMENT_TEXT_FIELDS.legalName)).toHaveValue(JORDAN.name);
  await expect(page.getByLabel('Date of birth')).toHaveValue(JORDAN.dateOfBirth);
  await expect(page.getByText(/Assessment due in (29|30) days/)).toBeVisible();
  await app.screenshot('assessment form empty');

  await fillAssessmentText(page, SAMPLE_ANSWERS);
  await chooseAssessmentOptions(page);
  await app.screenshot('assessment form filled');
  await page.getByRole('button', { name: 'Complete assessment' }).click();

  await expect(heading(page, 'Jo (Jordan Testcase)')).toBeVisible();
  await expect(page.getByText('Intake assessment completed. Jo (Jordan Testcase) is now active.')).toBeVisible();
  await expect(summary).toContainText('Active');
  await expect(summary).toContainText(/Completed/);
  const timeline = page.getByRole('list', { name: 'Timeline, newest first' });
  await expect(timeline.getByRole('listitem').first()).toContainText('Intake assessment completed.');
  await expect(timeline.getByRole('listitem').first()).toContainText(`By ${STAFF.caseManager.displayName}`);
  await expect(page.getByRole('region', { name: 'Intake assessment' })).toContainText('Get an ID card and a bed.');
  await app.screenshot('participant after assessment');

  // The same form edits it later; only the phone changes, and the timeline names it.
  await page.getByRole('button', { name: 'Edit assessment' }).click();
  await expect(heading(page, /Edit assessment: Jo \(Jordan Testcase\)/)).toBeVisible();
  await expect(field(page, ASSESSMENT_TEXT_FIELDS.phone)).toHaveValue(SAMPLE_ANSWERS.phone);
  await expect(page.getByRole('group', { name: 'Race' }).getByLabel('Black or African American')).toBeChecked();
  await field(page, ASSESSMENT_TEXT_FIELDS.phone).fill('(410) 555-0199');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Assessment changes saved.')).toBeVisible();
  await expect(timeline.getByRole('listitem').first()).toContainText('Assessment edited: phone.');
  await expect(page.getByRole('region', { name: 'Intake assessment' })).toContainText('(410) 555-0199');
  await app.screenshot('participant after edit');

  const record = await ok(app, 'participants.get', { id });
  expect(record).toMatchObject({
    stage: 'active',
    preferredName: 'Jo',
    aliases: ['JT'],
    assessment: { phone: '(410) 555-0199', housingStatus: 'unsheltered' },
  });
  // The draft was discarded once the assessment was saved.
  expect((await ok(app, 'drafts.get', { key: `assessment:${id}` })).data).toBeNull();
});

test('an assessment draft survives Ctrl+L, an idle lock, and a lock within the autosave delay', async ({ app }) => {
  const { page } = app;
  const { pairId } = await arrangeTeam(app);
  const id = await enroll(app, pairId, JORDAN);
  const key = `assessment:${id}`;
  await app.open();

  await openParticipant(page, 'Jordan Testcase');
  await page.getByRole('button', { name: 'Start intake assessment' }).click();
  await fillAssessmentText(page, { preferredName: 'Jo', phone: '410-555-0142', whereabouts: 'Library steps after noon' });
  await page.getByRole('group', { name: 'Sex' }).getByLabel('Prefers not to say').check();
  await page.getByRole('group', { name: 'Needs (optional)' }).getByLabel('Food').check();
  await expectDraft(app, key, {
    preferredName: 'Jo',
    phone: '410-555-0142',
    whereabouts: 'Library steps after noon',
    sex: 'not_disclosed',
    needs: ['food'],
  });
  await expect(page.getByText(/Draft saved at/)).toBeVisible();
  await app.screenshot('draft saved');

  await page.keyboard.press('Control+L');
  await expect(heading(page, 'Sign in')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Library steps');
  await signInAgain(page, STAFF.caseManager);
  await openParticipant(page, 'Jordan Testcase');
  await page.getByRole('button', { name: 'Continue intake assessment' }).click();
  await expect(page.getByText(/Restored what you typed on/)).toBeVisible();
  await expect(field(page, ASSESSMENT_TEXT_FIELDS.preferredName)).toHaveValue('Jo');
  await expect(field(page, ASSESSMENT_TEXT_FIELDS.phone)).toHaveValue('410-555-0142');
  await expect(field(page, ASSESSMENT_TEXT_FIELDS.whereabouts)).toHaveValue('Library steps after noon');
  await expect(page.getByRole('group', { name: 'Sex' }).getByLabel('Prefers not to say')).toBeChecked();
  await expect(page.getByRole('group', { name: 'Needs (optional)' }).getByLabel('Food')).toBeChecked();
  await expect(field(page, ASSESSMENT_TEXT_FIELDS.legalName)).toHaveValue(JORDAN.name);
  await app.screenshot('draft restored after lock');

  // Idle lock: typed, saved, then nobody touches the desk for 16 minutes.
  await fillAssessmentText(page, { goals: 'Find a steady bed before winter.' });
  await expectDraft(app, key, { goals: 'Find a steady bed before winter.', phone: '410-555-0142' });
  app.clock.advanceMinutes(16);
  await expect(page.getByText('Locked after 15 minutes without activity. Sign in to continue.')).toBeVisible();
  await signInAgain(page, STAFF.caseManager);
  await openParticipant(page, 'Jordan Testcase');
  await page.getByRole('button', { name: 'Continue intake assessment' }).click();
  await expect(field(page, ASSESSMENT_TEXT_FIELDS.goals)).toHaveValue('Find a steady bed before winter.');
  await expect(field(page, ASSESSMENT_TEXT_FIELDS.whereabouts)).toHaveValue('Library steps after noon');

  // Locking straight after typing, before the autosave delay: the lock sends the draft first.
  await field(page, ASSESSMENT_TEXT_FIELDS.preferredLanguage).fill('Spanish');
  await page.keyboard.press('Control+L');
  await expect(heading(page, 'Sign in')).toBeVisible();
  await signInAgain(page, STAFF.caseManager);
  expect((await ok(app, 'drafts.get', { key })).data).toMatchObject({
    preferredLanguage: 'Spanish',
    goals: 'Find a steady bed before winter.',
  });
  await openParticipant(page, 'Jordan Testcase');
  await page.getByRole('button', { name: 'Continue intake assessment' }).click();
  await expect(field(page, ASSESSMENT_TEXT_FIELDS.preferredLanguage)).toHaveValue('Spanish');

  // Starting over forgets the draft and goes back to what intake knows.
  await page.getByRole('button', { name: 'Discard the draft and start over' }).click();
  await expect(field(page, ASSESSMENT_TEXT_FIELDS.preferredLanguage)).toHaveValue('');
  await expect(field(page, ASSESSMENT_TEXT_FIELDS.legalName)).toHaveValue(JORDAN.name);
  expect((await ok(app, 'drafts.get', { key })).data).toBeNull();
});

test('an overdue intake assessment is flagged in the list and on the record', async ({ app }) => {
  const { page } = app;
  const { pairId } = await arrangeTeam(app);
  await enroll(app, pairId, JORDAN);
  await app.open();
  await goToParticipants(page);
  await expect(page.getByRole('row', { name: /Jordan Testcase/ })).toContainText(/Due in (29|30) days/);

  app.clock.advanceMinutes(32 * 24 * 60);
  await expect(heading(page, 'Sign in')).toBeVisible();
  await signInAgain(page, STAFF.caseManager);
  await goToParticipants(page);
  const row = page.getByRole('row', { name: /Jordan Testcase/ });
  await expect(row.locator('.participant-overdue')).toContainText(/Overdue by \d+ days? \(was due/);
  await app.screenshot('participants list overdue');
  await row.getByRole('button', { name: 'Jordan Testcase' }).click();
  await expect(page.getByRole('region', { name: 'Summary' }).locator('.participant-overdue')).toContainText(/Overdue by \d+ days?/);
  await page.getByRole('button', { name: 'Start intake assessment' }).click();
  await expect(page.getByText(/^Overdue: overdue by \d+ days?/)).toBeVisible();
  await app.screenshot('assessment overdue');
});

const PHONE_CHARACTERS = 'Phone can hold only digits, spaces and + ( ) - ., and an extension such as x12.';
/** A field's description is its error, then its hint. */
const beginsWith = (message: string) => new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

test('markup, very long text and a phone with letters are refused with a message on each field, and nothing is saved', async ({ app }) => {
  const { page } = app;
  const { pairId } = await arrangeTeam(app);
  const id = await enroll(app, pairId, JORDAN);
  await app.open();
  await openParticipant(page, 'Jordan Testcase');
  await page.getByRole('button', { name: 'Start intake assessment' }).click();
  await chooseAssessmentOptions(page);

  const script = '<script>alert(1)</script>';
  const textFields = Object.entries(ASSESSMENT_TEXT_FIELDS).filter(([name]) => name !== 'phone');
  for (const [, label] of textFields) await field(page, label).fill(script);
  await field(page, ASSESSMENT_TEXT_FIELDS.phone).fill('41O-555-01AB');
  await page.getByRole('button', { name: 'Complete assessment' }).click();

  const summary = page.getByRole('alert');
  await expect(summary).toContainText('The assessment was not saved');
  for (const label of [
    'Name',
    'Preferred name',
    'Alias',
    'Gender identity',
    'Preferred language',
    'Where the team can usually find them',
    'Goals the participant sets',
  ]) {
    await expect(summary).toContainText(`${label} cannot contain < or > or control characters.`);
  }
  await expect(summary).toContainText(PHONE_CHARACTERS);
  await expect(field(page, ASSESSMENT_TEXT_FIELDS.goals)).toHaveAttribute('aria-invalid', 'true');
  await expect(field(page, ASSESSMENT_TEXT_FIELDS.phone)).toHaveAccessibleDescription(beginsWith(PHONE_CHARACTERS));
  await expect(summary).toBeFocused();
  await app.screenshot('assessment refused markup');
  await summary.getByRole('link', { name: 'Name cannot contain < or > or control characters.', exact: true }).click();
  await expect(field(page, ASSESSMENT_TEXT_FIELDS.legalName)).toBeFocused();

  const long = 'x'.repeat(5000);
  for (const [, label] of textFields) await field(page, label).fill(long);
  await field(page, ASSESSMENT_TEXT_FIELDS.phone).fill('410-555-CALL');
  await page.getByRole('button', { name: 'Complete assessment' }).click();
  for (const message of [
    'Name must be at most 100 characters.',
    'Preferred name must be at most 100 characters.',
    'Alias must be at most 100 characters.',
    'Gender identity must be at most 60 characters.',
    'Preferred language must be at most 60 characters.',
    'Where the team can usually find them must be at most 300 characters.',
    'Goals the participant sets must be at most 2000 characters.',
    PHONE_CHARACTERS,
  ]) {
    await expect(summary).toContainText(message);
  }
  await app.screenshot('assessment refused long text');

  const record = await ok(app, 'participants.get', { id });
  expect(record.assessment).toBeNull();
  expect(record.stage).toBe('awaiting_intake');
  expect(record.timeline.map((event) => event.kind)).not.toContain('assessment.completed');
});

test('a phone with markup or too few digits and a date of birth before 1900 or in the future are refused on their fields', async ({
  app,
}) => {
  const { page } = app;
  const { pairId } = await arrangeTeam(app);
  const id = await enroll(app, pairId, JORDAN);
  await app.open();
  await openParticipant(page, 'Jordan Testcase');
  await page.getByRole('button', { name: 'Start intake assessment' }).click();
  await chooseAssessmentOptions(page);
  await fillAssessmentText(page, SAMPLE_ANSWERS);
  const phone = field(page, ASSESSMENT_TEXT_FIELDS.phone);
  const dateOfBirth = page.getByLabel('Date of birth');
  const summary = page.getByRole('alert');

  for (const [typedPhone, phoneMessage, typedBirth, birthMessage] of [
    ['<b>410-555-0142</b>', PHONE_CHARACTERS, '1899-12-31', 'Date of birth cannot be before 1900.'],
    ['555-0142 x12', 'Phone must have ten digits, such as 410-555-0100.', '2999-01-01', 'Date of birth cannot be in the future.'],
  ]) {
    await phone.fill(typedPhone!);
    await dateOfBirth.fill(typedBirth!);
    await page.getByRole('button', { name: 'Complete assessment' }).click();
    await expect(summary).toContainText('The assessment was not saved');
    await expect(phone).toHaveAccessibleDescription(beginsWith(phoneMessage!));
    await expect(phone).toHaveAttribute('aria-invalid', 'true');
    await expect(dateOfBirth).toHaveAccessibleDescription(beginsWith(birthMessage!));
    await expect(dateOfBirth).toHaveAttribute('aria-invalid', 'true');
  }
  await app.screenshot('assessment refused phone and date of birth');

  const record = await ok(app, 'participants.get', { id });
  expect(record.assessment).toBeNull();
  expect(record.stage).toBe('awaiting_intake');
});
