#!/usr/bin/env bash
# Home-page rows with and without Redis, side by side (issue 25): the packaged app on the embedded
# default with the seed's sample warnings, bench/app.args and the Dockerfile's JVM options, started
# fresh for each round; rounds alternate in-memory / Redis so that the machine's load hits both
# alike. Per round: WARMUP seconds of load, then DURATION seconds measured, for the home query as
# POST (scenario 1 of run.sh) and as cacheable GET (scenario 2). Needs wrk, jq, redis-server.
#   ROUNDS=3 WARMUP=30 DURATION=20 bench/shared-limits.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-3}; WARMUP=${WARMUP:-30}; DURATION=${DURATION:-20}
APP_PORT=${APP_PORT:-18090}; REDIS_PORT=${REDIS_PORT:-18379}
JAVA_OPTS=${JAVA_OPTS:--Xmx240m -Xmn48m -XX:+UseSerialGC -Xss512k -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=160m -XX:MaxDirectMemorySize=64m}
WORK=$(mktemp -d /tmp/lurewatch-shared-limits.XXXXXX)
JAR=backend/target/lurewatch.jar
[ -f "$JAR" ] || mvn -B -q -DskipTests package
APP_PID=""; REDIS_PID=""
cleanup() { [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null; [ -n "$REDIS_PID" ] && kill "$REDIS_PID" 2>/dev/null; true; }
trap cleanup EXIT INT TERM

body() { jq -n --rawfile q bench/queries/home.graphql --arg lang "$1" '{query: $q, variables: {lang: $lang}}'; }
body en > "$WORK/home-en.json"; body th > "$WORK/home-th.json"
HASH=$(sha256sum bench/queries/home.graphql | cut -d' ' -f1)
printf '/graphql?extensions=%s&variables=%s\n' \
  "$(printf '{"persistedQuery":{"version":1,"sha256Hash":"%s"}}' "$HASH" | jq -sRr @uri)" \
  "$(printf '{"lang":"en"}' | jq -sRr @uri)" > "$WORK/get-paths.txt"
export BODY_FILES="$WORK/home-en.json,$WORK/home-th.json" PATHS_FILE="$WORK/get-paths.txt"

start_app() { # $@ = extra arguments
  rm -rf "$WORK/data"
  java $JAVA_OPTS -jar "$JAR" --server.port="$APP_PORT" --lurewatch.embedded-mongo.data-dir="$WORK/data" \
    $(tr '\n' ' ' < bench/app.args) "$@" > "$WORK/app.log" 2>&1 & APP_PID=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/actuator/health/readiness"; do
    kill -0 "$APP_PID" || { echo "app died, see $WORK/app.log" >&2; exit 1; }; sleep 0.5
  done
  # teach the GET path the home query's hash, as the site does
  jq -n --rawfile q bench/queries/home.graphql --arg h "$HASH" \
    '{query: $q, variables: {lang: "en"}, extensions: {persistedQuery: {version: 1, sha256Hash: $h}}}' |
    curl -fs -o /dev/null -H 'Content-Type: application/json' --data-binary @- "http://127.0.0.1:$APP_PORT/graphql"
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }
measure() { # $1 = mode, $2 = row, $3 = lua script, $4 = url → one line of the table
  wrk -t1 -c32 -d"${WARMUP}s" -s "$3" "$4" > /dev/null 2>&1 || true
  local load out rps p50 total calls per=""
  load=$(cut -d' ' -f1 /proc/loadavg)
  redis-cli -p "$REDIS_PORT" config resetstat > /dev/null
  out=$(wrk -t1 -c32 -d"${DURATION}s" --latency -s "$3" "$4")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out"); p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  total=$(awk '/requests in/ {print $1}' <<<"$out")
  if [ "$1" = redis ]; then # Redis commands per request (the stats were reset just before)
    calls=$(redis-cli -p "$REDIS_PORT" info commandstats | sed -n 's/^cmdstat_[a-z|]*:calls=\([0-9]*\).*/\1/p' | awk '{s+=$1} END {print s+0}')
    per=$(awk -v c="$calls" -v t="$total" 'BEGIN { if (t > 0) printf "%.3f", c / t }')
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$1" "$2" "$rps" "$p50" "$load" "$per" | tee -a "$WORK/results.tsv"
}

redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no > "$WORK/redis.log" 2>&1 & REDIS_PID=$!
for round in $(seq "$ROUNDS"); do
  for mode in memory redis; do
    if [ "$mode" = redis ]; then
      start_app --spring.data.redis.host=127.0.0.1 --spring.data.redis.port="$REDIS_PORT"
    else
      start_app
    fi
    measure "$mode" "1 home POST" bench/lua/post.lua "http://127.0.0.1:$APP_PORT/graphql"
    measure "$mode" "2 home GET" bench/lua/get.lua "http://127.0.0.1:$APP_PORT"
    [ "$mode" = redis ] && redis-cli -p "$REDIS_PORT" info commandstats > "$WORK/redis-commands-$round.txt" || true
    stop_app
  done
done
echo
echo "round	mode	row	req/s	p50	load average	Redis commands per request"
cat "$WORK/results.tsv"
echo
for row in "1 home POST" "2 home GET"; do
  for mode in memory redis; do
    printf '%s %s median: ' "$row" "$mode"
    awk -F'\t' -v r="$row" -v m="$mode" '$3==r && $2==m {print $4}' "$WORK/results.tsv" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
  done
done
echo "(logs in $WORK)"
