import AxeBuilder from '@axe-core/playwright';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startSmtp, type FakeSmtp } from '../src/platform/server/mail/mail-testing.ts';

export interface RunningServer {
  url: string;
  /** The credentials printed at first start. */
  admin: { email: string; password: string };
  /** Demo logins by role, printed at first start (they share the admin's password). */
  logins: { role: string; email: string }[];
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

/**
 * Starts `grasrot serve` on an empty data directory, as a new user would with `npm start`,
 * and reads the demo credentials it prints.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'grasrot-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn('node', ['bin/grasrot.js', 'serve', '--no-build'], {
    env: {
      ...process.env,
      GRASROT_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
      GRASROT_ADMIN_EMAIL: '',
      GRASROT_ADMIN_PASSWORD: '',
      DATABASE_URL: '',
      SMTP_URL: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const deadline = Date.now() + 120_000;
  while (!/is running at/.test(output)) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${output}`);
    if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const email = /e-mail:\s+(\S+)/.exec(output)?.[1];
  const password = /password:\s+(\S+)/.exec(output)?.[1];
  if (!email || !password) throw new Error(`no credentials printed:\n${output}`);
  const logins = [...output.matchAll(/^\s+(organizer|coordinator|activist)\s+(\S+@\S+)$/gm)].map(
    (match) => ({ role: match[1]!, email: match[2]! }),
  );
  return {
    url,
    admin: { email, password },
    logins,
    async stop() {
      const exited = new Promise((resolve) =>
        child.exitCode !== null ? resolve(null) : child.once('exit', resolve),
      );
      const since = output.length;
      child.kill('SIGTERM');
      // A request that never ends holds a graceful shutdown forever: say so instead of hanging.
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
      rmSync(dataDir, { recursive: true, force: true });
      if (child.signalCode === 'SIGKILL') {
        mkdirSync('.tmp', { recursive: true });
        writeFileSync(`.tmp/e2e-server-${port}.log`, output);
        throw new Error(
          `server did not stop within 15 s (its output: .tmp/e2e-server-${port}.log):\n${output.slice(since)}`,
        );
      }
    },
  };
}

/**
 * Notes every Content-Security-Policy violation of the browser's pages in `violations`: the
 * app runs with its real policy in the journeys, and a page that breaks it fails them.
 */
export function watchPolicy(browser: Browser, violations: string[]): Browser {
  const watch = (page: Page) =>
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) {
        violations.push(`${page.url()}: ${message.text()}`);
      }
    });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args) => {
    const context = await newContext(...args);
    context.on('page', watch);
    return context;
  };
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (...args) => {
    const page = await newPage(...args);
    watch(page);
    return page;
  };
  return browser;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export const phone = { width: 390, height: 844 };
export const laptop = { width: 1366, height: 768 };

/** Fails on serious or critical accessibility violations of the page as it is now. */
export async function expectAccessible(page: Page) {
  // A dialog still fading in has see-through text, which axe would report as low contrast.
  // (Endless ones, such as a loading spinner, are not waited for.)
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' ||
          animation.effect?.getTiming().iterations === Infinity,
      ),
  );
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  // Each node with the start of its HTML: Mantine's class names alone do not say which it is.
  const summary = bad.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}`).join(', ')}`,
  );
  expect(summary, `accessibility on ${page.url()}`).toEqual([]);
}

/** Saves a screenshot under .tmp/screenshots for a person to look at. */
export async function screenshot(page: Page, name: string) {
  mkdirSync('.tmp/screenshots', { recursive: true });
  // From the top: a full-page shot of a scrolled page paints the sticky header mid-page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `.tmp/screenshots/${name}.png`, fullPage: true });
}

/** Logs in through the login page. */
export async function logIn(page: Page, url: string, email: string, password: string) {
  await page.goto(`${url}/login`);
  await page.getByLabel(/e-post|e-mail/i).fill(email);
  await page
    .getByLabel(/lösenord|password/i)
    .first()
    .fill(password);
  await page.getByRole('button', { name: /logga in|log in/i }).click();
}

export interface Journey {
  server: RunningServer;
  browser: Browser;
  /** The mail server the app delivers to, when the journey asked for one. */
  smtp?: FakeSmtp;
  /** The policy violations of the test under way; any left after a test fail it. */
  violations: string[];
}

/**
 * Starts a fresh server and Chromium before the file's tests and stops both after; with
 * `smtp`, also a mail server the app delivers to (a recipient's personal links reach nobody
 * else). The returned object is filled in by the time the tests run.
 */
export function useJourney(options: { smtp?: boolean } = {}): Journey {
  const violations: string[] = [];
  const journey = { violations } as Journey;
  beforeAll(async () => {
    if (options.smtp) journey.smtp = await startSmtp();
    const env: Record<string, string> = journey.smtp ? { SMTP_URL: journey.smtp.url } : {};
    [journey.server, journey.browser] = await Promise.all([startServer(env), launchBrowser()]);
    watchPolicy(journey.browser, violations);
  });
  afterEach(() => {
    expect(violations.splice(0), 'Content-Security-Policy violations').toEqual([]);
  });
  afterAll(async () => {
    await journey.browser?.close();
    await journey.server?.stop();
    await journey.smtp?.close();
  });
  return journey;
}
