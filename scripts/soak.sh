#!/usr/bin/env bash
# Soak test: RP Assistant under steady load (8 conversations by default) for 10 minutes, with the heap measured
# after a full GC once a minute. A flat line means no leak. Prints one line a minute and the driver's summary.
#
#   scripts/soak.sh                      10 minutes at 8 conversations
#   MINUTES=3 CONVERSATIONS=32 scripts/soak.sh
#   SKIP_BUILD=1 scripts/soak.sh         reuse target/rp-assistant.jar
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MINUTES="${MINUTES:-10}"
CONVERSATIONS="${CONVERSATIONS:-8}"
PORT=3984
WORK="$ROOT/target/soak"
mkdir -p "$WORK"
[ "${SKIP_BUILD:-}" = "1" ] || (cd "$ROOT" && ./mvnw -q -B -DskipTests package)
rm -rf "$WORK/data"
# shellcheck disable=SC2086
java ${JAVA_OPTS:--Xmx512m} -jar "$ROOT/target/rp-assistant.jar" --server.port=$PORT \
  --knowledge-base.path="$ROOT/knowledge-base" --storage.path="$WORK/data" --bot.rate-limit.burst=1000000 \
  >"$WORK/bot.log" 2>&1 &
BOT=$!
trap 'kill $BOT 2>/dev/null || true' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' -d '{}' \
    "http://127.0.0.1:$PORT/api/messages" || true)" = "400" ]; do sleep 1; done

# Live objects: the class histogram forces a full GC first and totals what survives it.
heap_after_gc() {
  jcmd "$BOT" GC.class_histogram | awk '/^Total/ { printf "%.1f MB", $3 / 1048576 }'
}
echo "minute 0: heap after GC $(heap_after_gc)"
java "$ROOT/src/test/java/uk/gov/devon/rpassistant/evaluation/LoadDriver.java" --levels "$CONVERSATIONS" \
  --seconds $((MINUTES * 60)) --warmup 0 bot="http://127.0.0.1:$PORT/api/messages" >"$WORK/driver.log" 2>&1 &
DRIVER=$!
for minute in $(seq 1 "$MINUTES"); do
  sleep 60
  echo "minute $minute: heap after GC $(heap_after_gc), threads $(jcmd "$BOT" Thread.print | grep -c '^"')"
done
wait $DRIVER
cat "$WORK/driver.log"
