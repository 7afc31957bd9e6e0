import { chromium, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { APP_URL, CHROMIUM_ARGS, wireContext } from '../e2e/app-context';
import { BenchDesk } from './bench-desk';
import { openPlainDesk } from './decade-dataset';
import { summarize } from './measure';
import type { ListTiming } from './list-paint';
import type { Subjects } from './operations';
import { participantName } from '../../renderer/src/ui/participant-name';

const RENDERER_DIR = process.env.LEAD_RENDERER_DIR ?? resolve(__dirname, '../../out/renderer');
const RUNS = 20;
const WARM_UP_RUNS = 2;
/** Past the board's refresh delay (150 ms) and an event's trip to the page, several times over: a call that should not come shows only by not coming. */
const SETTLE_MS = 600;

export interface RecordAndActions {
  /** From the click on the busiest participant's name in the search results to their record's timeline painted. */
  record_paint_busiest: ListTiming & { timeline: string };
  /** The calls the window made for one action, in order (`session.touch`, the idle heartbeat, left out). Target: one each. */
  ipc_calls: { card_move: string[]; record_contact: string[] };
}

/**
 * The participants the measures use, as the app names them: the busiest one the bench already
 * chose (operations.ts), and one waiting for intake, whose card moves right without a reason.
 */
function namesOf(plainDir: string, busiestId: number): { busiest: string; waiting: string } {
  type Person = { name: string; preferredName: string | null };
  const db = openPlainDesk(plainDir);
  try {
    const person = 'SELECT p.name, p.preferred_name AS preferredName FROM participants x JOIN people p ON p.id = x.person_id';
    const busiest = db.prepare(`${person} WHERE x.id = ?`).get(busiestId) as Person | undefined;
    const waiting = db.prepare(`${person} WHERE x.stage = 'awaiting_intake' ORDER BY x.id LIMIT 1`).get() as Person | undefined;
    if (!busiest || !waiting) throw new Error('bench: the dataset has no busiest participant, or none waiting for intake');
    return { busiest: participantName(busiest), waiting: participantName(waiting) };
  } finally {
    db.close();
  }
}

/** The in-page half of the record's paint: plain DOM calls, as list-paint.ts explains. */
const OPEN_RECORD = `async (label) => {
  const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
  const list = document.querySelector('[aria-label="Search results"]');
  const button = [...list.querySelectorAll('button')].find((b) => b.textContent.trim() === label);
  if (!button) throw new Error('the participant is not in the search results');
  const started = performance.now();
  button.click();
  while (document.querySelectorAll('ol.participant-timeline li').length === 0) await frame();
  await frame();
  await frame();
  return { paint: performance.now() - started, rows: document.querySelectorAll('ol.participant-timeline li').length, nodes: document.getElementsByTagName('*').length, timeline: document.querySelector('.timeline-count')?.textContent ?? '' };
}`;

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click();

/**
 * On a working copy of the decade dataset, as the supervisor, in Chromium at 1366x768: the
 * busiest record's paint, and the calls one card move on the board and one contact logged from a
 * record make, counted where the window's calls reach the core.
 */
export async function measureRecordAndActions(
  dataset: { encryptedDir: string; plainDir: string },
  subjects: Subjects,
): Promise<RecordAndActions> {
  const { busiest, waiting } = namesOf(dataset.plainDir, subjects.participantIds[0]!);
  const desk = await BenchDesk.open(dataset.encryptedDir, 'sqlcipher');
  const calls: string[] = [];
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const invoke = (channel: string, input: unknown, requestId?: unknown) => {
      if (channel !== 'session.touch') calls.push(channel);
      return desk.invokeRaw(channel, input, requestId);
    };
    await wireContext(context, { invoke, onEvent: (listener) => desk.onEvent(listener) }, RENDERER_DIR);
    const page = await context.newPage();
    await page.goto(APP_URL);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();

    const paints: { paint: number; rows: number; nodes: number; timeline: string }[] = [];
    for (let run = 0; run < WARM_UP_RUNS + RUNS; run += 1) {
      await nav(page, 'Staff');
      await nav(page, 'Participants');
      await page.getByLabel('Search participants').fill(busiest.replace(/^.*\(|\)$/g, ''));
      await page.getByRole('region', { name: 'Search results' }).getByRole('button', { name: busiest, exact: true }).waitFor();
      const opened = (await page.evaluate(`(${OPEN_RECORD})(${JSON.stringify(busiest)})`)) as (typeof paints)[number];
      if (run >= WARM_UP_RUNS) paints.push(opened);
    }
    const last = paints.at(-1)!;
    const record_paint_busiest = {
      ...summarize(paints.map((p) => p.paint)),
      rows: last.rows,
      dom_nodes: last.nodes,
      timeline: last.timeline,
    };

    await page.waitForTimeout(SETTLE_MS);
    calls.length = 0;
    const contacts = page.getByRole('region', { name: 'Contacts' });
    await contacts.getByRole('button', { name: 'Log a contact' }).click();
    await contacts.getByLabel('Kind of contact').selectOption({ label: 'Phone call' });
    await contacts.getByRole('button', { name: 'Log contact' }).click();
    await contacts.getByRole('status').filter({ hasText: 'Contact logged.' }).waitFor();
    await page.waitForTimeout(SETTLE_MS);
    const record_contact = [...calls];

    await nav(page, 'Board');
    const cardName = page.getByRole('article', { name: waiting, exact: true }).getByRole('button', { name: waiting, exact: true });
    await cardName.waitFor();
    await page.waitForTimeout(SETTLE_MS);
    calls.length = 0;
    await cardName.focus();
    await page.keyboard.press('Alt+ArrowRight');
    await page
      .getByRole('group', { name: /^Intake in progress \(\d+\)$/ })
      .getByRole('article', { name: waiting, exact: true })
      .first()
      .waitFor();
    await page.waitForTimeout(SETTLE_MS);
    const card_move = [...calls];
    await context.close();
    return { record_paint_busiest, ipc_calls: { card_move, record_contact } };
  } finally {
    await browser.close();
    desk.dispose();
  }
}
