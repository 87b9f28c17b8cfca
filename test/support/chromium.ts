// Headless Chromium for the tests that look at a page: open an HTML file, see what the page logged and
// asked the network for, take a screenshot, print it to PDF. Chromium is driven over the DevTools
// protocol on a pipe (--remote-debugging-pipe: JSON messages separated by NUL on file descriptors 3
// and 4), so no package, port or WebSocket is needed; one Chromium serves several pages (each a tab of
// its own: Chromium.newPage). CI installs Chromium (`apt-get install chromium`, see .ci/run); without
// it, `chromiumPath()` is null and a test skips itself.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';

/** The flags every run uses: no first-run UI, no background traffic, no GPU, no sandbox (CI is root). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--hide-scrollbars',
  '--mute-audio',
] as const;

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** `CHROMIUM` from the environment, else the first of the usual paths that exists; null without one. */
export function chromiumPath(): string | null {
  const own = process.env['CHROMIUM'];
  for (const path of own ? [own] : CANDIDATES) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // not there
    }
  }
  return null;
}

export interface ConsoleEntry {
  /** `log`, `warning`, `error`, … (console API) or a log entry's level (`error` for a CSP violation) */
  level: string;
  text: string;
  /** `console` (the page called console.*), `exception` (uncaught), or a log source (`security`, `network`, …) */
  source: string;
}

export interface PageOptions {
  /** the viewport in CSS pixels (default 1280 × 800) */
  width?: number;
  height?: number;
  /** milliseconds for the whole visit (default 60 s) */
  timeout?: number;
  /** no network at all, as on a machine that is offline (DevTools' network emulation) */
  offline?: boolean;
}

export interface PdfOptions {
  /** inches; default A4 portrait (8.27 × 11.69) unless the page's @page size is preferred */
  paperWidth?: number;
  paperHeight?: number;
  landscape?: boolean;
  /** use the page's CSS @page size (default true) */
  preferCSSPageSize?: boolean;
  /**
   * a tagged PDF, with its structure tree for assistive tools (default false: the pages, their text and
   * their look are the same, and Chromium spends about 6 s of CPU less on the sample set's 61 pages)
   */
  tagged?: boolean;
}

interface Pending {
  resolve(value: Record<string, unknown>): void;
  reject(error: Error): void;
}

type Listener = (params: Record<string, unknown>) => void;

/**
 * One Chromium process, driven over the DevTools pipe: a test file that looks at several pages launches
 * it once and opens each page in it (`newPage`), as a fresh tab with its own console, requests and
 * viewport; `ChromiumPage.launch` is the one-page short cut.
 */
export class Chromium {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** listeners by session ('' for the browser's own) and method */
  private readonly listeners = new Map<string, Listener[]>();
  private buffer = '';
  private stderr = '';
  private exited: Error | null = null;
  private pages = 0;

  private constructor(
    private readonly child: ChildProcess,
    /** the profile folder, removed on close */
    readonly profile: string,
  ) {
    const output = child.stdio[4] as Readable;
    output.setEncoding('utf8');
    output.on('data', (chunk: string) => this.receive(chunk));
    (child.stderr as Readable).setEncoding('utf8');
    (child.stderr as Readable).on('data', (chunk: string) => {
      this.stderr = (this.stderr + chunk).slice(-4000);
    });
    child.on('exit', (code, signal) => {
      this.exited = new Error(`chromium exited (${signal ?? code}); its last words: ${this.stderr.slice(-1500)}`);
      for (const p of this.pending.values()) p.reject(this.exited);
      this.pending.clear();
    });
  }

  /** Starts Chromium with a fresh profile. */
  static async launch(): Promise<Chromium> {
    const binary = chromiumPath();
    if (!binary) throw new Error('no Chromium: apt-get install chromium (or set CHROMIUM)');
    const profile = await mkdtemp(join(tmpdir(), 'care-check-chromium-'));
    const child = spawn(binary, [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, '--remote-debugging-pipe', 'about:blank'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    });
    return new Chromium(child, profile);
  }

  /** Opens a blank page (a new tab) in this browser. */
  async newPage(options: PageOptions = {}): Promise<ChromiumPage> {
    const page = new ChromiumPage(this, options.timeout ?? 60_000, `page-${++this.pages}`);
    await page.attach(options);
    return page;
  }

  /** Ends Chromium and removes its profile. */
  async close(): Promise<void> {
    if (!this.exited) {
      const exit = new Promise((resolve) => this.child.once('exit', resolve));
      this.send('Browser.close', {}, '', 60_000).catch(() => undefined);
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
      await exit;
      clearTimeout(timer);
    }
    await rm(this.profile, { recursive: true, force: true });
  }

  /** A DevTools call, to the browser (`sessionId` '') or to a page's session. */
  send(method: string, params: Record<string, unknown>, sessionId: string, timeout: number): Promise<Record<string, unknown>> {
    if (this.exited) return Promise.reject(this.exited);
    const id = this.nextId++;
    const message: Record<string, unknown> = { id, method, params };
    if (sessionId !== '') message['sessionId'] = sessionId;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`chromium: no answer to ${method} in ${timeout} ms`));
      }, timeout);
      this.pending.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      (this.child.stdio[3] as Writable).write(`${JSON.stringify(message)}\0`);
    });
  }

  on(sessionId: string, method: string, listener: Listener): void {
    const key = `${sessionId} ${method}`;
    this.listeners.set(key, [...(this.listeners.get(key) ?? []), listener]);
  }

  off(sessionId: string, method: string, listener: Listener): void {
    const key = `${sessionId} ${method}`;
    this.listeners.set(key, (this.listeners.get(key) ?? []).filter((l) => l !== listener));
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf('\0')) >= 0) {
      const text = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 1);
      const message = JSON.parse(text) as {
        id?: number;
        result?: Record<string, unknown>;
        error?: { message: string };
        method?: string;
        params?: Record<string, unknown>;
        sessionId?: string;
      };
      if (message.id !== undefined) {
        const pending = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.error) pending?.reject(new Error(`chromium: ${message.error.message}`));
        else pending?.resolve(message.result ?? {});
      } else if (message.method) {
        for (const listener of this.listeners.get(`${message.sessionId ?? ''} ${message.method}`) ?? []) listener(message.params ?? {});
      }
    }
  }
}

/** One page (a tab) of a Chromium, with what it logged and asked the network for. */
export class ChromiumPage {
  /** every console call, uncaught exception and log entry (CSP violations among them), in order */
  readonly console: ConsoleEntry[] = [];
  /** every URL the page asked for after the page itself (a request its policy then refused among them) */
  readonly requests: string[] = [];
  /** the requests Chromium refused before they left the page, with why (`csp`, `mixed-content`, …) */
  readonly blocked: { url: string; reason: string }[] = [];
  private readonly requestUrls = new Map<string, string>();

  private sessionId = '';
  private targetId = '';
  private pageUrl = '';
  /** the browser this page launched for itself alone (ChromiumPage.launch), ended with the page */
  private own = false;

  constructor(
    private readonly browser: Chromium,
    private readonly timeout: number,
    /** a name for the files this page writes into the profile (setContent) */
    private readonly name: string,
  ) {}

  /** Starts a Chromium of its own with a fresh profile and opens a blank page in it; close() ends both. */
  static async launch(options: PageOptions = {}): Promise<ChromiumPage> {
    const browser = await Chromium.launch();
    try {
      const page = await browser.newPage(options);
      page.own = true;
      return page;
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  /** @internal opens the tab and starts listening (Chromium.newPage) */
  async attach(options: PageOptions): Promise<void> {
    const { targetId } = (await this.send('Target.createTarget', { url: 'about:blank' }, false)) as { targetId: string };
    this.targetId = targetId;
    const { sessionId } = (await this.send('Target.attachToTarget', { targetId, flatten: true }, false)) as { sessionId: string };
    this.sessionId = sessionId;
    this.on('Runtime.consoleAPICalled', (p) => {
      const args = (p['args'] as { value?: unknown; description?: string; type: string }[]) ?? [];
      const text = args.map((a) => (a.value !== undefined ? String(a.value) : (a.description ?? a.type))).join(' ');
      this.console.push({ level: String(p['type']), text, source: 'console' });
    });
    this.on('Runtime.exceptionThrown', (p) => {
      const details = p['exceptionDetails'] as { text?: string; exception?: { description?: string } };
      this.console.push({ level: 'error', text: details.exception?.description ?? details.text ?? 'exception', source: 'exception' });
    });
    this.on('Log.entryAdded', (p) => {
      const entry = p['entry'] as { level: string; text: string; source: string; url?: string };
      this.console.push({ level: entry.level, text: entry.url ? `${entry.text} (${entry.url})` : entry.text, source: entry.source });
    });
    this.on('Network.requestWillBeSent', (p) => {
      const url = String((p['request'] as { url: string }).url);
      this.requestUrls.set(String(p['requestId']), url);
      if (url !== this.pageUrl) this.requests.push(url);
    });
    this.on('Network.loadingFailed', (p) => {
      const reason = p['blockedReason'];
      if (reason) this.blocked.push({ url: this.requestUrls.get(String(p['requestId'])) ?? '?', reason: String(reason) });
    });
    await Promise.all([this.send('Page.enable', {}), this.send('Runtime.enable', {}), this.send('Log.enable', {}), this.send('Network.enable', {})]);
    if (options.offline) {
      await this.send('Network.emulateNetworkConditions', { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    }
    await this.send('Emulation.setDeviceMetricsOverride', {
      width: options.width ?? 1280,
      height: options.height ?? 800,
      deviceScaleFactor: 1,
      mobile: false,
    });
  }

  /** Opens a file and waits for its load event (and two frames, so that layout and paint are done). */
  async goto(file: string): Promise<void> {
    this.pageUrl = pathToFileURL(file).href;
    const loaded = this.once('Page.loadEventFired');
    const result = (await this.send('Page.navigate', { url: this.pageUrl })) as { errorText?: string };
    if (result.errorText) throw new Error(`chromium could not open ${file}: ${result.errorText}`);
    await loaded;
    await this.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))');
  }

  /** Writes `html` to a file in the profile folder and opens it. */
  async setContent(html: string, name = 'page.html'): Promise<string> {
    const file = join(this.browser.profile, `${this.name}-${name}`);
    await writeFile(file, html);
    await this.goto(file);
    return file;
  }

  /** The value of a JavaScript expression in the page (awaited when it is a promise). */
  async evaluate(expression: string): Promise<unknown> {
    const result = (await this.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })) as {
      result: { value?: unknown };
      exceptionDetails?: { text: string };
    };
    if (result.exceptionDetails) throw new Error(`page threw: ${result.exceptionDetails.text}`);
    return result.result.value;
  }

  /**
   * A PNG of the whole page (beyond the viewport), or of the part of it `clip` names in CSS pixels of the
   * document, written to `path`.
   */
  async screenshot(path: string, clip?: { x: number; y: number; width: number; height: number }): Promise<Buffer> {
    const size =
      clip ??
      ((await this.evaluate(
        '({ x: 0, y: 0, width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight })',
      )) as { x: number; y: number; width: number; height: number });
    // optimizeForSpeed: a quicker zlib level, the same (lossless) pixels
    const { data } = (await this.send('Page.captureScreenshot', {
      format: 'png',
      optimizeForSpeed: true,
      captureBeyondViewport: true,
      clip: { x: size.x, y: size.y, width: size.width, height: size.height, scale: 1 },
    })) as { data: string };
    const png = Buffer.from(data, 'base64');
    await writeFile(path, png);
    return png;
  }

  /** The page printed to PDF, as the browser's "print to PDF" does (backgrounds printed). */
  async pdf(options: PdfOptions = {}): Promise<Buffer> {
    const { data } = (await this.send('Page.printToPDF', {
      printBackground: true,
      preferCSSPageSize: options.preferCSSPageSize ?? true,
      paperWidth: options.paperWidth ?? 8.27,
      paperHeight: options.paperHeight ?? 11.69,
      landscape: options.landscape ?? false,
      generateTaggedPDF: options.tagged ?? false,
    })) as { data: string };
    return Buffer.from(data, 'base64');
  }

  /** Closes the tab; a page launched on its own (ChromiumPage.launch) ends its Chromium too. */
  async close(): Promise<void> {
    if (this.own) {
      await this.browser.close();
      return;
    }
    if (this.targetId !== '') await this.send('Target.closeTarget', { targetId: this.targetId }, false).catch(() => undefined);
  }

  // ---------------------------------------------------------------- the protocol

  private send(method: string, params: Record<string, unknown> = {}, inPage = true): Promise<Record<string, unknown>> {
    return this.browser.send(method, params, inPage ? this.sessionId : '', this.timeout);
  }

  private on(method: string, listener: Listener): void {
    this.browser.on(this.sessionId, method, listener);
  }

  private once(method: string): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`chromium: no ${method} in ${this.timeout} ms`)), this.timeout);
      const listener: Listener = (params) => {
        clearTimeout(timer);
        this.browser.off(this.sessionId, method, listener);
        resolve(params);
      };
      this.on(method, listener);
    });
  }
}

/** Opens a page, hands it to `use`, and always closes Chromium. */
export async function withChromium<T>(options: PageOptions, use: (page: ChromiumPage) => Promise<T>): Promise<T> {
  const page = await ChromiumPage.launch(options);
  try {
    return await use(page);
  } finally {
    await page.close();
  }
}
