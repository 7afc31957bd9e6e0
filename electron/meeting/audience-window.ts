import { BrowserWindow, screen, type Display, type Rectangle } from 'electron';
import type { LeadEvent } from '../../shared/ipc/contract';
import { AUDIENCE_PATH } from '../../shared/audience-route';
import { APP_URL } from '../app-origin';
import { EVENT_CHANNEL } from '../ipc/bridge-channels';
import type { FrameIdentity } from '../ipc/sender-guard';
import { mainWindowOptions } from '../window';
import type { AudienceScreen } from './audience-screen';

/** With one display: a window the supervisor drags to wherever the room can see it. */
export const WINDOWED_SIZE = { width: 1280, height: 720 } as const;

export interface ElectronAudienceScreen extends AudienceScreen {
  /** The audience window's top frame while it is open: the IPC guard holds its calls to AUDIENCE_WINDOW. */
  frame(): FrameIdentity | null;
  /**
   * An event the audience scope names, from its connection (electron/ipc/electron-ipc.ts): the
   * end of the session blanks the screen at once; the others go to the page.
   */
  deliver(event: LeadEvent): void;
}

export interface AudienceScreenOptions {
  preload: string;
  /** The supervisor's (main) window: protected from screen capture while the room's screen is open. */
  presenter: () => BrowserWindow | null;
}

/**
 * The meeting's audience window (issue 12): full screen on the first display that is not the
 * primary one, else a normal window on the primary; it follows displays as they come and go.
 *
 * Blanking (the display it is on removed, a lock, an idle lock, a sign-out) hides the window in
 * the same call and then closes it, instead of asking the core for a blank room view and
 * waiting for the page to repaint: a hidden window shows nothing on a projector whatever its
 * page is doing, and a closed one keeps nothing of the meeting in the renderer's memory (the
 * renderer's stores are cleared on lock, but a closed page needs no trust in that). The
 * supervisor opens it again from the presenter; it is then placed afresh, so after a removal
 * it comes back as a window on the primary display.
 *
 * It is not made `focusable: false`: on Linux that takes the window away from the window
 * manager (it cannot be dragged to a projector) and on Windows it drops it from the taskbar.
 * Instead it is shown without focus (showInactive), so the presenter keeps the keyboard, and
 * the audience page has nothing to click.
 */
export function createAudienceScreen(options: AudienceScreenOptions): ElectronAudienceScreen {
  let win: BrowserWindow | null = null;
  /** The display the window was placed on. */
  let placedOn: number | null = null;
  let following = false;

  const alive = () => (win && !win.isDestroyed() ? win : null);
  const presenter = () => {
    const main = options.presenter();
    return main && !main.isDestroyed() ? main : null;
  };

  /** The first display that is not the primary, or the primary when there is no other. */
  function target(): { display: Display; external: boolean } {
    const primary = screen.getPrimaryDisplay();
    const other = screen.getAllDisplays().find((display) => display.id !== primary.id);
    return other ? { display: other, external: true } : { display: primary, external: false };
  }

  function place(w: BrowserWindow): void {
    const { display, external } = target();
    // A full-screen window is not moved by setBounds on every platform: leave full screen first.
    if (w.isFullScreen()) w.setFullScreen(false);
    if (external) {
      w.setBounds(display.bounds);
      w.setFullScreen(true);
    } else {
      w.setBounds(centred(display.workArea));
    }
    placedOn = display.id;
  }

  function blank(): void {
    const w = alive();
    if (!w) return;
    w.hide();
    w.close();
  }

  /** Listens once, on the first open: the screen module is only usable once the app is ready. */
  function followDisplays(): void {
    if (following) return;
    following = true;
    screen.on('display-added', () => {
      const w = alive();
      // Only a window still on the primary display moves: one already on a projector stays put.
      if (w && placedOn === screen.getPrimaryDisplay().id) place(w);
    });
    screen.on('display-removed', (_event, removed: Display) => {
      const w = alive();
      // The display it was placed on, or one the supervisor dragged it to.
      if (w && (placedOn === removed.id || overlaps(w.getBounds(), removed.bounds))) blank();
    });
  }

  return {
    open() {
      const existing = alive();
      if (existing) {
        place(existing);
        existing.showInactive();
        return;
      }
      followDisplays();
      const { display, external } = target();
      const bounds = external ? display.bounds : centred(display.workArea);
      const w = new BrowserWindow({
        ...mainWindowOptions({ preload: options.preload, devTools: false }),
        ...bounds,
        fullscreen: external,
        title: 'LEAD Desk: meeting room',
        backgroundColor: '#000000',
        autoHideMenuBar: true,
        show: false,
      });
      win = w;
      placedOn = display.id;
      w.removeMenu();
      presenter()?.setContentProtection(true);
      w.on('closed', () => {
        if (win === w) {
          win = null;
          placedOn = null;
        }
        presenter()?.setContentProtection(false);
      });
      w.once('ready-to-show', () => {
        if (!w.isDestroyed()) w.showInactive();
      });
      w.loadURL(APP_URL + AUDIENCE_PATH).catch((error: Error) =>
        console.error(`LEAD Desk could not load the room's screen: ${error.message}`),
      );
    },
    close: blank,
    isOpen: () => alive() !== null,
    frame: () => alive()?.webContents.mainFrame ?? null,
    deliver(event) {
      if (event.type === 'session.ended') blank();
      else alive()?.webContents.send(EVENT_CHANNEL, event);
    },
  };
}

function centred(area: Rectangle): Rectangle {
  const width = Math.min(WINDOWED_SIZE.width, area.width);
  const height = Math.min(WINDOWED_SIZE.height, area.height);
  return { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height };
}

function overlaps(a: Rectangle, b: Rectangle): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
