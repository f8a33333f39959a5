#!/usr/bin/env bash
# LureWatch resilience run (issue 10): packaged app on the embedded default database, tips and
# warning reads concurrently, SIGKILL in the middle of the load, restart, then every tip whose
# submission was answered must be readable by its receipt and stored exactly once.
# Bounded: DURATION seconds of load (default 60) and at most MAX_TIPS tips; loopback only.
#   bench/resilience.sh                    DURATION=20 bench/resilience.sh   (quicker)
# The proof-of-work difficulty and the rate limits are lowered/raised for this run only.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-60}
MAX_TIPS=${MAX_TIPS:-5000}
APP_PORT=${APP_PORT:-18090}
KILL_AFTER=${KILL_AFTER:-$((DURATION / 3))}
WORK=$(mktemp -d /tmp/lurewatch-resilience.XXXXXX)
LEDGER="$WORK/answered.txt"
JAVA_OPTS=${JAVA_OPTS:--Xms128m -Xmx384m}
APP_PID=""
cleanup() { [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT

[ -f backend/target/lurewatch.jar ] || { echo "building…" >&2; mvn -B -q -DskipTests package; }
HIGH=1000000
ARGS=(--server.port="$APP_PORT" --server.address=127.0.0.1 --lurewatch.embedded-mongo.data-dir="$WORK/data"
  --lurewatch.abuse.proof-of-work.difficulty=1)
for a in submission receipt-lookup follow-up public-read; do
  for b in burst sustained; do ARGS+=(--lurewatch.abuse.limits.$a.$b.capacity=$HIGH); done
done

start_app() {
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar backend/target/lurewatch.jar "${ARGS[@]}" >> "$WORK/app.log" 2>&1 &
  APP_PID=$!
  local deadline=$((SECONDS + 90))
  until curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" 2>/dev/null | grep -q UP; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "app died, see $WORK/app.log" >&2; exit 1; }
    [ $SECONDS -lt $deadline ] || { echo "app not healthy in 90 s" >&2; exit 1; }
    sleep 0.2
  done
}

start_app
echo "app up (pid $APP_PID); load for ${DURATION}s, SIGKILL after ${KILL_AFTER}s" >&2
java bench/Resilience.java load "$APP_PORT" "$DURATION" "$MAX_TIPS" "$LEDGER" &
LOAD_PID=$!
sleep "$KILL_AFTER"
BEFORE_KILL=$(wc -l < "$LEDGER" 2>/dev/null || echo 0)
kill -9 "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
echo "SIGKILL sent with $BEFORE_KILL tips answered; restarting" >&2
T0=$(date +%s%N)
start_app
echo "restarted in $(( ($(date +%s%N) - T0) / 1000000 )) ms" >&2
wait "$LOAD_PID"
echo "answered before the kill: $BEFORE_KILL, in all: $(wc -l < "$LEDGER")"
java bench/Resilience.java verify "$APP_PORT" "$LEDGER" && RESULT=PASS || RESULT=FAIL
echo "resilience: $RESULT (work dir $WORK)"
[ "$RESULT" = PASS ]
