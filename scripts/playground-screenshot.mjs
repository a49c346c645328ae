// Manual check of the Agents Playground web UI, as a person would use it: opens the chat in headless Chromium,
// asks a question, waits for RP Assistant's Adaptive Card and saves a screenshot.
//
// playwright-core is deliberately not a project dependency; install it anywhere outside the repository and
// point PLAYWRIGHT_CORE at it:
//   mkdir -p /tmp/pw && npm install --prefix /tmp/pw playwright-core
//   scripts/run-local.sh &          # or anything that serves the playground with the bot behind it
//   PLAYWRIGHT_CORE=/tmp/pw/node_modules/playwright-core node scripts/playground-screenshot.mjs
//
// Environment:
//   PLAYWRIGHT_CORE  path to an installed playwright-core package (required)
//   PLAYGROUND_URL   default http://127.0.0.1:56150
//   CHROMIUM_PATH    default /usr/bin/chromium (Debian: apt-get install chromium)
//   QUESTION         default "how do I book restorative practice training?"
//   EXPECT_TEXT      text the answer card must show (default childrenssocialworkacademy-mailbox@devon.gov.uk)
//   SCREENSHOT       default target/playground-answer.png
//   QUESTIONS        instead of QUESTION: several questions, one a line, asked in turn in the same chat; each
//                    reply's card text is printed and screenshotted to SCREENSHOT with -1, -2, ... before .png
//   NOT_HELPFUL      with QUESTIONS: numbers of the questions (1, 2, ...) whose answer gets "Not helpful", with
//                    NOT_HELPFUL_REASON (default "it didn't say how to do it with a family") typed as the reason

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const PLAYWRIGHT_CORE = process.env.PLAYWRIGHT_CORE;
const PLAYGROUND_URL = process.env.PLAYGROUND_URL || 'http://127.0.0.1:56150';
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const QUESTION = process.env.QUESTION || 'how do I book restorative practice training?';
const EXPECT_TEXT = process.env.EXPECT_TEXT || 'childrenssocialworkacademy-mailbox@devon.gov.uk';
const SCREENSHOT = path.resolve(process.env.SCREENSHOT || 'target/playground-answer.png');
const QUESTIONS = (process.env.QUESTIONS || '').split('\n').map((q) => q.trim()).filter((q) => q.length > 0);
const NOT_HELPFUL = (process.env.NOT_HELPFUL || '').split(',').map((n) => Number(n.trim())).filter((n) => n > 0);
const NOT_HELPFUL_REASON = process.env.NOT_HELPFUL_REASON || "it didn't say how to do it with a family";
const TIMEOUT_MS = 20000;

if (!PLAYWRIGHT_CORE) {
  console.error('Set PLAYWRIGHT_CORE to an installed playwright-core, e.g. /tmp/pw/node_modules/playwright-core');
  process.exit(2);
}
const entry = fs.existsSync(path.join(PLAYWRIGHT_CORE, 'index.mjs'))
  ? path.join(PLAYWRIGHT_CORE, 'index.mjs')
  : PLAYWRIGHT_CORE;
const { chromium } = await import(pathToFileURL(path.resolve(entry)).href);

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'playground-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1400, height: 900 },
});
let exitCode = 0;
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(PLAYGROUND_URL, { waitUntil: 'networkidle' });
  // The playground opens in Personal Chat; select it anyway in case that changes.
  await page.getByRole('treeitem', { name: 'Personal Chat' }).click();
  const input = page.getByRole('textbox').last();
  if (QUESTIONS.length > 0) {
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    // The welcome card arrives as the chat opens; wait for it so that it is not taken for the first answer.
    await page.locator('.ac-adaptiveCard').first().waitFor({ timeout: TIMEOUT_MS }).catch(() => {});
    for (const [i, question] of QUESTIONS.entries()) {
      const cards = page.locator('.ac-adaptiveCard');
      const before = await cards.count();
      await input.click();
      await input.pressSequentially(question);
      await page.getByRole('button', { name: 'Send Message' }).click();
      await cards.nth(before).waitFor({ timeout: TIMEOUT_MS });
      await page.waitForTimeout(800); // let the card finish laying out
      const shot = SCREENSHOT.replace(/\.png$/, `-${i + 1}.png`);
      await cards.nth(before).scrollIntoViewIfNeeded();
      await page.screenshot({ path: shot });
      const text = (await cards.nth(before).innerText()).replace(/\s*\n\s*/g, ' | ');
      console.log(`${i + 1}. ${question}\n   ${text}\n   screenshot ${shot}`);
      const card = cards.nth(before);
      if (NOT_HELPFUL.includes(i + 1) && (await card.getByRole('button', { name: 'Not helpful' }).count()) === 0) {
        console.log('   (no "Not helpful" button on this reply, so no feedback given)');
      } else if (NOT_HELPFUL.includes(i + 1)) {
        await card.getByRole('button', { name: 'Not helpful' }).click();
        const reason = card.getByRole('textbox');
        await reason.waitFor({ timeout: TIMEOUT_MS });
        await reason.fill(NOT_HELPFUL_REASON);
        await card.getByRole('button', { name: 'Send' }).click();
        await card.getByText('Thanks').first().waitFor({ timeout: TIMEOUT_MS });
        console.log(`   marked not helpful: ${NOT_HELPFUL_REASON}`);
      }
    }
  } else {
    await input.click();
    await input.pressSequentially(QUESTION);
    await page.getByRole('button', { name: 'Send Message' }).click();
    await page.getByText(QUESTION).first().waitFor({ timeout: TIMEOUT_MS });
    await page.locator('.ac-adaptiveCard', { hasText: EXPECT_TEXT }).last().waitFor({ timeout: TIMEOUT_MS });
    await page.waitForTimeout(500); // let the card finish laying out
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    console.log(`PASS the answer card shows ${EXPECT_TEXT}; screenshot ${SCREENSHOT}`);
  }
} catch (error) {
  exitCode = 1;
  console.log(`FAIL ${error.message.split('\n')[0]}`);
  try {
    const pages = context.pages();
    if (pages.length) {
      fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      await pages[0].screenshot({ path: SCREENSHOT });
      console.log(`screenshot of the failure: ${SCREENSHOT}`);
    }
  } catch {
    // nothing more to show
  }
} finally {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
process.exit(exitCode);
