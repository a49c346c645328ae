// Smoke test for RP Assistant through the Microsoft 365 Agents Playground (the local Teams stand-in).
//
// It starts nothing: it expects the playground at PLAYGROUND_URL (default http://127.0.0.1:56150) with the
// bot behind it (scripts/playground-smoke.sh starts both). It drives the playground's own HTTP API, the one
// its web UI uses, and watches its two WebSockets (see lib.mjs).
//
// Usage: node playground/smoke.mjs
// Environment:
//   PLAYGROUND_URL               where the playground listens (default http://127.0.0.1:56150)
//   REPLY_TIMEOUT_MS             how long to wait for each reply (default 20000)
//   EXPECT_WELCOME_CARD=0        do not require an Adaptive Card welcome after install (required by default)
//   EXPECT_MESSAGING_EXTENSION=0 do not require the findResource search to answer 200 with results (required by default)
//                                (default: the bot's current answer, 501 Not Implemented, is accepted, as is 200)

import {
  ADAPTIVE_CARD, PLAYGROUND_URL, REPLY_TIMEOUT_MS, ask as askAs, check, closeStreams, connect, conversationStream, install,
  logStream, postJson, runSteps, summary, toBot,
} from './lib.mjs';

const EXPECT_WELCOME_CARD = process.env.EXPECT_WELCOME_CARD !== '0';
const EXPECT_MESSAGING_EXTENSION = process.env.EXPECT_MESSAGING_EXTENSION !== '0';
const WELCOME_WAIT_MS = EXPECT_WELCOME_CARD ? REPLY_TIMEOUT_MS : 5000;

const ACADEMY_EMAIL = 'childrenssocialworkacademy-mailbox@devon.gov.uk';
const NOT_KNOWN = "I don't know that one yet";
// What the bot answers today to a messaging-extension query, and what it must answer once it implements one.
const MESSAGING_EXTENSION_STATUSES = EXPECT_MESSAGING_EXTENSION ? [200] : [200, 501];

// ---------------------------------------------------------------------------------------------- the run

let config;
let personalChatId;
let meId;
let botId;

/** Conversation frames: a message the chat UI shows, sent by the bot in the personal chat. */
const botMessage = (frame) =>
  frame.action === 'createMessage' && frame.actionConversationId === personalChatId && frame.message?.from?.id === botId
    ? frame.message
    : undefined;

/** Sends a personal-chat message as the current user; the bot's first reply and its HTTP status (see lib.mjs). */
const ask = (text) => askAs({ conversationId: personalChatId, userId: meId, botId }, text);

const steps = [];
function step(name, run) {
  steps.push({ name, run });
}

step('install in personal chat', async () => {
  const conversationMark = conversationStream.mark();
  // The playground sends installationUpdate (action add) and conversationUpdate (membersAdded) to the bot.
  const { accepted } = await install(personalChatId);

  const welcome = await conversationStream
    .waitFor(conversationMark, botMessage, WELCOME_WAIT_MS, 'welcome message')
    .catch(() => undefined);
  if (!welcome) {
    check(!EXPECT_WELCOME_CARD, `bot accepted the install (${accepted}) but sent no welcome within ${WELCOME_WAIT_MS} ms`);
    return `bot accepted the install (${accepted}); no welcome message within ${WELCOME_WAIT_MS} ms`;
  }
  check(welcome.attachments?.some((a) => a.contentType === ADAPTIVE_CARD),
    `the welcome is not an Adaptive Card: ${JSON.stringify(welcome).slice(0, 300)}`);
  return `bot accepted the install (${accepted}); welcome card: "${summary(welcome)}"`;
});

step('training question answered with the Academy contact card', async () => {
  const started = Date.now();
  const { botStatus, reply } = await ask('how do I book restorative practice training?');
  const elapsed = Date.now() - started;
  check(reply.attachments?.some((a) => a.contentType === ADAPTIVE_CARD),
    `the reply has no Adaptive Card: "${summary(reply)}"`);
  check(JSON.stringify(reply.attachments).includes(ACADEMY_EMAIL),
    `the card does not mention ${ACADEMY_EMAIL}: "${summary(reply)}"`);
  return `bot ${botStatus}, card in ${elapsed} ms: "${summary(reply)}"`;
});

step('off-topic question answered "I don\'t know that one yet"', async () => {
  const { botStatus, reply } = await ask('what is the capital of France');
  check(JSON.stringify(reply).includes(NOT_KNOWN), `expected "${NOT_KNOWN}", the bot replied: "${summary(reply)}"`);
  return `bot ${botStatus}: "${summary(reply)}"`;
});

step('messaging extension findResource "circles"', async () => {
  const logMark = logStream.mark();
  const invoked = await postJson('/_conversation/v1/invoke', {
    name: 'composeExtension/query',
    from: { id: meId },
    conversation: { id: personalChatId },
    value: {
      commandId: 'findResource',
      parameters: [{ name: 'query', value: 'circles' }],
      queryOptions: { skip: 0, count: 25 },
      commandContext: 'compose',
    },
  });
  // The playground answers 200 with {task, composeExtension} when the bot answered 2xx; otherwise 502 with
  // {code: "UserBotError", innerHttpError: {statusCode, body}}. The log stream has the bot's status either way.
  const log = await logStream
    .waitFor(
      logMark,
      (frame) => {
        const entry = toBot(frame);
        return entry && entry.activityName === 'invoke' && entry.request?.body?.name === 'composeExtension/query'
          ? entry : undefined;
      },
      REPLY_TIMEOUT_MS,
      'composeExtension/query delivered to the bot',
    )
    .catch(() => undefined);
  const botStatus = log?.response?.statusCode
    ?? invoked.json?.innerHttpError?.statusCode
    ?? (invoked.status === 200 ? 200 : undefined);
  const results = invoked.json?.composeExtension;
  const found = `playground ${invoked.status}, bot ${botStatus}`
    + (results ? `, composeExtension type ${results.type} with ${results.attachments?.length ?? 0} results` : '');
  check(MESSAGING_EXTENSION_STATUSES.includes(botStatus),
    `${found}; expected the bot to answer ${MESSAGING_EXTENSION_STATUSES.join(' or ')}`);
  if (EXPECT_MESSAGING_EXTENSION || botStatus === 200) {
    check(results?.type === 'result' && Array.isArray(results.attachments) && results.attachments.length > 0,
      `${found}; expected composeExtension results: ${invoked.text.slice(0, 300)}`);
  }
  return botStatus === 501
    ? `${found} (Not Implemented)`
    : found;
});

async function main() {
  config = await connect();
  if (!config) return 1;
  personalChatId = config.personalChat.id;
  meId = config.currentUser.id;
  botId = config.bot.id;
  console.log(`Playground ${PLAYGROUND_URL}, personal chat ${personalChatId}, user ${meId}, bot ${botId}`);
  return runSteps(steps);
}

const exitCode = await main();
closeStreams();
process.exit(exitCode);
