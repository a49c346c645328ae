#!/usr/bin/env bash
# Times the whole application from `java -jar` to its first answer card arriving at a local stand-in for the
# Bot Connector (python3's http.server). Run twice: the first run with an empty embedding cache is a cold start.
#
#   scripts/measure-startup.sh [cache-folder]      (default: a new empty folder, i.e. a cold start)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${1:-$(mktemp -d)}"
JAR="$ROOT/target/rp-assistant.jar"
BOT_PORT="${BOT_PORT:-3994}"
CONNECTOR_PORT="${CONNECTOR_PORT:-3995}"
MARK="$(mktemp)"
rm -f "$MARK"
[ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -q -DskipTests package)

python3 - "$CONNECTOR_PORT" "$MARK" <<'PY' &
import http.server, sys, time
port, mark = int(sys.argv[1]), sys.argv[2]
class Connector(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get('Content-Length', 0)))
        if b'attachments' in body:
            open(mark, 'w').write(repr(time.time()))
        self.send_response(200)
        self.send_header('Content-Type', 'application/json')
        self.end_headers()
        self.wfile.write(b'{"id":"1"}')
    def log_message(self, *args):
        pass
http.server.HTTPServer(('127.0.0.1', port), Connector).serve_forever()
PY
CONNECTOR=$!
START=$(python3 -c 'import time; print(repr(time.time()))')
java -Xmx512m -jar "$JAR" --server.port="$BOT_PORT" --knowledge-base.path="$ROOT/knowledge-base" \
  --knowledge-base.embedding-cache="$CACHE" > "$ROOT/target/measure-startup.log" 2>&1 &
BOT=$!
trap 'kill $BOT $CONNECTOR 2>/dev/null || true' EXIT

ACTIVITY='{"type":"message","id":"m1","channelId":"msteams","serviceUrl":"http://127.0.0.1:'"$CONNECTOR_PORT"'/",
 "from":{"id":"u1"},"recipient":{"id":"b1"},"conversation":{"id":"c1","conversationType":"personal"},
 "text":"what is restorative practice?"}'
until curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -d "$ACTIVITY" \
    "http://127.0.0.1:$BOT_PORT/api/messages" | grep -q 202; do
  kill -0 $BOT 2>/dev/null || { echo "the bot stopped; see target/measure-startup.log" >&2; exit 1; }
  sleep 0.2
done
until [ -s "$MARK" ]; do sleep 0.05; done
python3 -c "print('start-up to first answer: %.1f s (embedding cache: $CACHE)' % ($(cat "$MARK") - $START))"
grep -E "Vectors of|Started RpAssistant" "$ROOT/target/measure-startup.log" | sed 's/.*: //'
