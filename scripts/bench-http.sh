#!/usr/bin/env bash
# Speed over HTTP beside the floor: builds the bare echo bot from ../shared/bench/echobot (copied to target/, as
# ../shared is read-only), starts it and RP Assistant with the same JVM settings, and runs the load driver
# against both in one run, interleaved, with a local Bot Connector stand-in. Prints throughput, p50 and p99 per
# level and the ratios.
#
#   scripts/bench-http.sh                      levels 1 and 8, 20 s each
#   LEVELS=8,32,128 DURATION=30 scripts/bench-http.sh
#   SKIP_BUILD=1 scripts/bench-http.sh         reuse target/rp-assistant.jar and the built echo bot
#
# Environment: LEVELS (default 1,8), DURATION (seconds a level runs, default 20; not SECONDS, which bash keeps
# for itself), JAVA_OPTS (default -Xmx512m), ECHOBOT (default
# ../shared/bench/echobot), EXTRA (more driver arguments, e.g. --same-user), BOT_RATE_LIMIT_BURST (default 1000000:
# each simulated conversation asks as fast as it is answered, which the per-person limit would otherwise stop).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ECHOBOT="${ECHOBOT:-$ROOT/../shared/bench/echobot}"
WORK="$ROOT/target/bench-http"
LEVELS="${LEVELS:-1,8}"
SECONDS_EACH="${DURATION:-20}"
JAVA_OPTS="${JAVA_OPTS:--Xmx512m}"
ECHO_PORT=3988
BOT_PORT=3987
PIDS=()
stop_all() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap stop_all EXIT
mkdir -p "$WORK"

if [ "${SKIP_BUILD:-}" != "1" ]; then
  (cd "$ROOT" && ./mvnw -q -B -DskipTests package)
  rm -rf "$WORK/echobot" && cp -r "$ECHOBOT" "$WORK/echobot"
  (cd "$ROOT" && ./mvnw -q -B -DskipTests -f "$WORK/echobot/pom.xml" package)
fi
ECHO_JAR="$(ls "$WORK"/echobot/target/echobot-*.jar | head -1)"

wait_ready() {
  local deadline=$((SECONDS + 120))
  # Up when it answers at all (the echo bot answers an empty activity with 500, RP Assistant with 400).
  until [ "$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' -d '{}' \
      "http://127.0.0.1:$1/api/messages" || true)" != "000" ]; do
    [ $SECONDS -lt $deadline ] || { echo "port $1 did not come up" >&2; exit 1; }
    sleep 1
  done
}

# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$ECHO_JAR" --server.port=$ECHO_PORT >"$WORK/echobot.log" 2>&1 & PIDS+=($!)
# shellcheck disable=SC2086
env -u MicrosoftAppId -u MicrosoftAppPassword java $JAVA_OPTS -jar "$ROOT/target/rp-assistant.jar" \
  --server.port=$BOT_PORT --knowledge-base.path="$ROOT/knowledge-base" --storage.path="$WORK/data" \
  --bot.rate-limit.burst="${BOT_RATE_LIMIT_BURST:-1000000}" \
  >"$WORK/bot.log" 2>&1 & PIDS+=($!)
wait_ready $ECHO_PORT
wait_ready $BOT_PORT

# shellcheck disable=SC2086
java "$ROOT/src/test/java/uk/gov/devon/rpassistant/evaluation/LoadDriver.java" --levels "$LEVELS" \
  --seconds "$SECONDS_EACH" ${EXTRA:-} echo="http://127.0.0.1:$ECHO_PORT/api/messages" \
  bot="http://127.0.0.1:$BOT_PORT/api/messages"
