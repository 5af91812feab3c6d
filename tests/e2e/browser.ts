import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

export interface BrowserSession {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every request to another origin: the app must work offline, so this stays empty. */
  readonly foreignRequests: string[];
  readonly consoleErrors: string[];
  close(): Promise<void>;
}

const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function openBrowser(
  baseUrl: string,
  executablePath: string,
): Promise<BrowserSession> {
  const appOrigin = new URL(baseUrl).origin;
  const userDataDir = await mkdtemp(join(tmpdir(), 'e2e-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args,
    viewport: { width: 1280, height: 900 },
  });
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    // data: and blob: URLs never leave the machine.
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== appOrigin) foreignRequests.push(request.url());
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));

  return {
    context,
    page,
    foreignRequests,
    consoleErrors,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The offline proof, for an afterEach: no request left the origin and nothing was logged as an
 * error since the last check (`ignore` drops messages a test provokes on purpose, such as a 404).
 */
export function expectOfflineAndQuiet(session: BrowserSession | undefined, ignore?: RegExp): void {
  if (!session) return;
  const errors = session.consoleErrors.filter((message) => !ignore?.test(message));
  const foreign = [...session.foreignRequests];
  session.foreignRequests.length = 0;
  session.consoleErrors.length = 0;
  expect(foreign, 'requests outside the origin').toEqual([]);
  expect(errors, 'console errors').toEqual([]);
}

export interface SessionOptions {
  readonly viewport?: { readonly width: number; readonly height: number };
  /** Console errors the file's tests provoke on purpose; false: the file checks each test itself. */
  readonly ignoreErrors?: RegExp | false;
}

/**
 * One browser for a test file: opened before its tests, closed after them, and after each test the
 * offline proof. The object returned reads the open session, so tests use it like one.
 */
export function useBrowserSession(
  baseUrl: string,
  chromiumPath: string,
  options: SessionOptions = {},
): BrowserSession {
  let current: BrowserSession | undefined;
  const open = () => {
    if (!current) throw new Error('the browser is open only while the tests run');
    return current;
  };
  beforeAll(async () => {
    current = await openBrowser(baseUrl, chromiumPath);
    if (options.viewport) await current.page.setViewportSize(options.viewport);
  });
  const { ignoreErrors } = options;
  if (ignoreErrors !== false) afterEach(() => expectOfflineAndQuiet(current, ignoreErrors));
  afterAll(async () => {
    await current?.close();
  });
  return {
    get context() {
      return open().context;
    },
    get page() {
      return open().page;
    },
    get foreignRequests() {
      return open().foreignRequests;
    },
    get consoleErrors() {
      return open().consoleErrors;
    },
    close: () => open().close(),
  };
}
