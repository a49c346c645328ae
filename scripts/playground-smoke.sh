#!/usr/bin/env bash
# Smoke test through the Microsoft 365 Agents Playground: starts RP Assistant and the playground in the
# background, runs playground/smoke.mjs and then playground/ask-lead-loop.mjs ("Ask a practice lead" once round,
# through the Playground's General channel) against them, and always stops both.
#
#   scripts/playground-smoke.sh
#
# Environment: BOT_PORT (default 3978), PLAYGROUND_PORT (default 56150), JAVA_OPTS (default -Xmx512m),
# BOT_START_TIMEOUT / PLAYGROUND_START_TIMEOUT (seconds), and smoke.mjs's own switches
# (REPLY_TIMEOUT_MS, EXPECT_WELCOME_CARD=1, EXPECT_MESSAGING_EXTENSION=1), PLAYGROUND_EXPERTS_CHANNEL_ID (the
# practice leads' channel in the Playground: team-id, its General channel, or channel-announcements-id) and
# ask-lead-loop.mjs's LEAD_USER_ID, SECOND_USER_ID, PLAYWRIGHT_CORE (and SCREENSHOT) for a screenshot of the channel.
# Logs: target/playground-bot.log, target/playground-agentsplayground.log, target/playground-devtools.log.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# The smoke test keeps its database under target/, away from a developer's own ./data.
export STORAGE_PATH="${STORAGE_PATH:-$ROOT/target/playground-data}"
BOT_PORT="${BOT_PORT:-3978}"
PLAYGROUND_PORT="${PLAYGROUND_PORT:-56150}"
# shellcheck source=scripts/playground-lib.sh
. "$ROOT/scripts/playground-lib.sh"
# "Ask a practice lead" is on, with the Playground's General channel as the practice leads' channel.
PLAYGROUND_EXPERTS_CHANNEL_ID="${PLAYGROUND_EXPERTS_CHANNEL_ID:-$PLAYGROUND_GENERAL_CHANNEL_ID}"

trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

require_tools
[ -f "$JAR" ] || build_jar
install_playground

start_bot
wait_for_bot
start_playground
wait_for_playground

export PLAYGROUND_URL="http://127.0.0.1:$PLAYGROUND_PORT"
status=0
log "Running playground/smoke.mjs"
node "$ROOT/playground/smoke.mjs" || status=1
log "Running playground/ask-lead-loop.mjs"
# With PLAYWRIGHT_CORE set it also saves a screenshot of the channel (target/playground-ask-lead.png by default).
EXPERTS_CHANNEL_ID="$PLAYGROUND_EXPERTS_CHANNEL_ID" \
  SCREENSHOT="${PLAYWRIGHT_CORE:+${SCREENSHOT:-$ROOT/target/playground-ask-lead.png}}" \
  node "$ROOT/playground/ask-lead-loop.mjs" || status=1
if [ "$status" -ne 0 ]; then
  log "Playground tests failed; logs: target/playground-bot.log, target/playground-agentsplayground.log"
fi
exit "$status"
