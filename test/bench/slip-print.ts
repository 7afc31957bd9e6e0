import { chromium, type BrowserContext } from '@playwright/test';
import { resolve } from 'node:path';
import type { Printer } from '../../electron/print/printer';
import type { Need } from '../../shared/domain/assessment';
import { participantName } from '../../renderer/src/ui/participant-name';
import { APP_URL, CHROMIUM_ARGS, wireContext } from '../e2e/app-context';
import { waitForPrintView } from '../e2e/print-view';
import { BenchDesk } from './bench-desk';
import { openPlainDesk } from './decade-dataset';
import { summarize, type Timing } from './measure';

const RENDERER_DIR = process.env.LEAD_RENDERER_DIR ?? resolve(__dirname, '../../out/renderer');
const RUNS = 10;
const WARM_UP_RUNS = 2;

export type SlipPrintTiming = Timing & { prints: number };

/** The click on "Print referral slip", stamped on the clock the pages and Node share (timeOrigin + now). */
const printoutsOf = (provider: string) => `[aria-label="Printouts for the referral to ${provider}"]`;

const CLICK_PRINT = (provider: string) => `(() => {
  const list = document.querySelector(${JSON.stringify(`details[open] ${printoutsOf(provider)}`)});
  const button = [...list.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Print referral slip');
  if (!button) throw new Error('no Print referral slip button on the page');
  const at = performance.timeOrigin + performance.now();
  button.click();
  return at;
})()`;

/** A participant on a caseload with an open service referral, the only one of that name, so a search finds them alone: their id, their name as the record shows it, and that referral's need. */
function subjectOf(plainDir: string): { participantId: number; name: string; need: Need } {
  const db = openPlainDesk(plainDir);
  try {
    const row = db
      .prepare(
        `SELECT x.id AS participantId, p.name, p.preferred_name AS preferredName, s.need
         FROM service_referrals s JOIN participants x ON x.id = s.participant_id JOIN people p ON p.id = x.person_id
         WHERE s.status = 'scheduled' AND x.pair_id IS NOT NULL AND (SELECT count(*) FROM people q WHERE q.name = p.name) = 1
         ORDER BY s.id LIMIT 1`,
      )
      .get() as { participantId: number; name: string; preferredName: string | null; need: Need } | undefined;
    if (!row) throw new Error('bench: the dataset has no participant on a caseload with a scheduled referral');
    return { participantId: row.participantId, name: participantName(row), need: row.need };
  } finally {
    db.close();
  }
}

/**
 * A referral to a place in the directory for that need, made through the app as a peer makes one,
 * with an appointment two days ahead: the slip then carries the place, its phones and hours. Its
 * provider's name, which names its printouts on the record.
 */
async function referToDirectoryPlace(desk: BenchDesk, participantId: number, need: Need): Promise<string> {
  const { rows } = await desk.ok('directory.search', { text: '', need, attributes: [], capacity: null });
  const place = rows[0] ?? (await desk.ok('directory.search', { text: '', need: null, attributes: [], capacity: null })).rows[0];
  if (!place) throw new Error('bench: the dataset has no provider directory');
  const record = await desk.ok('services.refer', {
    participantId,
    referral: {
      need,
      provider: place.serviceName,
      serviceAtLocationId: place.serviceAtLocationId,
      referredOn: new Date().toISOString().slice(0, 10),
      handoff: 'slip_only',
      appointmentAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      askFor: 'The front desk',
      bring: 'Nothing',
    },
  });
  return record.serviceReferrals.reduce((newest, referral) => (referral.id > newest.id ? referral : newest)).provider;
}

/**
 * Stands in for Electron's printer (electron/print/electron-printer.ts): a page of its own, as the
 * hidden print window is, loads the print route and waits until the printout is ready, the moment
 * Electron opens the system print dialog. That moment is stamped; the dialog itself is the
 * system's, not ours, so nothing is printed.
 */
function dialogStampingPrinter(context: () => BrowserContext, stamps: number[]): Printer {
  return {
    async print({ path }) {
      const page = await context().newPage();
      try {
        await page.goto(APP_URL + path);
        await waitForPrintView(page);
        stamps.push(performance.timeOrigin + performance.now());
        return 'printed';
      } finally {
        await page.close();
      }
    },
  };
}

/**
 * Printing a participant's slip (issue 13, target under 1 s): from the click on "Print referral
 * slip" on their record to the print dialog opening, on a working copy of the decade dataset
 * in Chromium at 1366x768. Each print is a logged disclosure, as in the app.
 */
export async function measureSlipPrint(dataset: { encryptedDir: string; plainDir: string }): Promise<SlipPrintTiming> {
  const { participantId, name, need } = subjectOf(dataset.plainDir);
  const stamps: number[] = [];
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const desk = await BenchDesk.open(
    dataset.encryptedDir,
    'sqlcipher',
    dialogStampingPrinter(() => context, stamps),
  );
  try {
    const provider = await referToDirectoryPlace(desk, participantId, need);
    await wireContext(
      context,
      { invoke: (channel, input, id) => desk.invokeRaw(channel, input, id), onEvent: (l) => desk.onEvent(l) },
      RENDERER_DIR,
    );
    const page = await context.newPage();
    await page.goto(APP_URL);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Participants', exact: true }).click();
    await page.getByLabel('Search participants').fill(name.replace(/^.*\(|\)$/g, ''));
    await page.getByRole('region', { name: 'Search results' }).getByRole('button', { name, exact: true }).click();
    // Opened, the first of this provider's printouts is the one CLICK_PRINT finds.
    const printouts = page.locator('details.need-referral-printouts', { has: page.locator(printoutsOf(provider)) }).first();
    await printouts.locator('summary').click();
    await printouts.getByRole('button', { name: 'Print referral slip' }).waitFor();
    const samples: number[] = [];
    for (let run = 0; run < WARM_UP_RUNS + RUNS; run += 1) {
      const clickedAt = (await page.evaluate(CLICK_PRINT(provider))) as number;
      const deadline = Date.now() + 30_000;
      while (stamps.length <= run) {
        if (Date.now() > deadline) throw new Error('bench: the print dialog did not open within 30 s');
        await new Promise((done) => setTimeout(done, 10));
      }
      // The reply has come back once the outcome shows again: the button takes the next click.
      await printouts.getByText('Sent to the printer').waitFor();
      if (run >= WARM_UP_RUNS) samples.push(stamps.at(-1)! - clickedAt);
    }
    return { ...summarize(samples), prints: samples.length };
  } finally {
    await browser.close();
    desk.dispose();
  }
}
