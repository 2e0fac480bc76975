import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { HubConfig } from '@hub/common';
import { startTestStack, type TestStack } from '../testing/test-stack';
import { findChromium } from './chromium';
import { CONSOLE_ROOT } from './console-build';

/**
 * What every browser test of the console shares: finding Chromium (skip outside CI when missing, fail in CI), a fresh
 * context per sign-in that records every answer, signing in with the development role picker, axe-core, screenshots.
 */
const browserPath = findChromium();
if (!browserPath.path) console.warn(`console browser tests skipped: ${browserPath.reason}`);
export const describeInBrowser = browserPath.path ? describe : describe.skip;

const launchBrowser = (): Promise<Browser> => chromium.launch({ executablePath: browserPath.path, headless: true, args: ['--no-sandbox'] });

/** The hub and the browser a console suite drives: there from its first test to its last. */
export interface ConsoleSuite {
  readonly hub: TestStack;
  readonly browser: Browser;
}

/**
 * Called inside a suite's describe: before its tests a fresh test stack (with the config `overrides` give, worked out
 * then: they may start what the stack must know of) and Chromium; after them the browser closed and the stack dropped.
 */
export function consoleSuite(overrides: () => Partial<HubConfig> | Promise<Partial<HubConfig>> = () => ({})): ConsoleSuite {
  let hub: TestStack | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    hub = await startTestStack(await overrides());
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.drop();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (!value) throw new Error(`the console suite's ${what} is there only while its tests run`);
    return value;
  };
  return {
    get hub() {
      return started(hub, 'hub');
    },
    get browser() {
      return started(browser, 'browser');
    },
  };
}

/** Screenshots of each screen visited, for docs/console/, when CONSOLE_SCREENSHOTS=1. */
const SCREENSHOTS = process.env.CONSOLE_SCREENSHOTS === '1' ? path.resolve(CONSOLE_ROOT, '../docs/console') : undefined;

/** Serious or critical accessibility violations axe-core finds on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

export async function screenshot(page: Page, name: string) {
  if (!SCREENSHOTS) return;
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

export interface ConsoleSession {
  context: BrowserContext;
  page: Page;
  /** The body of every answer the browser received so far (pages, scripts, GraphQL answers). */
  bodies: () => Promise<string[]>;
  /**
   * The hub's GraphQL answers only. A field name belongs here: the console's scripts may name an input field (the
   * registration form sends a new client's confidential address), which says nothing about what was read.
   */
  graphqlAnswers: () => Promise<string[]>;
  /** Script errors and Content-Security-Policy violations. */
  problems: string[];
}

/** A fresh browser context (nothing shared with another sign-in) recording the body of every answer from the hub. */
export async function openConsole(browser: Browser, hub: TestStack): Promise<ConsoleSession> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 700 }, locale: 'nl-NL' });
  const page = await context.newPage();
  const reads: { graphql: boolean; text: Promise<string> }[] = [];
  page.on('response', (response) => reads.push({ graphql: new URL(response.url()).pathname === '/graphql', text: response.text().catch(() => '') }));
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
  await page.goto(new URL('/console/', hub.gatewayUrl).href);
  return {
    context,
    page,
    bodies: () => Promise.all(reads.map((read) => read.text)),
    graphqlAnswers: () => Promise.all(reads.filter((read) => read.graphql).map((read) => read.text)),
    problems,
  };
}

/** Signs in with the development role picker (Dutch words: the console's default language). */
export async function signIn(page: Page, role: string) {
  await page.getByLabel('Rol').selectOption(role);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
}
