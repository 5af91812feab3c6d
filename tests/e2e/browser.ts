import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

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
