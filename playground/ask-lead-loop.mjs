// "Ask a practice lead" once round through the Microsoft 365 Agents Playground: a question asked in the personal
// chat is posted to the practice leads' channel, taken and answered there, and the answer arrives in the personal
// chat as a message the bot starts itself.
//
// It starts nothing: it expects the playground at PLAYGROUND_URL with the bot behind it, the bot started with
// EXPERTS_CHANNEL_ID set to one of the playground's channels (scripts/playground-smoke.sh does all of that and runs
// this after smoke.mjs). Card buttons are pressed the way the playground's UI presses them: POST
// /_conversation/v1/submit with the action's data plus the card's input values (see playground/README.md).
//
// Usage: node playground/ask-lead-loop.mjs
// Environment:
//   PLAYGROUND_URL      where the playground listens (default http://127.0.0.1:56150)
//   EXPERTS_CHANNEL_ID  the channel the bot posts questions to (default: the playground's General channel, team-id)
//   LEAD_USER_ID        who takes and answers the question in the channel (default: the current user, user-id-0)
//   SECOND_USER_ID      who tries to take it after that and must be told it is taken (default user-id-1; "" skips)
//   REPLY_TIMEOUT_MS    how long to wait for each reply (default 20000)
//   SCREENSHOT          a .png path: a screenshot of the channel at the end, with PLAYWRIGHT_CORE (an installed
//                       playwright-core, see scripts/playground-screenshot.mjs) and CHROMIUM_PATH (/usr/bin/chromium)

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  PLAYGROUND_URL, REPLY_TIMEOUT_MS, ask, cardElements, check, closeStreams, connect, conversationStream, fromBot, install,
  is2xx, logStream, postJson, runSteps, sleep, summary, texts, toBot,
} from './lib.mjs';

const QUESTION = 'How do I run a restorative circle with a team that is new to it?';
const NOTE = 'planning our first one';
const ANSWER = 'Start with a low-risk check-in round and agree the ground rules together.';
const SENT = 'Sent to the practice leads';
const CLAIM_TITLE = "I'll take this";
const TAKEN_BY = 'Taken by';
const ANSWERED_BY = 'Answered by';
const ANSWER_ARRIVED = 'A practice lead answered your question';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// ---------------------------------------------------------------------------------------------- the run

let personalChatId;
let meId;
let botId;
let channelId;
let lead;
let second;
let users;

// What each step leaves for the next.
const state = {};

const allText = (message) => texts(message).join('\n');
const submitActions = (message) => cardElements(message, 'Action.Submit');
const inputIds = (message) => cardElements(message, 'Input.Text').map((input) => input.id);
const submitWith = (message, action) => submitActions(message).find((a) => a.data?.action === action);

/** Conversation frames: a message the bot shows in `conversationId`, new (createMessage) or updated (updateMessage). */
/** The first frame after the mark that the matcher accepts, within the reply timeout; `what` names it on failure. */
const appears = (mark, matcher, what) => conversationStream.waitFor(mark, matcher, REPLY_TIMEOUT_MS, what);

const shown = (conversationId, actions, match) => (frame) =>
  actions.includes(frame.action) && frame.actionConversationId === conversationId
    && frame.message?.from?.id === botId && match(frame.message) ? frame.message : undefined;

/**
 * Presses an Action.Submit as the UI does, and waits for the bot to receive it. `conversationId` is the conversation
 * holding the card: the personal chat, or for a channel post `{channel};messageid={post}`.
 */
async function press({ conversationId, messageId, action, inputs = {}, userId }) {
  const logMark = logStream.mark();
  const value = { ...action.data, ...inputs };
  const submitted = await postJson('/_conversation/v1/submit', {
    conversation: { id: conversationId },
    replyToId: messageId,
    value,
    from: { id: userId },
  });
  check(submitted.status === 200, `POST submit answered ${submitted.status} ${submitted.text}`);
  const incoming = await logStream.waitFor(
    logMark,
    (frame) => {
      const log = toBot(frame);
      const body = log?.request?.body;
      return log && body?.type === 'message' && body.replyToId === messageId
        && JSON.stringify(body.value) === JSON.stringify(value) ? log : undefined;
    },
    REPLY_TIMEOUT_MS,
    `delivery of "${action.title}" to the bot`,
  );
  const botStatus = incoming.response?.statusCode;
  check(is2xx(botStatus), `the bot answered "${action.title}" with HTTP ${botStatus}: ${JSON.stringify(incoming.response?.body)}`);
  return botStatus;
}

/** Every call the bot made to the playground since `mark` was answered 2xx; what they were, for the step's line. */
async function botCallsSince(mark) {
  await sleep(300); // the log frame of a call can arrive just after the chat frame it caused
  const calls = logStream.since(mark).map(fromBot).filter(Boolean);
  const refused = calls.filter((log) => !is2xx(log.response?.statusCode));
  check(refused.length === 0, `the playground refused the bot: ${refused.map((log) =>
    `${log.response?.statusCode} ${JSON.stringify(log.response?.body)} for ${JSON.stringify(log.request?.body).slice(0, 200)}`)
    .join('; ')}`);
  return calls.map((log) => log.response.statusCode).join(',');
}

const steps = [];
function step(name, run, { aside = false } = {}) {
  steps.push({ name, run, aside });
}

step('install in the practice leads\' channel', async () => {
  const { logMark, accepted } = await install(channelId);
  await botCallsSince(logMark);
  return `channel ${channelId}: ${accepted}`;
});

step('"ask a practice lead" in the personal chat gives the form', async () => {
  const logMark = logStream.mark();
  const { botStatus, reply } = await ask({ conversationId: personalChatId, userId: meId, botId }, 'ask a practice lead');
  const send = submitWith(reply, 'lead-send');
  const inputs = inputIds(reply);
  check(send && inputs.includes('question') && inputs.includes('note'),
    `expected a card with inputs question and note and a lead-send button; got inputs [${inputs}], buttons `
    + `${JSON.stringify(submitActions(reply).map((a) => a.data))}: "${summary(reply)}"`);
  state.form = { messageId: reply.messageId, send };
  await botCallsSince(logMark);
  return `bot ${botStatus}: "${summary(reply)}", inputs [${inputs}], button "${send.title}"`;
});

step('the form sent: the confirmation in the personal chat', async () => {
  const logMark = logStream.mark();
  const conversationMark = conversationStream.mark();
  state.sentMarks = { logMark, conversationMark };
  const botStatus = await press({
    conversationId: personalChatId,
    messageId: state.form.messageId,
    action: state.form.send,
    inputs: { question: QUESTION, note: NOTE },
    userId: meId,
  });
  const confirmation = await appears(conversationMark,
    shown(personalChatId, ['createMessage', 'updateMessage'], (message) => allText(message).includes(SENT)),
    `"${SENT}" in the personal chat`);
  return `bot ${botStatus}: "${summary(confirmation)}"`;
});

step('the question posted in the channel with "I\'ll take this"', async () => {
  const { logMark, conversationMark } = state.sentMarks;
  const card = await appears(conversationMark,
    shown(channelId, ['createMessage'], (message) => allText(message).includes(QUESTION)),
    `the question card in the channel ${channelId}`);
  const claim = submitWith(card, 'lead-claim');
  check(claim && claim.title === CLAIM_TITLE && UUID.test(claim.data.id ?? ''),
    `expected a button "${CLAIM_TITLE}" with data {action: lead-claim, id: <uuid>}; got `
    + `${JSON.stringify(submitActions(card).map((a) => ({ title: a.title, data: a.data })))}`);
  check(allText(card).includes(NOTE), `the channel card does not show the note "${NOTE}": "${allText(card)}"`);
  check(!JSON.stringify(card).includes(users.get(meId)), `the channel card names the asker (${users.get(meId)})`);
  state.card = {
    messageId: card.messageId,
    postConversationId: card.postConversationId ?? `${channelId};messageid=${card.messageId}`,
    claim,
    questionId: claim.data.id,
  };
  const calls = await botCallsSince(logMark);
  // A new post, sent to the channel itself: not as a reply to some activity (in Teams that would be a thread reply).
  const posted = logStream.since(logMark).map(fromBot).find((log) => log?.messageId === card.messageId);
  check(!posted?.request?.body?.replyToId,
    `the question was sent as a reply to ${posted?.request?.body?.replyToId}, not as a new post`);
  return `post ${card.messageId}, question ${claim.data.id}: "${summary(card)}" (bot's calls answered ${calls})`;
});

/** An update of the channel card, as the channel shows it. */
const cardUpdate = (match) => (frame) =>
  frame.action === 'updateMessage' && frame.actionConversationId === channelId
    && frame.message?.messageId === state.card.messageId && match(frame.message) ? frame.message : undefined;

step(`"I'll take this" pressed: the card shows "Taken by" and an answer box`, async () => {
  const logMark = logStream.mark();
  const conversationMark = conversationStream.mark();
  const botStatus = await press({
    conversationId: state.card.postConversationId,
    messageId: state.card.messageId,
    action: state.card.claim,
    userId: lead,
  });
  const updated = await appears(conversationMark,
    cardUpdate((message) => allText(message).includes(TAKEN_BY)),
    `"${TAKEN_BY}" on the channel card`);
  const reply = submitWith(updated, 'lead-reply');
  check(inputIds(updated).includes('answer') && reply?.data?.id === state.card.questionId,
    `expected an input "answer" and a lead-reply button for ${state.card.questionId}; got inputs `
    + `[${inputIds(updated)}], buttons ${JSON.stringify(submitActions(updated).map((a) => a.data))}`);
  check(allText(updated).includes(`${TAKEN_BY} ${users.get(lead)}`),
    `the card does not say "${TAKEN_BY} ${users.get(lead)}": "${allText(updated)}"`);
  state.card.reply = reply;
  const calls = await botCallsSince(logMark);
  return `as ${users.get(lead)}, bot ${botStatus}, card updated (update answered ${calls}): `
    + `"${texts(updated).find((text) => text.includes(TAKEN_BY))}"`;
});

step('a second person pressing "I\'ll take this" is told it is taken', async () => {
  if (!second) return 'skipped (SECOND_USER_ID is empty)';
  const logMark = logStream.mark();
  const conversationMark = conversationStream.mark();
  const botStatus = await press({
    conversationId: state.card.postConversationId,
    messageId: state.card.messageId,
    action: state.card.claim,
    userId: second,
  });
  // The bot answers in the post's thread.
  const answer = await appears(conversationMark,
    (frame) => frame.action === 'createMessage' && frame.actionConversationId?.startsWith(channelId)
      && frame.message?.from?.id === botId ? frame.message : undefined,
    'an answer to the second press');
  check(/already taken/.test(allText(answer)), `expected "already taken", the bot said: "${summary(answer)}"`);
  check(!conversationStream.since(conversationMark).some(cardUpdate((message) => !allText(message).includes(
    `${TAKEN_BY} ${users.get(lead)}`))), 'the second press changed who the card says took the question');
  await botCallsSince(logMark);
  return `as ${users.get(second)}, bot ${botStatus}: "${summary(answer)}"`;
}, { aside: true });

step('the answer sent: the card shows "Answered by"', async () => {
  const logMark = logStream.mark();
  const conversationMark = conversationStream.mark();
  state.answerMarks = { logMark, conversationMark };
  const botStatus = await press({
    conversationId: state.card.postConversationId,
    messageId: state.card.messageId,
    action: state.card.reply,
    inputs: { answer: ANSWER },
    userId: lead,
  });
  const updated = await appears(conversationMark,
    cardUpdate((message) => allText(message).includes(ANSWERED_BY)),
    `"${ANSWERED_BY}" on the channel card`);
  check(allText(updated).includes(ANSWER), `the answered card does not show the answer: "${allText(updated)}"`);
  check(submitActions(updated).every((a) => !['lead-claim', 'lead-reply'].includes(a.data?.action)),
    'the answered card still has a claim or reply button');
  return `bot ${botStatus}: "${texts(updated).find((text) => text.includes(ANSWERED_BY))}"`;
});

step('the answer arrives in the personal chat as a new message', async () => {
  const { logMark, conversationMark } = state.answerMarks;
  const delivered = await appears(conversationMark,
    shown(personalChatId, ['createMessage'], (message) => allText(message).includes(ANSWER_ARRIVED)),
    `"${ANSWER_ARRIVED}" in the personal chat`);
  check(allText(delivered).includes(ANSWER), `the message does not hold the answer: "${allText(delivered)}"`);
  const calls = await botCallsSince(logMark);
  return `message ${delivered.messageId}: "${summary(delivered)}" (bot's calls answered ${calls})`;
});

/**
 * The web UI in headless Chromium, opened on the channel before the steps (the UI shows only what arrives while
 * it is open), for a screenshot of the channel at the end. Needs PLAYWRIGHT_CORE pointing at an installed
 * playwright-core (as for scripts/playground-screenshot.mjs); optional, and never fails the run. Opening the UI
 * makes the Playground install the bot in the personal chat and, on selecting the channel, in the channel.
 */
async function openChannelView(channelName) {
  if (!process.env.PLAYWRIGHT_CORE) {
    console.log('(no screenshot: set PLAYWRIGHT_CORE to an installed playwright-core)');
    return undefined;
  }
  const entry = fs.existsSync(path.join(process.env.PLAYWRIGHT_CORE, 'index.mjs'))
    ? path.join(process.env.PLAYWRIGHT_CORE, 'index.mjs') : process.env.PLAYWRIGHT_CORE;
  const { chromium } = await import(pathToFileURL(path.resolve(entry)).href);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'playground-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 1100 },
  });
  const close = async () => {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(PLAYGROUND_URL, { waitUntil: 'networkidle' });
    await page.getByRole('treeitem', { name: channelName }).first().click({ timeout: 10000 });
    await sleep(2000); // let the installs the UI triggers finish before the first step's mark
    return {
      async screenshot(file) {
        try {
          await page.getByText(QUESTION).first().waitFor({ timeout: 10000 });
          await page.waitForTimeout(800); // let the cards finish laying out
          fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
          await page.screenshot({ path: file, fullPage: true });
          console.log(`(screenshot of the channel: ${file})`);
        } catch (error) {
          console.log(`(no screenshot: ${error.message.split('\n')[0]})`);
        } finally {
          await close();
        }
      },
    };
  } catch (error) {
    console.log(`(no screenshot: ${error.message.split('\n')[0]})`);
    await close();
    return undefined;
  }
}

async function main() {
  const config = await connect();
  if (!config) return 1;
  personalChatId = config.personalChat.id;
  meId = config.currentUser.id;
  botId = config.bot.id;
  users = new Map([config.currentUser, ...config.users].map((user) => [user.id, user.name]));
  const channelNames = new Map(config.teams.flatMap((team) => team.channels.map((channel) => [channel.id, channel.name])));
  const channels = [...channelNames.keys()];
  channelId = process.env.EXPERTS_CHANNEL_ID || channels[0];
  lead = process.env.LEAD_USER_ID || meId;
  second = process.env.SECOND_USER_ID ?? config.users.find((user) => user.id !== lead)?.id ?? '';
  if (!channels.includes(channelId)) {
    console.log(`FAIL EXPERTS_CHANNEL_ID=${channelId} is not one of the playground's channels (${channels.join(', ')})`);
    return 1;
  }
  for (const user of [lead, second].filter(Boolean)) {
    if (!users.has(user)) {
      console.log(`FAIL ${user} is not one of the playground's users (${[...users.keys()].join(', ')})`);
      return 1;
    }
  }
  console.log(`Playground ${PLAYGROUND_URL}, personal chat ${personalChatId} (${users.get(meId)}), channel ${channelId}, `
    + `lead ${users.get(lead)}${second ? `, second ${users.get(second)}` : ''}`);
  const view = process.env.SCREENSHOT ? await openChannelView(channelNames.get(channelId)) : undefined;
  const code = await runSteps(steps, { stopOnFailure: true });
  await view?.screenshot(process.env.SCREENSHOT);
  return code;
}

const exitCode = await main();
closeStreams();
process.exit(exitCode);
