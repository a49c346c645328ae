#!/usr/bin/env bash
# The one command for chatting with RP Assistant locally: builds the jar, starts the bot on port 3978 and the
# Microsoft 365 Agents Playground (a Teams stand-in) on port 56150, and stops both on Ctrl-C.
#
#   scripts/run-local.sh              then open http://localhost:56150
#   SKIP_BUILD=1 scripts/run-local.sh to reuse target/rp-assistant.jar as it is
#
# Environment: SKIP_BUILD=1, BOT_PORT (default 3978), PLAYGROUND_PORT (default 56150), JAVA_OPTS (default -Xmx512m),
# STORAGE_PATH (default ./data, the H2 database), ADMIN_LOCAL_USERNAME / ADMIN_LOCAL_PASSWORD (the insights page's
# local account; a password is made up for this run when none is given, and printed below),
# PLAYGROUND_EXPERTS_CHANNEL_ID (default team-id, the Playground's General channel: where "Ask a practice lead"
# posts questions; set it empty to try the bot with the feature off).
# Logs: target/playground-bot.log, target/playground-agentsplayground.log.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BOT_PORT="${BOT_PORT:-3978}"
PLAYGROUND_PORT="${PLAYGROUND_PORT:-56150}"
# shellcheck source=scripts/playground-lib.sh
. "$ROOT/scripts/playground-lib.sh"

trap stop_all EXIT
trap 'echo >&2; exit 0' INT
trap 'exit 143' TERM

require_tools
# The insights page's local account for this run (printed once the bot is up).
ADMIN_LOCAL_USERNAME="${ADMIN_LOCAL_USERNAME:-admin}"
ADMIN_LOCAL_PASSWORD="${ADMIN_LOCAL_PASSWORD:-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')}"
export ADMIN_LOCAL_USERNAME ADMIN_LOCAL_PASSWORD
# "Ask a practice lead" goes to the Playground's General channel of "My Team" (its id is fixed), so the whole loop
# can be tried here: ask in the personal chat, take and answer it in General, see the answer in the personal chat.
export PLAYGROUND_EXPERTS_CHANNEL_ID="${PLAYGROUND_EXPERTS_CHANNEL_ID-team-id}"
if [ "${SKIP_BUILD:-}" = "1" ]; then
  [ -f "$JAR" ] || die "SKIP_BUILD=1 but $JAR does not exist"
else
  build_jar
fi
[ -d "$ROOT/playground/node_modules" ] || install_playground

start_bot
wait_for_bot
start_playground
wait_for_playground

echo
echo "Open http://localhost:$PLAYGROUND_PORT in your browser to chat with RP Assistant"
echo "Insights for content owners: http://localhost:$BOT_PORT/admin"
echo "  sign in as '$ADMIN_LOCAL_USERNAME' with password '$ADMIN_LOCAL_PASSWORD' (made for this run unless you set ADMIN_LOCAL_PASSWORD)"
if [ -n "$PLAYGROUND_EXPERTS_CHANNEL_ID" ]; then
  echo "Ask a practice lead: questions go to the Playground's channel '$PLAYGROUND_EXPERTS_CHANNEL_ID' (General of"
  echo "  My Team): open it once in the Playground so the bot is installed there, then type 'ask a practice lead'"
  echo "  in the personal chat"
fi
echo "(bot log: target/playground-bot.log; press Ctrl-C to stop both)"
echo

# Stay in the foreground until Ctrl-C, or until either process stops by itself.
while :; do
  kill -0 "$BOT_PID" 2>/dev/null || { BOT_PID=""; die "RP Assistant stopped; see target/playground-bot.log"; }
  kill -0 "$PLAYGROUND_PID" 2>/dev/null || { PLAYGROUND_PID=""; die "the playground stopped; see target/playground-agentsplayground.log"; }
  sleep 1
done
