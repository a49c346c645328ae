// What the Agents Playground tests share: the playground's address, its two WebSockets, its HTTP API, and a
// runner that prints one line per step.
//
//   /_ws_conversation/v1/conversations/stream  what the chat UI renders (createMessage / updateMessage / typing)
//   /_ws/log/stream                            every activity to and from the bot, with the HTTP status answered

import WebSocket from 'ws';

export const PLAYGROUND_URL = (process.env.PLAYGROUND_URL || 'http://127.0.0.1:56150').replace(/\/+$/, '');
const WS_URL = PLAYGROUND_URL.replace(/^http/, 'ws');
export const REPLY_TIMEOUT_MS = Number(process.env.REPLY_TIMEOUT_MS || 20000);
export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** A WebSocket whose JSON frames are kept in order, so a step can wait for a frame that arrives after a mark. */
export class Stream {
  constructor(path) {
    this.path = path;
    this.frames = [];
    this.waiters = new Set();
  }

  open() {
    return new Promise((resolve, reject) => {
      this.socket = new WebSocket(WS_URL + this.path);
      this.socket.once('open', resolve);
      this.socket.once('error', reject);
      this.socket.on('message', (data) => {
        let frame;
        try {
          frame = JSON.parse(data.toString());
        } catch {
          return;
        }
        this.frames.push(frame);
        for (const waiter of this.waiters) waiter();
      });
    });
  }

  mark() {
    return this.frames.length;
  }

  /** The frames from `from` on, for a check of everything that arrived during a step. */
  since(from) {
    return this.frames.slice(from);
  }

  /** The first frame at or after `from` for which `match` returns something truthy; that value is returned. */
  waitFor(from, match, timeoutMs, what) {
    return new Promise((resolve, reject) => {
      let index = from;
      const check = () => {
        for (; index < this.frames.length; index++) {
          const found = match(this.frames[index]);
          if (found) {
            done();
            resolve(found);
            return;
          }
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Failure(`no ${what} on ${this.path} within ${timeoutMs} ms`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }

  close() {
    this.socket?.terminate();
  }
}

export const conversationStream = new Stream('/_ws_conversation/v1/conversations/stream');
export const logStream = new Stream('/_ws/log/stream');

export async function getJson(path) {
  const response = await fetch(PLAYGROUND_URL + path);
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return response.json();
}

export async function postJson(path, body) {
  const response = await fetch(PLAYGROUND_URL + path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  let json;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json };
}

export class Failure extends Error {}

export function check(condition, message) {
  if (!condition) throw new Failure(message);
}

export const is2xx = (status) => status >= 200 && status < 300;
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Log frames: activities the playground sent to the bot, with the bot's HTTP answer. */
export const toBot = (frame) =>
  frame.logAction === 'appendLog' && frame.log?.type === 'bot' && frame.log.to === 'User Application'
    ? frame.log
    : undefined;
/** Log frames: activities the bot sent to the playground's connector, with the playground's HTTP answer. */
export const fromBot = (frame) =>
  frame.logAction === 'appendLog' && frame.log?.type === 'bot' && frame.log.from === 'User Application'
    ? frame.log
    : undefined;

/** Every TextBlock/TextRun text and the plain text of a message, in order. */
export function texts(message) {
  const found = [];
  if (message?.text) found.push(message.text);
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if ((node.type === 'TextBlock' || node.type === 'TextRun') && node.text) found.push(node.text);
      Object.values(node).forEach(walk);
    }
  };
  walk(message?.attachments ?? []);
  return found;
}

/** The first few texts of a message, to say in one line what the user would see. */
export function summary(message) {
  const line = texts(message).slice(0, 2).join(' | ');
  return line.length > 160 ? line.slice(0, 157) + '...' : line;
}

/** Every element of the message's Adaptive Cards (body, actions, nested containers and ShowCards) of `type`. */
export function cardElements(message, type) {
  const found = [];
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if (node.type === type) found.push(node);
      Object.values(node).forEach(walk);
    }
  };
  for (const attachment of message?.attachments ?? []) {
    if (attachment.contentType === ADAPTIVE_CARD) walk(attachment.content);
  }
  return found;
}

/**
 * Sends a message as `userId` in `conversationId` and returns the bot's first reply as the chat UI shows it, plus
 * the bot's HTTP status for the incoming message. The reply is matched by replyToId, so a late reply to an
 * earlier step cannot be mistaken for this one.
 */
export async function ask({ conversationId, userId, botId }, text) {
  const logMark = logStream.mark();
  const conversationMark = conversationStream.mark();
  const sent = await postJson(`/_conversation/v1/conversations/${conversationId}/messages`, {
    from: { id: userId },
    text,
    textFormat: 'plain',
  });
  check(sent.status === 200, `POST messages answered ${sent.status} ${sent.text}`);

  const incoming = await logStream.waitFor(
    logMark,
    (frame) => {
      const log = toBot(frame);
      return log && log.activityName === 'message' && log.conversationId === conversationId
        && log.request?.body?.text === text ? log : undefined;
    },
    REPLY_TIMEOUT_MS,
    'delivery of the message to the bot',
  );
  const botStatus = incoming.response?.statusCode;
  check(is2xx(botStatus), `the bot answered the message with HTTP ${botStatus}`);

  const activityId = incoming.request.body.id;
  const replyLog = await logStream.waitFor(
    logMark,
    (frame) => {
      const log = fromBot(frame);
      return log && log.activityName === 'message' && log.request?.body?.replyToId === activityId ? log : undefined;
    },
    REPLY_TIMEOUT_MS,
    'reply from the bot',
  );
  const reply = await conversationStream.waitFor(
    conversationMark,
    (frame) => frame.action === 'createMessage' && frame.actionConversationId === conversationId
      && frame.message?.from?.id === botId && frame.message.messageId === replyLog.messageId ? frame.message : undefined,
    REPLY_TIMEOUT_MS,
    'reply shown in the chat',
  );
  return { botStatus, reply };
}

/**
 * Opens both WebSockets and reads the playground's test configuration. Returns the configuration, or prints why
 * the playground cannot be reached and returns undefined.
 */
export async function connect() {
  try {
    const { config } = await getJson('/_internal/v1/testConfig');
    await Promise.all([conversationStream.open(), logStream.open()]);
    // The playground replays frames it buffered while no UI was connected; let them arrive before the first mark.
    await sleep(500);
    return config;
  } catch (error) {
    console.log(`FAIL cannot reach the playground at ${PLAYGROUND_URL}: ${error.message}`);
    console.log('0 passed, 1 failed');
    return undefined;
  }
}

/**
 * Runs the steps in order, one line each: PASS with what the step returned, or FAIL with why. With `stopOnFailure`
 * the steps after a failed one are listed as SKIP (each step of a flow needs the one before it), except that a
 * step marked `aside` (nothing after it depends on it) does not stop the run. Returns the exit code.
 */
export async function runSteps(steps, { stopOnFailure = false } = {}) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  let stopped = false;
  for (const { name, run, aside } of steps) {
    if (stopped) {
      skipped++;
      console.log(`SKIP ${name}`);
      continue;
    }
    try {
      const detail = await run();
      passed++;
      console.log(`PASS ${name}${detail ? ` - ${detail}` : ''}`);
    } catch (error) {
      failed++;
      stopped = stopOnFailure && !aside;
      console.log(`FAIL ${name} - ${error instanceof Failure ? error.message : error.stack || error}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  return failed === 0 ? 0 : 1;
}

/**
 * Installs the bot in a conversation (as the UI does on opening it) and waits for the bot to accept the two
 * activities that follow, installationUpdate and conversationUpdate. Returns them with the bot's statuses, as
 * "installationUpdate 202, conversationUpdate 202".
 */
export async function install(conversationId) {
  const logMark = logStream.mark();
  const installed = await postJson(`/_debug/conversation/${encodeURIComponent(conversationId)}/installation`, {});
  check(installed.status === 200, `POST installation answered ${installed.status} ${installed.text}`);
  const statuses = {};
  await logStream.waitFor(
    logMark,
    (frame) => {
      const log = toBot(frame);
      if (log && log.conversationId === conversationId
          && ['installationUpdate', 'conversationUpdate'].includes(log.activityName)) {
        statuses[log.activityName] = log.response?.statusCode;
      }
      return Object.keys(statuses).length === 2;
    },
    REPLY_TIMEOUT_MS,
    'installationUpdate and conversationUpdate delivered to the bot',
  );
  for (const [activity, status] of Object.entries(statuses)) {
    check(is2xx(status), `the bot answered ${activity} with HTTP ${status}`);
  }
  return { logMark, accepted: Object.entries(statuses).map(([activity, status]) => `${activity} ${status}`).join(', ') };
}

export function closeStreams() {
  conversationStream.close();
  logStream.close();
}
