# shellcheck shell=bash
# Shared by scripts/playground-smoke.sh and scripts/run-local.sh (sourced, not run): starts RP Assistant and the
# Microsoft 365 Agents Playground in the background, waits for both, and stops them again.
# Callers set ROOT (the repository root), BOT_PORT and PLAYGROUND_PORT, and call stop_all from an EXIT trap.
# Kept to bash 3.2 features so that it also runs with macOS's /bin/bash.

JAR="$ROOT/target/rp-assistant.jar"
# The Playground's built-in team has fixed channel ids: General is "team-id" (the team's own id, as in Teams),
# Announcements "channel-announcements-id". Only the personal and group chats get new ids at each start, so the bot
# (started first) can be given a channel before the Playground runs. See playground/README.md.
PLAYGROUND_GENERAL_CHANNEL_ID="team-id"
PLAYGROUND_CLI="$ROOT/playground/node_modules/@microsoft/m365agentsplayground/cli.js"
BOT_LOG="$ROOT/target/playground-bot.log"
PLAYGROUND_LOG="$ROOT/target/playground-agentsplayground.log"
PLAYGROUND_DEVTOOLS_LOG="$ROOT/target/playground-devtools.log"
BOT_START_TIMEOUT="${BOT_START_TIMEOUT:-180}"
PLAYGROUND_START_TIMEOUT="${PLAYGROUND_START_TIMEOUT:-60}"
BOT_PID=""
PLAYGROUND_PID=""

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

die() {
  log "ERROR: $*"
  exit 1
}

# True when something already listens on 127.0.0.1:$1.
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

require_free_port() {
  if port_in_use "$1"; then
    die "port $1 is already in use ($2); stop whatever uses it or set $3 to another port"
  fi
}

require_tools() {
  local tool
  for tool in java node npm curl; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is not on the PATH"
  done
}

build_jar() {
  log "Building target/rp-assistant.jar (./mvnw -q -B -DskipTests package)"
  (cd "$ROOT" && ./mvnw -q -B -DskipTests package) || die "the Maven build failed"
  [ -f "$JAR" ] || die "the build did not produce $JAR"
}

install_playground() {
  log "Installing the playground (npm ci --prefix playground)"
  npm ci --prefix "$ROOT/playground" --no-audit --no-fund --loglevel=error >/dev/null || die "npm ci failed"
}

start_bot() {
  require_free_port "$BOT_PORT" "the bot's port" BOT_PORT
  mkdir -p "$ROOT/target"
  log "Starting RP Assistant on port $BOT_PORT (log: target/playground-bot.log)"
  # Without MicrosoftAppId the bot accepts the playground's unauthenticated requests; make sure a developer's
  # Azure credentials in the environment do not switch authentication on for this local run.
  # With PLAYGROUND_EXPERTS_CHANNEL_ID set, "Ask a practice lead" posts to that Playground channel (and to no other:
  # a developer's own topic routing is dropped); otherwise EXPERTS_CHANNEL_ID is left as the caller has it.
  local experts=()
  if [ -n "${PLAYGROUND_EXPERTS_CHANNEL_ID:-}" ]; then
    log "Ask a practice lead: EXPERTS_CHANNEL_ID=$PLAYGROUND_EXPERTS_CHANNEL_ID"
    experts=(-u EXPERTS_TOPIC_CHANNELS "EXPERTS_CHANNEL_ID=$PLAYGROUND_EXPERTS_CHANNEL_ID")
  fi
  # shellcheck disable=SC2086
  env -u MicrosoftAppId -u MicrosoftAppPassword -u MicrosoftAppTenantId ${experts[@]+"${experts[@]}"} \
    java ${JAVA_OPTS:--Xmx512m} -jar "$JAR" --server.port="$BOT_PORT" \
    --knowledge-base.path="$ROOT/knowledge-base" --storage.path="${STORAGE_PATH:-$ROOT/data}" \
    >"$BOT_LOG" 2>&1 &
  BOT_PID=$!
}

# Ready when POST /api/messages with '{}' answers 400 (the bot is up and rejects the empty activity).
wait_for_bot() {
  local deadline=$((SECONDS + BOT_START_TIMEOUT)) code
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 -X POST -H 'Content-Type: application/json' \
      -d '{}' "http://127.0.0.1:$BOT_PORT/api/messages" || true)
    # Another process that took the port after require_free_port looked would answer too: count the answer only
    # once this bot has said it listens on the port.
    [ "$code" = "400" ] && grep -q "Tomcat started on port $BOT_PORT " "$BOT_LOG" 2>/dev/null && break
    if ! kill -0 "$BOT_PID" 2>/dev/null; then
      tail -n 30 "$BOT_LOG" >&2 || true
      BOT_PID=""
      die "the bot exited during start-up (see target/playground-bot.log)"
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      tail -n 30 "$BOT_LOG" >&2 || true
      die "the bot did not answer on port $BOT_PORT within ${BOT_START_TIMEOUT}s (last HTTP status: $code)"
    fi
    sleep 1
  done
  log "RP Assistant is up: http://127.0.0.1:$BOT_PORT/api/messages"
}

start_playground() {
  require_free_port "$PLAYGROUND_PORT" "the playground's port" PLAYGROUND_PORT
  [ -f "$PLAYGROUND_CLI" ] || die "the playground is not installed: run npm ci --prefix playground"
  mkdir -p "$ROOT/target"
  log "Starting the Agents Playground on port $PLAYGROUND_PORT (log: target/playground-agentsplayground.log)"
  # Started with node directly (not npx) so that $! is the server itself and the trap can stop it.
  # M365_AGENTS_PLAYGROUND_LOGFILE keeps its own log out of ./devTools/.
  BOT_ENDPOINT="http://127.0.0.1:$BOT_PORT/api/messages" \
    TEAMSAPPTESTER_BROWSER=none \
    M365_AGENTS_PLAYGROUND_LOGFILE="$PLAYGROUND_DEVTOOLS_LOG" \
    node "$PLAYGROUND_CLI" --disable-telemetry -p "$PLAYGROUND_PORT" >"$PLAYGROUND_LOG" 2>&1 &
  PLAYGROUND_PID=$!
}

# Ready when it says it listens on $PLAYGROUND_PORT and answers there. When the port is taken (by something started
# after require_free_port looked) the playground moves to a random port by itself, and whatever holds the port
# would be tested instead: that stops the run.
wait_for_playground() {
  local deadline=$((SECONDS + PLAYGROUND_START_TIMEOUT)) listening
  while :; do
    # "|| true": until the playground has written its log, sed cannot read it (exit 2), which under set -e and
    # pipefail would end the whole script here.
    listening=$(sed -n 's/^Listening on \([0-9][0-9]*\)$/\1/p' "$PLAYGROUND_LOG" 2>/dev/null | head -n 1 || true)
    if [ -n "$listening" ] && [ "$listening" != "$PLAYGROUND_PORT" ]; then
      die "port $PLAYGROUND_PORT was taken by another process as the playground started (it moved to $listening); set PLAYGROUND_PORT to another port"
    fi
    [ -n "$listening" ] && curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:$PLAYGROUND_PORT/_internal/v1/testConfig" && break
    if ! kill -0 "$PLAYGROUND_PID" 2>/dev/null; then
      tail -n 30 "$PLAYGROUND_LOG" >&2 || true
      PLAYGROUND_PID=""
      die "the playground exited during start-up (see target/playground-agentsplayground.log)"
    fi
    [ "$SECONDS" -lt "$deadline" ] || die "the playground did not answer on port $PLAYGROUND_PORT within ${PLAYGROUND_START_TIMEOUT}s"
    sleep 1
  done
  log "Agents Playground is up: http://127.0.0.1:$PLAYGROUND_PORT"
}

stop_process() {
  local pid="$1" name="$2"
  [ -n "$pid" ] || return 0
  kill -0 "$pid" 2>/dev/null || return 0
  log "Stopping $name (pid $pid)"
  kill "$pid" 2>/dev/null || true
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  if kill -0 "$pid" 2>/dev/null; then
    kill -9 "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}

stop_all() {
  stop_process "$PLAYGROUND_PID" "the Agents Playground"
  stop_process "$BOT_PID" "RP Assistant"
  PLAYGROUND_PID=""
  BOT_PID=""
}
