#!/usr/bin/env bash
# LureWatch benchmark: builds the app, runs it as a separate process on the embedded default,
# drives it with wrk (1 thread, 32 connections) on loopback only, and prints one table.
# It reports; it never passes or fails on speed. See README, "Benchmark".
#   bench/run.sh                 full run (15 s per scenario after a 25 s warm-up, longer while the JIT is busy)
#   DURATION=5 bench/run.sh      a quicker, noisier run
#   DURATION=3 SIZES=10000 bench/run.sh   the quickest end-to-end check (all scenarios, 10,000 warnings)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DURATION=${DURATION:-15}
# long enough for the JIT on 2 cores: with 5 s, and for the GET path even 15 s, a scenario was
# measured while its code was still being compiled
WARMUP=${WARMUP:-25}
# ... and then 5 s more at a time while the app's compiler threads used more than JIT_SETTLED % of a
# core over the last 5 s, up to WARMUP_MAX s in all. On 2 busy cores the compiler gets little time:
# after 25 s the tips' row was measured with it using half a core, and checkOffer's code was still
# being compiled after 4 minutes (by hand: 380 checks/s after 30 s, 1,000 after 3 min, 1,690 once
# the compiler was done at 5 min), so each row would measure a moving target
JIT_SETTLED=${JIT_SETTLED:-10}
WARMUP_MAX=${WARMUP_MAX:-300}
# submitTip bodies to pre-generate: enough for the longest warm-up + run at up to TIP_RATE tips/s
TIP_RATE=${TIP_RATE:-500}
# wrk counts an answer slower than this as a timeout and leaves it out of the figures; the app's own
# GraphQL timeout is 10 s, so on a loaded machine slow scenarios (checkOffer, submitTip) still show
WRK_TIMEOUT=${WRK_TIMEOUT:-10s}
TIP_BODIES=${TIP_BODIES:-$(( TIP_RATE * (WARMUP_MAX + DURATION) ))}
APP_PORT=${APP_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
WORK=$(mktemp -d /tmp/lurewatch-bench.XXXXXX); chmod 755 "$WORK"
# a run writes about 5 GB (the 10,000-warning data, the tips, the baseline's file); on a full disk
# the baseline's inserts fail and its rate means nothing
FREE_MB=$(df -Pm "$WORK" | awk 'NR == 2 {print $4}')
[ "$FREE_MB" -ge 6000 ] || { echo "only $FREE_MB MB free under /tmp: a run needs about 6,000" >&2; rmdir "$WORK"; exit 1; }
# the options backend/Dockerfile runs the portal with (README, "Benchmark")
JAVA_OPTS=${JAVA_OPTS:--Xmx240m -Xmn48m -XX:+UseSerialGC -Xss512k -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=160m -XX:MaxDirectMemorySize=64m}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
APP_PID=""
NGINX_PID=""

cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  # the logs and the tables stay; the data files, the app and the generated bodies (gigabytes a
  # run) go, unless KEEP_DATA is set
  [ -n "${KEEP_DATA:-}" ] || rm -rf "$WORK"/data-* "$WORK/app" "$WORK/tip-bodies.txt" "$WORK"/seed-*.json
}
trap cleanup EXIT

need() {
  command -v "$1" >/dev/null || [ -x "/usr/sbin/$1" ] || {
    if [ "$(id -u)" = 0 ]; then apt-get install -y -qq "$2" >/dev/null; else echo "install $2 (Debian package)"; exit 1; fi
  }
}
need wrk wrk
need nginx nginx-light
need jq jq

echo "building…" >&2
mvn -B -q -DskipTests package
mvn -B -q -f backend dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
CP=$(cat "$WORK/cp.txt")

# The JVM the portal runs on, as backend/Dockerfile does: the default java (17) with class data
# sharing (the jar extracted; a training start stopped after the context refresh archives the classes
# it loads). APP_JAVA=/path/to/java 25 or newer measures it with an AOT cache instead (the classes
# loaded and linked and the methods' profiles): a fifth sooner ready, but over 512 MB peak RSS in
# one of three runs (README, "Benchmark"). CDS=0 measures the plain fat jar. Either archive holds
# the class path as the training start spelled it, and the JVM drops it (silently, with
# -Xlog:cds=off) unless every start spells it the same: one absolute path.
APP_JAR=backend/target/lurewatch.jar
APP_JAVA=${APP_JAVA:-java}
APP_JAVA_MAJOR=$("$APP_JAVA" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
APP_JAVA_NAME="Java $APP_JAVA_MAJOR"
CDS_OPTS=""
if [ "${CDS:-1}" = 1 ]; then
  "$APP_JAVA" -Djarmode=tools -jar "$APP_JAR" extract --destination "$WORK/app" >/dev/null
  APP_JAR="$WORK/app/lurewatch.jar"   # $WORK is absolute
  TRAIN="-Dspring.context.exit=onRefresh -jar $APP_JAR --lurewatch.embedded-mongo.in-memory=true --logging.level.root=WARN"
  if [ "$APP_JAVA_MAJOR" -ge 25 ]; then
    # shellcheck disable=SC2086
    "$APP_JAVA" $JAVA_OPTS -XX:AOTCacheOutput="$WORK/app/lurewatch.aot" $TRAIN > "$WORK/aot-training.log" 2>&1
    # AOTMode=on: a start that cannot use the cache stops instead of measuring without it
    CDS_OPTS="-XX:AOTCache=$WORK/app/lurewatch.aot -XX:AOTMode=on -Xlog:aot*=off -Xlog:cds=off"
    APP_JAVA_NAME="$APP_JAVA_NAME, AOT cache"
  else
    # shellcheck disable=SC2086
    "$APP_JAVA" $JAVA_OPTS -XX:ArchiveClassesAtExit="$WORK/app/lurewatch.jsa" $TRAIN > "$WORK/cds-training.log" 2>&1
    # -Xshare:on: a start that cannot use the archive stops instead of measuring without it
    CDS_OPTS="-XX:SharedArchiveFile=$WORK/app/lurewatch.jsa -Xshare:on -Xlog:cds=off -Xlog:cds+dynamic=off"
    APP_JAVA_NAME="$APP_JAVA_NAME, class data sharing"
  fi
fi

# --- the app ------------------------------------------------------------------------------
start_app() { # $1 = number of warnings to seed (on the first start only)
  local data="$WORK/data-$1"
  [ -f "$WORK/seed-$1.json" ] || java -cp "$CP" bench/SeedGen.java backend/src/main/resources/seed/warnings.json "$1" "$WORK/seed-$1.json"
  local t0; t0=$(date +%s%N)
  # shellcheck disable=SC2086
  "$APP_JAVA" $JAVA_OPTS $CDS_OPTS -jar "$APP_JAR" --server.port="$APP_PORT" \
    --lurewatch.embedded-mongo.data-dir="$data" --lurewatch.seed.warnings="file:$WORK/seed-$1.json" \
    --spring.web.resources.static-locations="classpath:/static/,file:$WORK/static/" \
    $(cat "$ROOT/bench/app.args" 2>/dev/null | tr '\n' ' ') > "$WORK/app-$1.log" 2>&1 &
  APP_PID=$!
  until curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" | grep -q UP; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "app died, see $WORK/app-$1.log" >&2; exit 1; }
    sleep 0.1
  done
  READY_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
}

stop_app() {
  PEAK_RSS_MB=$(( $(awk '/VmHWM/ {print $2}' "/proc/$APP_PID/status") / 1024 ))
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
}

graphql_body() { # $1 = query file, $2 = variables JSON, [$3 = its sha256 for extensions.persistedQuery] → request body
  java -cp "$CP" bench/Body.java "$@"
}

# --- measuring ----------------------------------------------------------------------------
RESULTS="$WORK/results.tsv"
: > "$RESULTS"

settle() { # let the app finish what an earlier scenario left queued (e.g. slow checkOffer answers), up to 60 s
  local deadline=$((SECONDS + 60))
  until curl -fs -m 1 -o /dev/null "http://127.0.0.1:$APP_PORT/actuator/health" || [ $SECONDS -ge $deadline ]; do sleep 1; done
}

jit_ticks() { # CPU ticks the app's JIT compiler threads have used so far
  local t
  for t in /proc/"$APP_PID"/task/*; do
    case "$(cat "$t/comm" 2>/dev/null)" in
      C1\ Compiler*|C2\ Compiler*) sed 's/.*) //' "$t/stat" | awk '{print $12 + $13}' ;; # after "pid (comm) "
    esac
  done | awk '{s += $1} END {print s + 0}'
}

jit_share() { # $1 = jit_ticks at the start, $2 = seconds since: % of one core the compilers used
  awk -v a="$1" -v b="$(jit_ticks)" -v hz="$(getconf CLK_TCK)" -v d="$2" 'BEGIN { printf "%d", (b - a) * 100 / hz / d }'
}

load() { # $1 = seconds, $2 = url: wrk's load with the scenario's script, its figures dropped
  wrk -t1 -c32 -d"$1s" --timeout "$WRK_TIMEOUT" -s "$SCRIPT" "$2" >/dev/null 2>&1 || true
}

run_wrk() { # $1 = scenario name, $2 = url, then env assignments for the Lua script via $SCRIPT
  local name=$1 url=$2 app=""
  [[ "$url" == *":$APP_PORT"* ]] && app=yes
  settle
  if [ -n "$app" ]; then
    load $((WARMUP - 5)) "$url"
    WARMED=$((WARMUP - 5))
    while [ "$WARMED" -lt "$WARMUP_MAX" ]; do
      local jit_step; jit_step=$(jit_ticks)
      load 5 "$url"
      WARMED=$((WARMED + 5))
      [ "$(jit_share "$jit_step" 5)" -le "$JIT_SETTLED" ] && break
    done
  else
    load "$WARMUP" "$url"
    WARMED=$WARMUP
  fi
  local jit_before; jit_before=$(jit_ticks)
  local out; out=$(wrk -t1 -c32 -d"${DURATION}s" --timeout "$WRK_TIMEOUT" --latency -s "$SCRIPT" "$url")
  # a row measured while the JIT still compiles is not yet stable: show how much of a core it took
  local jit="-"
  [ -n "$app" ] && jit="$(jit_share "$jit_before" "$DURATION") %"
  local rps p50 p99 non2xx sock
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out"); non2xx=${non2xx:-0}
  sock=$(awk -F'[ ,]+' '/Socket errors/ {print $5+$7+$9+$11}' <<<"$out") # the line starts with spaces: $1 is empty; sock=${sock:-0}
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$rps" "$p50" "$p99" "$((non2xx + sock))" "$jit" "${WARMED}s" >> "$RESULTS"
  echo "  $name: $rps req/s, p50 $p50, p99 $p99, JIT $jit of a core, after ${WARMED} s of warm-up" >&2
}

post_scenario() { # $1 = name, $2.. = body files
  local name=$1; shift
  SCRIPT=bench/lua/post.lua BODY_FILES=$(IFS=,; echo "$*") run_wrk "$name" "http://127.0.0.1:$APP_PORT/graphql"
}
export BODY_FILES PATHS_FILE BODY_LINES CURSOR_FILE ANSWERS_FILE

# scenario 6: submitTip against plain inserts of the same documents into the same kind of database
tip_scenario() {
  echo "  generating $TIP_BODIES submitTip bodies (solved challenges, distinct idempotency keys)" >&2
  javac -d "$WORK/bench-classes" bench/Resilience.java bench/TipBodies.java # one proof-of-work solver for both
  java -cp "$WORK/bench-classes" TipBodies "$APP_PORT" "$TIP_BODIES" "$WORK/tip-bodies.txt"
  rm -f "$WORK/tip-cursor" "$WORK/tip-answers"
  SCRIPT=bench/lua/once.lua BODY_LINES="$WORK/tip-bodies.txt" CURSOR_FILE="$WORK/tip-cursor" \
    ANSWERS_FILE="$WORK/tip-answers" run_wrk "6 submitTip, distinct keys" "http://127.0.0.1:$APP_PORT/graphql"
  # durability: SIGKILL at once, then count what the database file holds
  PEAK_RSS_MB=$(( $(awk '/VmHWM/ {print $2}' "/proc/$APP_PID/status") / 1024 ))
  kill -9 "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
  local answered retried sent exhausted stored
  read -r answered retried sent exhausted < <(awk '{a+=$1; r+=$2; s+=$3; e+=$4} END {print a+0, r+0, s+0, e+0}' "$WORK/tip-answers")
  stored=$(java -cp "$CP:backend/target/classes" bench/TipBaseline.java count "$WORK/data-10000" "$WORK/tip-sample.json" | tail -1)
  if [ "$stored" -ge "$answered" ] && [ "$stored" -le "$sent" ]; then DURABLE=yes; else DURABLE=NO; fi
  TIP_DURABILITY="submitTip durability: $sent sent (warm-up + run), $answered answered with a new receipt ($retried retried, $((sent - answered - retried)) without one: refused or still in flight at the end; $exhausted requests beyond the pre-generated bodies); after SIGKILL the database holds $stored tips: every answered tip durable: $DURABLE"
  echo "  $TIP_DURABILITY" >&2
  # the baseline: the same documents, inserted by 32 writers into the same embedded server on a fresh file
  local row
  [ -s "$WORK/tip-sample.json" ] || { echo "  no tip stored: no document to copy for the baseline" >&2; return; }
  row=$(java -cp "$CP:backend/target/classes" bench/TipBaseline.java insert "$WORK/data-baseline" "$WORK/tip-sample.json" \
    "$WARMED" "$DURATION" 32 | tail -1)   # warmed as long as the tips were
  printf '6b baseline: plain inserts, same docs\t%s\t-\t%ss\n' "$row" "$WARMED" >> "$RESULTS"
  echo "  6b baseline: $(cut -f1 <<<"$row") inserts/s" >&2
}

check_answer() { # $1 = what is asked (for the message), then curl's arguments
  local what=$1; shift
  local reply; reply=$(curl -fs "$@")
  if grep -q '"errors"' <<<"$reply"; then echo "$what answers with errors: ${reply:0:300}" >&2; exit 1; fi
  if grep -q '"warning":null' <<<"$reply"; then echo "$what finds no warning: fix its slug" >&2; exit 1; fi
}
check_no_errors() { # $1 = body file
  check_answer "scenario body $1" -H 'Content-Type: application/json' --data-binary "@$1" "http://127.0.0.1:$APP_PORT/graphql"
}

# --- scenario bodies ----------------------------------------------------------------------
mkdir -p "$WORK/static"
HOME_QUERY=bench/queries/home.graphql
graphql_body "$HOME_QUERY" '{"lang":"en"}' > "$WORK/home-en.json"
graphql_body "$HOME_QUERY" '{"lang":"th"}' > "$WORK/home-th.json"
# SeedGen numbers copies in turn over the 21 samples: sample 0's copies end in -0, -21, -42, … (both sizes)
graphql_body bench/queries/by-slug.graphql '{"slug":"fake-customer-service-jobs-bangkok-myawaddy-21","lang":"th"}' > "$WORK/slug.json"
graphql_body bench/queries/search.graphql '{"text":"passport"}' > "$WORK/search-en.json"
graphql_body bench/queries/search.graphql '{"text":"หนังสือเดินทาง"}' > "$WORK/search-th.json"
graphql_body bench/queries/check-offer.graphql "$(jq -Rsc '{text: ., lang: "en"}' bench/job-ad.txt)" > "$WORK/check-offer.json"
HASH=$(sha256sum "$HOME_QUERY" | cut -d' ' -f1)
for lang in en th; do
  printf '/graphql?extensions=%s&variables=%s\n' \
    "$(printf '{"persistedQuery":{"version":1,"sha256Hash":"%s"}}' "$HASH" | jq -sRr @uri)" \
    "$(printf '{"lang":"%s"}' "$lang" | jq -sRr @uri)"
done > "$WORK/get-paths.txt"

for n in ${SIZES:-100 10000}; do
  echo "== $n warnings" >&2
  start_app "$n"          # first start: loads the seed file into the empty database
  echo "  first start (seeding $n warnings) ready in ${READY_MS} ms" >&2
  stop_app
  start_app "$n"          # the start that counts: an existing database
  echo "  restart ready in ${READY_MS} ms" >&2
  for b in home-en home-th slug search-en search-th; do check_no_errors "$WORK/$b.json"; done
  post_scenario "1 home page query, POST (n=$n)" "$WORK/home-en.json" "$WORK/home-th.json"
  # teach the GET path the home query's hash, as the site does on its first visit
  graphql_body "$HOME_QUERY" "{\"lang\":\"en\"}" "$HASH" | curl -fs -o /dev/null -H 'Content-Type: application/json' --data-binary @- "http://127.0.0.1:$APP_PORT/graphql"
  # a GET the server does not know is answered 200 with PERSISTED_QUERY_NOT_FOUND: it would measure nothing
  check_answer "GET $(head -1 "$WORK/get-paths.txt")" "http://127.0.0.1:$APP_PORT$(head -1 "$WORK/get-paths.txt")"
  SCRIPT=bench/lua/get.lua PATHS_FILE="$WORK/get-paths.txt" run_wrk "2 home page query, cacheable GET (n=$n)" "http://127.0.0.1:$APP_PORT"
  post_scenario "3 one warning by slug (n=$n)" "$WORK/slug.json"
  post_scenario "4 text search (n=$n)" "$WORK/search-en.json" "$WORK/search-th.json"
  if [ "$n" = 10000 ]; then
    check_no_errors "$WORK/check-offer.json"
    post_scenario "5 checkOffer, 1 KB job ad" "$WORK/check-offer.json"
    # the ceiling: the exact bytes of scenario 1 as a static file, from nginx and from the app
    curl -fs -H 'Content-Type: application/json' --data-binary "@$WORK/home-en.json" \
      "http://127.0.0.1:$APP_PORT/graphql" > "$WORK/static/home.json"
    sed -e "s#@PORT@#$NGINX_PORT#" -e "s#@ROOT@#$WORK/static#" -e "s#@WORK@#$WORK#" bench/nginx.conf > "$WORK/nginx.conf"
    nginx -c "$WORK/nginx.conf" -p "$WORK" -g 'daemon off;' & NGINX_PID=$!
    sleep 0.5
    echo "/home.json" > "$WORK/static-path.txt"
    SCRIPT=bench/lua/get.lua PATHS_FILE="$WORK/static-path.txt" run_wrk "7a ceiling: nginx static file" "http://127.0.0.1:$NGINX_PORT"
    SCRIPT=bench/lua/get.lua PATHS_FILE="$WORK/static-path.txt" run_wrk "7b ceiling: app static file" "http://127.0.0.1:$APP_PORT"
    tip_scenario   # last: it fills the database with tips and ends with a SIGKILL
  else
    stop_app
  fi
  printf 'ready %s\t%s ms\t\t\t\t%s MB\n' "$n" "$READY_MS" "$PEAK_RSS_MB" >> "$WORK/process.tsv"
done

# --- the table ----------------------------------------------------------------------------
CEILING=$(awk -F'\t' '/^7a/ {print $2}' "$RESULTS")
echo
echo "LureWatch benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(awk -F: '/model name/ {print $2; exit}' /proc/cpuinfo | xargs), wrk -t1 -c32 -d${DURATION}s, app on $APP_JAVA_NAME"
printf '%-48s %10s %9s %9s %8s %7s %6s %8s\n' scenario "req/s" p50 p99 errors "×nginx" JIT warm-up
while IFS=$'\t' read -r name rps p50 p99 errors jit warmed; do
  printf '%-48s %10s %9s %9s %8s %7s %6s %8s\n' "$name" "$rps" "$p50" "$p99" "$errors" \
    "$(awk -v a="$rps" -v b="$CEILING" 'BEGIN { if (b > 0) printf "%.2f", a / b }')" "${jit:--}" "${warmed:--}"
done < <(awk -F'\t' '/^6/ {tips = tips $0 "\n"; next} {print} /^5 / {printf "%s", tips; tips = ""}' \
  <(grep '^6' "$RESULTS" || true; grep -v '^6' "$RESULTS" || true))
TIP_RPS=$(awk -F'\t' '/^6 / {print $2}' "$RESULTS")
BASE_RPS=$(awk -F'\t' '/^6b/ {print $2}' "$RESULTS")
BASE_ERRORS=$(awk -F'\t' '/^6b/ {print $5}' "$RESULTS")
if [ -n "${TIP_DURABILITY:-}" ]; then
  echo
  if [ "${BASE_ERRORS:-0}" != 0 ]; then
    echo "submitTip / plain inserts: no ratio, $BASE_ERRORS of the baseline's inserts failed (see 6b)"
  elif [ -n "$TIP_RPS" ] && [ -n "$BASE_RPS" ]; then
    echo "submitTip / plain inserts of the same documents:" \
      "$(awk -v a="$TIP_RPS" -v b="$BASE_RPS" 'BEGIN { if (b > 0) printf "%.2f", a / b }') (target: at least 0.50)"
  fi
  echo "$TIP_DURABILITY"
fi
echo
awk -F'\t' '{ printf "process: %s, peak RSS %s\n", $1 " warnings ready in " $2, $6 }' "$WORK/process.tsv"
echo "(raw output and logs in $WORK)"
