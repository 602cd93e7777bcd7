import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { ConsoleErrors, launchBrowser, newContext } from './harness.ts';

/**
 * The auth routes only trust pages from PUBLIC_URL's origin. The server runs with PUBLIC_URL at
 * 127.0.0.1; someone who opens it at localhost (the same server) must be told where accounts
 * work, not be left with "try again in a moment".
 */

const origin = inject('origin');
const elsewhere = origin.replace('//127.0.0.1:', '//localhost:');
// The refused sign-in is the point here; Chromium logs it as a failed resource load.
const errors = new ConsoleErrors((text) => /status of 403/.test(text));
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser, errors);
});

afterAll(async () => {
  await browser?.close();
});

test('a sign-in page opened at another address says where accounts work, and links there', async () => {
  expect(elsewhere).not.toBe(origin);
  const page = await context.newPage();
  await page.goto(`${elsewhere}/sign-in?returnTo=%2F`);
  const notice = page.getByRole('status').filter({ hasText: 'PUBLIC_URL' });
  await notice.waitFor();
  expect(await notice.textContent()).toContain(origin);

  // Trying anyway: the refusal is explained, with the address to use.
  await page.getByLabel('Email').fill('someone@example.com');
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const alert = page.getByRole('alert').filter({ hasText: origin });
  await alert.waitFor();
  expect(await alert.textContent()).toContain(`open ${origin}`);

  // The link opens the same page at the public address, where the notice is gone.
  await notice.getByRole('link', { name: 'Sign in there' }).click();
  await page.waitForURL(`${origin}/sign-in?returnTo=%2F`);
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  expect(await page.getByText('PUBLIC_URL').count()).toBe(0);
  expect(errors.messages).toEqual([]);
});
