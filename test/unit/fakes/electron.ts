/**
 * A minimal stand-in for the parts of Electron that LEAD Desk uses, for Vitest (aliased as
 * 'electron' in vitest.config.ts). It records what the app configures and lets tests fire the
 * events Electron would, keeping Electron's rules where they matter (what must happen before
 * or after ready, one handler per channel, permissive defaults when no handler is set), so a
 * test passes only if the app really configures the protection.
 *
 * Each test re-imports it after vi.resetModules() to start from a fresh Electron.
 */

type Listener = (...args: never[]) => unknown;

class Emitter {
  private readonly listeners = new Map<string, Listener[]>();

  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }

  once(name: string, listener: Listener): this {
    const wrapped = (...args: never[]) => {
      this.removeListener(name, wrapped);
      return listener(...args);
    };
    return this.on(name, wrapped);
  }

  removeListener(name: string, listener: Listener): this {
    this.listeners.set(
      name,
      (this.listeners.get(name) ?? []).filter((l) => l !== listener),
    );
    return this;
  }

  emit(name: string, ...args: unknown[]): boolean {
    const listeners = this.listeners.get(name) ?? [];
    for (const listener of listeners) (listener as (...a: unknown[]) => unknown)(...args);
    return listeners.length > 0;
  }

  listenerCount(name: string): number {
    return this.listeners.get(name)?.length ?? 0;
  }
}

/** Electron's Event: listeners cancel the default action with preventDefault(). */
export class FakeEvent<Params extends object = object> {
  defaultPrevented = false;

  constructor(params?: Params) {
    Object.assign(this, params);
  }

  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export function navigationEvent(url: string) {
  return new FakeEvent({ url, isSameDocument: false, isMainFrame: true, frame: null }) as FakeEvent & { url: string };
}

let nextId = 1;

export class WebFrameMain {
  readonly processId: number;
  readonly routingId = nextId++;

  constructor(
    public url: string,
    readonly parent: WebFrameMain | null = null,
  ) {
    this.processId = parent?.processId ?? nextId++;
  }

  get top(): WebFrameMain {
    return this.parent ? this.parent.top : this;
  }

  /** A frame inside this one, as an <iframe> would create. */
  child(url: string): WebFrameMain {
    return new WebFrameMain(url, this);
  }
}

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

export class WebContents extends Emitter {
  readonly id = nextId++;
  readonly mainFrame = new WebFrameMain('');
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: WindowOpenHandler | null = null;
  destroyed = false;

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push({ channel, args });
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  getURL(): string {
    return this.mainFrame.url;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Test control: what executeJavaScript() answers in web contents created from now on (a print view, ready). */
  static initialScriptResult: unknown = { ready: true, problem: null };
  /** Test control: what executeJavaScript() resolves to (a print view's ready check). */
  scriptResult: unknown = WebContents.initialScriptResult;
  readonly scripts: string[] = [];
  readonly pdfRequests: Record<string, unknown>[] = [];
  /** Test control: make printToPDF fail, as a crashed renderer would. */
  printFails = false;
  readonly printRequests: Record<string, unknown>[] = [];
  /** Test control: how the system print dialog answers print(): sent to the printer, or why not. */
  printAnswer: { success: boolean; failureReason: string } = { success: true, failureReason: '' };

  async executeJavaScript(code: string): Promise<unknown> {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.scripts.push(code);
    return this.scriptResult;
  }

  async printToPDF(options: Record<string, unknown>): Promise<Buffer> {
    if (this.destroyed) throw new Error('Object has been destroyed');
    if (this.printFails) throw new Error('Printing failed');
    this.pdfRequests.push(options);
    return Buffer.from(`%PDF-1.7 fake of ${this.mainFrame.url}`);
  }

  print(options: Record<string, unknown>, callback: (success: boolean, failureReason: string) => void): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.printRequests.push(options);
    const { success, failureReason } = this.printAnswer;
    setTimeout(() => callback(success, failureReason), 0);
  }

  /** What window.open(url) in the page gets; Electron allows it when no handler is set. */
  windowOpen(url: string): 'allow' | 'deny' {
    return this.windowOpenHandler ? this.windowOpenHandler({ url }).action : 'allow';
  }
}

export interface BrowserWindowOptions {
  webPreferences?: Record<string, unknown>;
  [option: string]: unknown;
}

export class BrowserWindow extends Emitter {
  static readonly all: BrowserWindow[] = [];
  readonly webContents = new WebContents();
  visible = false;
  focused = false;
  minimized = false;
  fullScreen = false;
  contentProtected = false;
  menuRemoved = false;
  /** Where the window is on the desktop (the whole display while full screen). */
  bounds: Rectangle;
  /** The bounds to return to when full screen ends. */
  private windowedBounds: Rectangle;
  private destroyed = false;

  constructor(readonly options: BrowserWindowOptions = {}) {
    super();
    if (!app.isReady()) throw new Error('Cannot create BrowserWindow before app is ready');
    // Like Electron: width and height default to 800x600, and a window without x and y is centred on the primary display.
    const width = typeof options.width === 'number' ? options.width : 800;
    const height = typeof options.height === 'number' ? options.height : 600;
    const area = screen.getPrimaryDisplay().workArea;
    this.bounds = {
      x: typeof options.x === 'number' ? options.x : area.x + Math.round((area.width - width) / 2),
      y: typeof options.y === 'number' ? options.y : area.y + Math.round((area.height - height) / 2),
      width,
      height,
    };
    this.windowedBounds = { ...this.bounds };
    if (options.fullscreen === true) this.setFullScreen(true);
    BrowserWindow.all.push(this);
    app.emit('web-contents-created', new FakeEvent(), this.webContents);
  }

  static getAllWindows(): BrowserWindow[] {
    return [...BrowserWindow.all];
  }

  async loadURL(url: string): Promise<void> {
    this.webContents.mainFrame.url = url;
  }

  show(): void {
    this.alive().visible = true;
  }

  /** Shows the window without taking the keyboard from the one that has it. */
  showInactive(): void {
    this.alive().visible = true;
  }

  hide(): void {
    this.alive().visible = false;
    this.focused = false;
  }

  isVisible(): boolean {
    return this.alive().visible;
  }

  /**
   * Full screen fills the display the window is on (the one holding its centre), as Electron
   * does: to go full screen on another display, a window must be moved there first.
   */
  setFullScreen(flag: boolean): void {
    this.alive();
    if (flag === this.fullScreen) return;
    if (flag) {
      this.windowedBounds = { ...this.bounds };
      this.bounds = { ...screen.displayHolding(this.bounds).bounds };
    } else {
      this.bounds = { ...this.windowedBounds };
    }
    this.fullScreen = flag;
  }

  isFullScreen(): boolean {
    return this.alive().fullScreen;
  }

  /** Ignored while full screen (macOS keeps a full-screen window where it is): leave full screen first. */
  setBounds(bounds: Partial<Rectangle>): void {
    this.alive();
    if (this.fullScreen) return;
    this.bounds = { ...this.bounds, ...bounds };
  }

  getBounds(): Rectangle {
    return { ...this.alive().bounds };
  }

  setContentProtection(enable: boolean): void {
    this.alive().contentProtected = enable;
  }

  removeMenu(): void {
    this.alive().menuRemoved = true;
  }

  focus(): void {
    this.alive().focused = true;
  }

  minimize(): void {
    this.alive().minimized = true;
    this.focused = false;
  }

  restore(): void {
    this.alive().minimized = false;
  }

  isMinimized(): boolean {
    return this.alive().minimized;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Like Electron: 'close' first, which a listener may cancel; then the window goes. */
  close(): void {
    const event = new FakeEvent();
    this.alive().emit('close', event);
    if (event.defaultPrevented) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    BrowserWindow.all.splice(BrowserWindow.all.indexOf(this), 1);
    this.emit('closed');
    if (BrowserWindow.all.length === 0) app.emit('window-all-closed');
  }

  /** Like Electron, a closed window throws on use. */
  private alive(): this {
    if (this.destroyed) throw new TypeError('Object has been destroyed');
    return this;
  }
}

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Display {
  id: number;
  bounds: Rectangle;
  /** The bounds less the taskbar or menu bar. */
  workArea: Rectangle;
}

/** A display at (x, y) of the desktop, with a 40 px taskbar at the bottom. */
export function makeDisplay(id: number, bounds: Rectangle): Display {
  return { id, bounds: { ...bounds }, workArea: { ...bounds, height: bounds.height - 40 } };
}

const inside = (r: Rectangle, x: number, y: number) => x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height;

/**
 * Electron's screen module: the displays, which one is primary, and display-added and
 * display-removed as a projector is plugged in or pulled out. Like Electron it cannot be used
 * before the app is ready. A laptop's one 1920x1080 display to begin with.
 */
class Screen extends Emitter {
  private displays: Display[] = [makeDisplay(1, { x: 0, y: 0, width: 1920, height: 1080 })];
  private primaryId = 1;

  private ready(): void {
    if (!app.isReady()) throw new Error("The 'screen' module can't be used before the app 'ready' event");
  }

  override on(name: string, listener: Listener): this {
    this.ready();
    return super.on(name, listener);
  }

  getAllDisplays(): Display[] {
    this.ready();
    return this.displays.map((display) => structuredClone(display));
  }

  getPrimaryDisplay(): Display {
    this.ready();
    return structuredClone(this.displays.find((display) => display.id === this.primaryId)!);
  }

  /** The display holding the centre of `bounds`, else the primary one. */
  displayHolding(bounds: Rectangle): Display {
    const x = bounds.x + bounds.width / 2;
    const y = bounds.y + bounds.height / 2;
    return this.displays.find((display) => inside(display.bounds, x, y)) ?? this.getPrimaryDisplay();
  }

  /** Test helper: a display is plugged in. */
  addDisplay(display: Display): void {
    this.displays.push(structuredClone(display));
    this.emit('display-added', new FakeEvent(), structuredClone(display));
  }

  /**
   * Test helper: a display is pulled out. After the app has heard of it, the operating system
   * moves the windows that were on it to the primary display, out of full screen.
   */
  removeDisplay(id: number): void {
    const removed = this.displays.find((display) => display.id === id);
    if (!removed) throw new Error(`fake electron: no display ${id}`);
    if (id === this.primaryId) throw new Error('fake electron: the primary display cannot be removed');
    const stranded = BrowserWindow.all.filter((win) => this.displayHolding(win.bounds).id === id);
    this.displays = this.displays.filter((display) => display.id !== id);
    this.emit('display-removed', new FakeEvent(), structuredClone(removed));
    const area = this.getPrimaryDisplay().workArea;
    for (const win of stranded.filter((w) => !w.isDestroyed())) {
      win.setFullScreen(false);
      win.setBounds({ x: area.x, y: area.y });
    }
  }
}

export const screen = new Screen();

class App extends Emitter {
  isPackaged = false;
  sandboxEnabled = false;
  quitRequested = false;
  /** Test control: whether another copy of the app already holds the single-instance lock. */
  anotherInstanceRunning = false;
  /** Test control: what app.getAppPath() answers (the folder holding package.json). */
  appPath = process.cwd();
  private readonly paths = new Map<string, string>();
  private ready = false;
  private markReady!: () => void;
  private readonly readyPromise = new Promise<void>((resolve) => (this.markReady = resolve));

  isReady(): boolean {
    return this.ready;
  }

  whenReady(): Promise<void> {
    return this.readyPromise;
  }

  /** Test helper: Electron finishes starting; resolves once the app's ready callbacks have run. */
  async becomeReady(): Promise<void> {
    this.ready = true;
    this.emit('ready', new FakeEvent());
    this.markReady();
    await new Promise((resolve) => setImmediate(resolve));
  }

  enableSandbox(): void {
    if (this.ready) throw new Error('app.enableSandbox() can only be called before app is ready');
    this.sandboxEnabled = true;
  }

  requestSingleInstanceLock(): boolean {
    return !this.anotherInstanceRunning;
  }

  getPath(name: string): string {
    const path = this.paths.get(name);
    if (!path) throw new Error(`fake electron: call app.setPath('${name}', ...) first`);
    return path;
  }

  setPath(name: string, path: string): void {
    this.paths.set(name, path);
  }

  getAppPath(): string {
    return this.appPath;
  }

  quit(): void {
    const event = new FakeEvent();
    this.emit('before-quit', event);
    if (event.defaultPrevented) return;
    this.quitRequested = true;
    this.emit('will-quit', new FakeEvent());
  }
}

export const app = new App();

interface CustomScheme {
  scheme: string;
  privileges?: Record<string, boolean>;
}

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

class Protocol {
  readonly privilegedSchemes: CustomScheme[] = [];
  readonly handlers = new Map<string, ProtocolHandler>();

  registerSchemesAsPrivileged(schemes: CustomScheme[]): void {
    if (app.isReady()) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    this.privilegedSchemes.push(...schemes);
  }

  handle(scheme: string, handler: ProtocolHandler): void {
    if (!app.isReady()) throw new Error('The protocol module can only be used after app is ready');
    if (this.handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    this.handlers.set(scheme, handler);
  }

  /** Test helper: the response the page gets for `url`. */
  async fetch(url: string, init?: RequestInit): Promise<Response> {
    const handler = this.handlers.get(new URL(url).protocol.slice(0, -1));
    if (!handler) throw new Error(`net::ERR_UNKNOWN_URL_SCHEME ${url}`);
    return handler(new Request(url, init));
  }
}

export const protocol = new Protocol();

type PermissionRequestHandler = (contents: WebContents, permission: string, callback: (granted: boolean) => void) => void;
type PermissionCheckHandler = (contents: WebContents | null, permission: string, origin: string) => boolean;
type DevicePermissionHandler = (details: { deviceType: string; origin: string }) => boolean;
type BeforeRequestListener = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;

class WebRequest {
  beforeRequest: BeforeRequestListener | null = null;

  onBeforeRequest(listener: BeforeRequestListener): void {
    this.beforeRequest = listener;
  }
}

class Session extends Emitter {
  readonly webRequest = new WebRequest();
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  devicePermissionHandler: DevicePermissionHandler | null = null;

  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheckHandler = handler;
  }

  setDevicePermissionHandler(handler: DevicePermissionHandler): void {
    this.devicePermissionHandler = handler;
  }

  /** Test helper: a page asks for a permission. Electron grants it when no handler is set. */
  requestPermission(contents: WebContents, permission: string): Promise<boolean> {
    const handler = this.permissionRequestHandler;
    if (!handler) return Promise.resolve(true);
    return new Promise((resolve) => handler(contents, permission, resolve));
  }

  /** Test helper: a page checks a permission synchronously (also granted without a handler). */
  checkPermission(contents: WebContents, permission: string, origin: string): boolean {
    return this.permissionCheckHandler ? this.permissionCheckHandler(contents, permission, origin) : true;
  }

  /** Test helper: a page asks for a USB, HID or serial device. */
  checkDevicePermission(deviceType: string, origin: string): boolean {
    return this.devicePermissionHandler ? this.devicePermissionHandler({ deviceType, origin }) : true;
  }

  /** Test helper: whether the network layer lets a request for `url` go ahead. */
  request(url: string): Promise<'sent' | 'cancelled'> {
    const listener = this.webRequest.beforeRequest;
    if (!listener) return Promise.resolve('sent');
    return new Promise((resolve) => listener({ url }, ({ cancel }) => resolve(cancel ? 'cancelled' : 'sent')));
  }

  /** Test helper: the page starts a download; true when it would be saved. */
  download(): boolean {
    const event = new FakeEvent();
    this.emit('will-download', event, {}, null);
    return !event.defaultPrevented;
  }
}

export const session = { defaultSession: new Session() };

export interface IpcInvokeEvent {
  sender: WebContents;
  senderFrame: WebFrameMain | null;
}

type InvokeHandler = (event: IpcInvokeEvent, ...args: unknown[]) => unknown;

class IpcMain extends Emitter {
  readonly handlers = new Map<string, InvokeHandler>();

  handle(channel: string, handler: InvokeHandler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /** Test helper: what ipcRenderer.invoke(channel, ...args) in `senderFrame` resolves to. */
  async invokeFrom(sender: WebContents, senderFrame: WebFrameMain | null, channel: string, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler({ sender, senderFrame }, ...args);
  }
}

export const ipcMain = new IpcMain();

export const powerMonitor = new Emitter();

interface SaveDialogOptions {
  title?: string;
  defaultPath?: string;
  filters?: { name: string; extensions: string[] }[];
}

class Dialog {
  readonly saveRequests: { parent: BrowserWindow | null; options: SaveDialogOptions }[] = [];
  /** Test control: the path the person picks, or null for Cancel. */
  nextSavePath: string | null = null;

  async showSaveDialog(
    parentOrOptions: BrowserWindow | SaveDialogOptions,
    maybeOptions?: SaveDialogOptions,
  ): Promise<{ canceled: boolean; filePath: string }> {
    const parent = parentOrOptions instanceof BrowserWindow ? parentOrOptions : null;
    this.saveRequests.push({ parent, options: (maybeOptions ?? parentOrOptions) as SaveDialogOptions });
    return this.nextSavePath ? { canceled: false, filePath: this.nextSavePath } : { canceled: true, filePath: '' };
  }
}

export const dialog = new Dialog();

class ContextBridge {
  readonly exposed: Record<string, unknown> = {};

  exposeInMainWorld(key: string, api: unknown): void {
    if (Object.hasOwn(this.exposed, key)) throw new Error(`Cannot bind an API on top of an existing property on the window object`);
    this.exposed[key] = api;
  }
}

export const contextBridge = new ContextBridge();

class IpcRenderer extends Emitter {
  readonly invocations: unknown[][] = [];
  /** Test control: what the main process answers to invoke(). */
  reply: unknown = { ok: true, value: null };

  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push([channel, ...args]);
    return Promise.resolve(this.reply);
  }

  /** Test helper: the main process sends `payload` on `channel`, as webContents.send does. */
  receive(channel: string, payload: unknown): void {
    this.emit(channel, { sender: this, senderId: 0, ports: [] }, payload);
  }
}

export const ipcRenderer = new IpcRenderer();
