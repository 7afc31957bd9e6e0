import { chromium, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import type { LeadCore } from '../../electron/lead-core';
import { AUDIENCE_WINDOW } from '../../electron/ipc/window-scope';
import { AUDIENCE_PATH } from '../../shared/audience-route';
import type { MeetingView } from '../../shared/ipc/meetings-contract';
import type { Reply } from '../../shared/ipc/reply';
import { APP_URL, CHROMIUM_ARGS, wireContext } from '../e2e/app-context';
import { AUDIENCE_VIEWPORT } from '../e2e/audience-page';
import { summarize } from './measure';
import type { MeetingStepTiming } from './report';

const RENDERER_DIR = resolve(__dirname, '../../out/renderer');
const WARM_UP_STEPS = 2;
/** Enough timed steps for a p95 that means something; the rest of the agenda is not stepped. */
const TIMED_STEPS = 30;

/**
 * Installed in the audience page as `window.__roomBench`, as source text: tsx names inner
 * functions with a helper that exists only in Node (see renderer-paint.ts). Every change of the room's screen is
 * stamped when the frame after it is drawn (two animation frames: the first runs before the
 * paint, the second after it), on the clock both pages share (timeOrigin + now).
 */
const ROOM_BENCH = `(() => {
  const stamps = [];
  const main = document.querySelector('main.audience');
  new MutationObserver(() => {
    const item = main.querySelector('[data-room-item]');
    const position = item ? Number(item.getAttribute('data-room-item')) : null;
    requestAnimationFrame(() => requestAnimationFrame(() => stamps.push({ position, at: performance.timeOrigin + performance.now() })));
  }).observe(main, { subtree: true, childList: true, characterData: true, attributes: true });
  window.__roomBench = { stamps };
})()`;

/** The key press in the presenter page, stamped on the shared clock as it is dispatched. */
const PRESS_NEXT = `(() => {
  const at = performance.timeOrigin + performance.now();
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true, cancelable: true }));
  return at;
})()`;

type Desk = Pick<LeadCore, 'invoke' | 'onEvent' | 'connect'>;

async function ok<T>(reply: Promise<Reply<unknown>>): Promise<T> {
  const answer = await reply;
  if (!answer.ok) throw new Error(`bench: refused (${answer.error.code}: ${answer.error.message})`);
  return answer.value as T;
}

/**
 * Stepping to the next item in the meeting (issue 12): from the presenter's key press to the
 * audience window's next frame showing the item, with the police and the State's Attorney in the
 * room: the recipients every generated consent names (electron/synthetic/generate-program.ts), so
 * most items are shown. `desk` is signed in as the supervisor. Steps onto items the room may not
 * see change nothing on its screen, so they are taken but not timed.
 */
export async function measureMeetingStep(desk: Desk): Promise<MeetingStepTiming> {
  const planned = await ok<MeetingView>(desk.invoke('meetings.plan', {}));
  await ok(
    desk.invoke('meetings.start', {
      meetingId: planned.id,
      attendees: [
        { name: 'Bench Officer', recipient: { kind: 'police' }, acknowledged: true },
        { name: 'Bench Liaison', recipient: { kind: 'states_attorney' }, acknowledged: true },
      ],
    }),
  );
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const presenterContext = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await wireContext(presenterContext, desk, RENDERER_DIR);
    const audienceContext = await browser.newContext({ viewport: AUDIENCE_VIEWPORT });
    await wireContext(audienceContext, desk.connect(AUDIENCE_WINDOW), RENDERER_DIR);
    const audience = await audienceContext.newPage();
    await audience.goto(APP_URL + AUDIENCE_PATH);
    await audience.locator('main.audience[data-room-screen="waiting"]').waitFor();
    await audience.evaluate(ROOM_BENCH);
    const presenter = await presenterContext.newPage();
    await presenter.goto(APP_URL);
    await presenter.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Meeting', exact: true }).click();
    await presenter.getByRole('heading', { name: /^Meeting in progress/ }).waitFor();

    const meeting = (await ok<MeetingView | null>(desk.invoke('meetings.current', {})))!;
    const items = meeting.items.filter((item) => !item.dropped);
    const samples: number[] = [];
    for (const [index, item] of items.entries()) {
      if (samples.length >= TIMED_STEPS) break;
      const pressedAt = (await presenter.evaluate(PRESS_NEXT)) as number;
      await presenter.getByText(`On the room’s screen: item ${index + 1} of ${items.length}.`).waitFor();
      if (!item.room.shown) continue;
      const paintedAt = await waitForPaint(audience, index + 1, pressedAt);
      if (index >= WARM_UP_STEPS) samples.push(paintedAt - pressedAt);
    }
    return { ...summarize(samples), steps: samples.length, items: items.length };
  } finally {
    await browser.close();
  }
}

/**
 * When the audience page drew the frame showing item `position`, after `since`. Asked again and
 * again from here: waitForFunction would build a function in the page, which its CSP forbids.
 * The answer is the stamp, so how often it is asked does not change it.
 */
async function waitForPaint(audience: Page, position: number, since: number): Promise<number> {
  for (;;) {
    const at = (await audience.evaluate(
      `window.__roomBench.stamps.find((stamp) => stamp.position === ${position} && stamp.at > ${since})?.at ?? null`,
    )) as number | null;
    if (at !== null) return at;
    await new Promise((done) => setTimeout(done, 20));
  }
}
