/**
 * The meeting's shared screen, as the desk asks for it: in Electron a second window on the
 * projector (electron/meeting/audience-window.ts), in the end-to-end tests a second Playwright
 * page. The desk only opens and closes it; what it shows it fetches itself (meetings.roomView).
 */
export interface AudienceScreen {
  open(): void;
  close(): void;
  isOpen(): boolean;
}
