#!/usr/bin/env bash
# The performance benchmark: the site against nginx serving the very same bytes, on this machine.
# Run by hand (not in CI):  bash bench/run.sh        Results: docs/BENCHMARKS.md
# Needs wrk and nginx (installed from Debian's packages when missing), a Java 17 JDK for the plain start
# (JAVA17_HOME, or java on the PATH) and a Java 25 JDK for the image's way (JAVA25_HOME).
#
# Start-up figures are only worth something on a quiet machine: before each timed start the script waits
# (up to QUIET_WAIT seconds) for the one-minute load average to fall below QUIET, and writes the load average
# beside every figure. STARTS starts of each kind are timed, each on a fresh database.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
APP_PORT=${APP_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
WORK=$(mktemp -d /tmp/nyfp-bench.XXXXXX)
chmod 755 "$WORK"  # nginx workers run as an unprivileged user and must read the saved pages
OUT=${OUT:-docs/BENCHMARKS.md}
QUIET=${QUIET:-0.5}
QUIET_WAIT=${QUIET_WAIT:-600}
STARTS=${STARTS:-3}
if [ -n "${JAVA17_HOME:-}" ]; then JAVA17="$JAVA17_HOME/bin/java"
elif [ -x /usr/lib/jvm/java-17-openjdk-amd64/bin/java ]; then JAVA17=/usr/lib/jvm/java-17-openjdk-amd64/bin/java
else JAVA17=java; fi
JAVA25_HOME=${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
"$JAVA25_HOME/bin/java" -version 2>&1 | grep -q 'version "25' || { echo "JAVA25_HOME must be a Java 25 JDK"; exit 1; }

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || need+=(nginx-light)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}"
fi

echo "== building the jar (with Spring AOT, as the Dockerfile builds it)"
./mvnw -q -B -ntp -Paot -DskipTests package
JAR=$(ls target/nyfp-site-*.jar | grep -v plain | head -1)

cleanup() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null || true
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# The image's way: the Dockerfile's own script (src/main/docker/site.sh) unpacks the jar and trains the AOT
# cache on Java 25 with the image's flags, as the image is built.
echo "== the image's way: unpacking the jar and training the AOT cache (src/main/docker/site.sh, Java 25)"
JAVA_HOME="$JAVA25_HOME" sh src/main/docker/site.sh extract "$JAR" "$WORK/image"
JAVA_HOME="$JAVA25_HOME" sh src/main/docker/site.sh train "$WORK/image" "$APP_PORT" > "$WORK/training.log" 2>&1 \
  || { cat "$WORK/training.log"; exit 1; }
PLAIN=("$JAVA17" -Xmx512m -jar "$JAR")
IMAGE=(env JAVA_HOME="$JAVA25_HOME" sh src/main/docker/site.sh run "$WORK/image")

source bench/quiet.sh

# start_site NAME COMMAND...: starts the site on a fresh H2 file named NAME, waits for its first page, and
# sets APP_PID, STARTED_MS (from the start of the command to the first answered page), STARTED_CPU (the
# processor time the site had used by then, in seconds), STARTED_RSS (MB) and STARTED_LOAD (the load average
# just before the command).
start_site() {
  local name=$1; shift
  STARTED_LOAD=$(load)
  local start_ns; start_ns=$(date +%s%N)
  "$@" --server.port="$APP_PORT" \
    --spring.datasource.url="jdbc:h2:file:$WORK/$name/nyfp;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE" \
    --clinic.secret.key-file="$WORK/$name/secret.key" --clinic.backup.folder="$WORK/$name/backups" \
    --clinic.consultation.rate-limit.max-per-hour=100000000 --server.forward-headers-strategy=native \
    --logging.level.root=WARN > "$WORK/$name.log" 2>&1 &
  APP_PID=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/"; do
    sleep 0.02
    kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/$name.log"; exit 1; }
  done
  STARTED_MS=$(( ($(date +%s%N) - start_ns) / 1000000 ))
  STARTED_CPU=$(awk '{ printf "%.1f", ($14 + $15) / 100 }' "/proc/$APP_PID/stat")
  STARTED_RSS=$(( $(ps -o rss= -p "$APP_PID" | tr -d ' ') / 1024 ))
  echo "   first page answered after ${STARTED_MS} ms (${STARTED_CPU} s of CPU, ${STARTED_RSS} MB resident, load ${STARTED_LOAD})"
}

stop_site() {
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
}

# time_starts KIND COMMAND...: STARTS timed starts on fresh databases, each on a quiet machine; sets
# STARTS_LIST (one "ms (CPU s, load)" a start) and STARTS_MEDIAN (ms).
time_starts() {
  local kind=$1; shift
  local all=() i
  STARTS_LIST=""
  for i in $(seq 1 "$STARTS"); do
    wait_quiet
    start_site "start-$kind-$i" "$@"
    stop_site
    all+=("$STARTED_MS")
    STARTS_LIST+="${STARTS_LIST:+; }${STARTED_MS} ms (${STARTED_CPU} s CPU, load ${STARTED_LOAD})"
  done
  STARTS_MEDIAN=$(printf '%s\n' "${all[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
}

echo "== start-up: $STARTS starts each, each on a fresh database and a quiet machine (load below $QUIET)"
time_starts plain "${PLAIN[@]}"
STARTUP_MS=$STARTS_MEDIAN; STARTUP_LIST=$STARTS_LIST
time_starts image "${IMAGE[@]}"
STARTUP_IMAGE_MS=$STARTS_MEDIAN; STARTUP_IMAGE_LIST=$STARTS_LIST

echo "== starting the site (java -Xmx512m -jar, Java 17) on a fresh H2 file for the load"
start_site db "${PLAIN[@]}"

CSS=$(curl -fs "http://127.0.0.1:$APP_PORT/" | grep -o '/assets/css/site-[0-9a-f]*\.css' | head -1)
JS=$(curl -fs "http://127.0.0.1:$APP_PORT/" | grep -o '/assets/js/site-[0-9a-f]*\.js' | head -1)
declare -A PATHS=( [home]="/" [condition]="/conditions/hemifacial-spasm" [search]="/search?q=twitch" [stylesheet]="$CSS" )
ORDER=(home condition search stylesheet)

echo "== saving the same bytes for nginx"
mkdir -p "$WORK/www"
for name in "${ORDER[@]}"; do
  curl -fs "http://127.0.0.1:$APP_PORT${PATHS[$name]}" -o "$WORK/www/$name"
done
cat > "$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  default_type text/html;
  types { text/css css; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    location / { try_files /\$arg_page =404; }
  }
}
CONF
chmod -R a+rX "$WORK/www"
nginx -c "$WORK/nginx.conf"
curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT/?page=home" || { echo "nginx does not serve the saved pages"; cat "$WORK/nginx-error.log"; exit 1; }

bench() { # url -> "rps p50 p99" (latencies in ms)
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$1" > "$WORK/wrk.txt"
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt")
  p50=$(awk '$1=="50%" {print $2}' "$WORK/wrk.txt")
  p99=$(awk '$1=="99%" {print $2}' "$WORK/wrk.txt")
  if grep -q "Non-2xx" "$WORK/wrk.txt"; then echo "non-2xx answers from $1" >&2; cat "$WORK/wrk.txt" >&2; exit 1; fi
  echo "$rps $(to_ms "$p50") $(to_ms "$p99")"
}
to_ms() { # wrk prints 1.23ms, 456.78us or 1.02s
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

# measure_pages PREFIX: a warm-up of each page, then for each page two alternating rounds of nginx and the
# site, keeping the better round of each; sets PREFIX_APP[page] and PREFIX_NGX[page] ("rps p50 p99").
measure_pages() {
  local prefix=$1 name round n a best_app best_ngx
  echo "== warming up the site"
  for name in "${ORDER[@]}"; do
    wrk -t2 -c"$CONNECTIONS" -d10s "http://127.0.0.1:$APP_PORT${PATHS[$name]}" > /dev/null
  done
  for name in "${ORDER[@]}"; do
    echo "== $name: nginx, site, nginx, site (load $(load))"
    best_app=""; best_ngx=""
    for round in 1 2; do
      n=$(bench "http://127.0.0.1:$NGINX_PORT/?page=$name")
      a=$(bench "http://127.0.0.1:$APP_PORT${PATHS[$name]}")
      echo "   round $round  nginx: $n   site: $a"
      # keep the better of the two rounds for each
      if [ -z "$best_ngx" ] || awk -v x="${n%% *}" -v y="${best_ngx%% *}" 'BEGIN{exit !(x>y)}'; then best_ngx=$n; fi
      if [ -z "$best_app" ] || awk -v x="${a%% *}" -v y="${best_app%% *}" 'BEGIN{exit !(x>y)}'; then best_app=$a; fi
    done
    eval "${prefix}_NGX[\$name]=\$best_ngx; ${prefix}_APP[\$name]=\$best_app"
  done
}

# warm_posts: POSTs (each after its form page, for its one-time token) in 15 s rounds until the rate levels
# off: a round within 5% of the round before, or 10 rounds. Each stored request takes two pages and a good
# deal of code (security, the form's template, validation, the limiter's transaction, Hibernate, H2), and on
# two cores, with wrk on one of them, the JIT needs a minute or two of this load to compile it all: after a
# fixed 20 s the rate was still rising by half from round to round. The gate is about the site's steady
# rate, so it is measured once the rate stops rising; the rounds are written down beside it.
warm_posts() {
  local previous=0 rate rounds=""
  for round in 1 2 3 4 5 6 7 8 9 10; do
    rate=$(wrk -t2 -c"$CONNECTIONS" -d15s -s bench/consultation-post.lua "http://127.0.0.1:$APP_PORT" -- warm-up \
      | awk -F= '/post_rate=/ {printf "%.0f", $2}')
    rounds+="${rounds:+, }${rate}"
    echo "   warm-up round $round: $rate POSTs a second" >&2
    if awk -v r="$rate" -v p="$previous" 'BEGIN { exit !(p > 0 && r < p * 1.05) }'; then break; fi
    previous=$rate
  done
  echo "$rounds"
}

H2=$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | sort | tail -1)
# measure_posts NAME: the POSTs, warmed up then measured, on the site started on database NAME; then the
# resident memory, and (with the site stopped) the requests found in its database. Sets POST_* and RSS_MB.
measure_posts() {
  local name=$1
  echo "== consultation POSTs (15 s rounds to warm up until the rate levels off, then the measured run; load $(load))"
  POST_WARMUP=$(warm_posts)
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -s bench/consultation-post.lua "http://127.0.0.1:$APP_PORT" -- measured > "$WORK/post-$name.txt"
  # wrk's own rate counts the forms opened for their tokens too; the script counts the POSTs.
  POST_RPS=$(awk -F= '/post_rate=/ {print $2}' "$WORK/post-$name.txt")
  POST_303=$(awk -F= '/see_other=/ {print $2}' "$WORK/post-$name.txt")
  POST_NON_303=$(awk -F= '/other_answers=/ {print $2}' "$WORK/post-$name.txt")
  POSTS_DONE=$(awk -F= '/post_requests=/ {print $2}' "$WORK/post-$name.txt")
  POST_LOAD=$(load)
  echo "   POSTs a second: $POST_RPS (load $POST_LOAD)"
  RSS_MB=$(( $(ps -o rss= -p "$APP_PID" | tr -d ' ') / 1024 ))
  echo "   resident memory after the load: $RSS_MB MB"
}

stored() { # NAME: requests of the measured run in database NAME (the site stopped)
  "$JAVA17" -cp "$H2" org.h2.tools.Shell -url "jdbc:h2:file:$WORK/$1/nyfp" -user sa -password "" \
    -sql "select count(*) from consultation_requests where message = 'measured'" | sed -n 2p | tr -d ' '
}

declare -A PLAIN_APP PLAIN_NGX IMAGE_APP IMAGE_NGX
measure_pages PLAIN
measure_posts db
POST_RPS_PLAIN=$POST_RPS; POST_303_PLAIN=$POST_303; POST_NON_303_PLAIN=$POST_NON_303; POSTS_DONE_PLAIN=$POSTS_DONE
POST_WARMUP_PLAIN=$POST_WARMUP; POST_LOAD_PLAIN=$POST_LOAD; RSS_PLAIN=$RSS_MB

size() { curl -fs -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "http://127.0.0.1:$APP_PORT$1"; }
PAGE_SIZES=""
CSS_GZ=$(size "$CSS"); JS_GZ=$(size "$JS")
for p in / /conditions/hemifacial-spasm /treatments /consultation "/search?q=twitch"; do
  html=$(size "$p")
  PAGE_SIZES+="| \`$p\` | $html | $((html + CSS_GZ + JS_GZ)) |"$'\n'
done
stop_site
STORED_PLAIN=$(stored db)

echo "== the image's way (src/main/docker/site.sh run: Java 25, AOT cache, Spring AOT, the image's flags) for the load"
start_site db2 "${IMAGE[@]}"
measure_pages IMAGE
measure_posts db2
POST_RPS_IMAGE=$POST_RPS; POST_303_IMAGE=$POST_303; POST_NON_303_IMAGE=$POST_NON_303; POSTS_DONE_IMAGE=$POSTS_DONE
POST_WARMUP_IMAGE=$POST_WARMUP; POST_LOAD_IMAGE=$POST_LOAD; RSS_IMAGE=$RSS_MB
stop_site
STORED_IMAGE=$(stored db2)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
page_rows() { # PREFIX
  local prefix=$1 name ar a50 a99 nr n50 n99 rows=""
  for name in "${ORDER[@]}"; do
    eval "read -r ar a50 a99 <<<\"\${${prefix}_APP[\$name]}\"; read -r nr n50 n99 <<<\"\${${prefix}_NGX[\$name]}\""
    rows+="| $name (\`${PATHS[$name]}\`) | $(ratio "$ar" "$nr") | $ar | $nr | $a50 | $a99 | $n99 |"$'\n'
  done
  printf '%s' "$rows"
}
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
CPU=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
# The soak run's section (bench/soak.sh) is kept as it is: this script rewrites only its own part.
SOAK_SECTION=""
if [ -f "$OUT" ]; then
  SOAK_SECTION=$(sed -n '/<!-- soak:start -->/,/<!-- soak:end -->/p' "$OUT")
fi
IMAGE_FLAGS=$(sed -n 's/^FLAGS="\(.*\)"$/\1/p' src/main/docker/site.sh)
cat > "$OUT" <<DOC
# Benchmarks

Produced by \`bash bench/run.sh\` on $(date -u +%Y-%m-%d) ($(nproc) cores, ${CPU}; load average at the end ${LOAD}).
Two ways of running the same jar (built with \`./mvnw -Paot package\`), each on a fresh H2 file:

- **plain**: \`java -Xmx512m -jar\` on $("$JAVA17" -version 2>&1 | head -1);
- **the image's way**: \`src/main/docker/site.sh run\` (as the Dockerfile starts it) on $("$JAVA25_HOME/bin/java" -version 2>&1 | head -1):
  Spring AOT, the AOT cache trained by \`site.sh train\`, \`${IMAGE_FLAGS}\`.

nginx serves the very bytes the site sent, saved to disk. Each page row is the better of two alternating
${DURATION} rounds of \`wrk -t2 -c${CONNECTIONS}\` after a warm-up, both servers on loopback, on the same
machine as the load generator.

## Start-up

Each start on a fresh database (so Flyway runs every migration), timed from the command to the first
answered page, after waiting for the one-minute load average to fall below ${QUIET}; the load average just
before each start is beside it.

| start | median | every start |
| --- | --- | --- |
| plain \`java -Xmx512m -jar\`, Java 17 | ${STARTUP_MS} ms | ${STARTUP_LIST} |
| the image's way, Java 25 | ${STARTUP_IMAGE_MS} ms | ${STARTUP_IMAGE_LIST} |

## Pages: the site against nginx

Plain \`java -Xmx512m -jar\`:

| page | site / nginx | site req/s | nginx req/s | site p50 ms | site p99 ms | nginx p99 ms |
| --- | --- | --- | --- | --- | --- | --- |
$(page_rows PLAIN)

The image's way:

| page | site / nginx | site req/s | nginx req/s | site p50 ms | site p99 ms | nginx p99 ms |
| --- | --- | --- | --- | --- | --- | --- |
$(page_rows IMAGE)

## Consultation requests and memory

| measure | plain | the image's way |
| --- | --- | --- |
| stored requests a second (each POST sent after opening its form for a one-time token, 303 expected) | ${POST_RPS_PLAIN} (load ${POST_LOAD_PLAIN}) | ${POST_RPS_IMAGE} (load ${POST_LOAD_IMAGE}) |
| POSTs a second in the 15 s warm-up rounds before it (measured once a round is within 5% of the one before) | ${POST_WARMUP_PLAIN} | ${POST_WARMUP_IMAGE} |
| POSTs answered / with 303 See Other / otherwise | ${POSTS_DONE_PLAIN} / ${POST_303_PLAIN} / ${POST_NON_303_PLAIN} | ${POSTS_DONE_IMAGE} / ${POST_303_IMAGE} / ${POST_NON_303_IMAGE} |
| requests found in the database afterwards (at least every one answered 303; a few more were still in flight when the load stopped) | ${STORED_PLAIN} | ${STORED_IMAGE} |
| resident memory after the load (pages, then POSTs) | ${RSS_PLAIN} MB | ${RSS_IMAGE} MB |

## Page weight (gzip, as sent to a browser)

Stylesheet ${CSS_GZ} bytes and script ${JS_GZ} bytes, cached for a year after the first page.

| page | HTML bytes | with stylesheet and script |
| --- | --- | --- |
${PAGE_SIZES}
DOC
met() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { ok = (op == ">=") ? (v >= t) : (v < t); print (ok ? "met" : "not met") }'; }
# both_met A B OP T: "met" only when both figures meet the target (each row names two pages).
both_met() { if [ "$(met "$1" "$3" "$4")" = met ] && [ "$(met "$2" "$3" "$4")" = met ]; then echo met; else echo "not met"; fi; }
posts_met() { # RATE STORED ANSWERED-303 OTHER
  if [ "$2" -ge "$3" ] && [ "$4" -eq 0 ]; then met "$1" ">=" 600; else echo "not met: requests lost"; fi
}
field() { # PREFIX PAGE N: the Nth figure (1 rate, 3 p99) of a page's row
  local v; eval "v=\${${1}_APP[$2]}"; echo "$v" | cut -d' ' -f"$3"
}
nginx() { local v; eval "v=\${${1}_NGX[$2]}"; echo "${v%% *}"; }
pages_row() { # PREFIX LABEL
  local h c hs
  h=$(ratio "$(field "$1" home 1)" "$(nginx "$1" home)"); c=$(ratio "$(field "$1" condition 1)" "$(nginx "$1" condition)")
  echo "| content pages (home, condition) at least 0.5 of nginx's rate, $2 | $h and $c | $(both_met "$h" "$c" ">=" 0.5) |"
  echo "| their p99 at ${CONNECTIONS} connections under 20 ms, $2 | $(field "$1" home 3) and $(field "$1" condition 3) ms | $(both_met "$(field "$1" home 3)" "$(field "$1" condition 3)" "<" 20) |"
  hs=$(ratio "$(field "$1" search 1)" "$(nginx "$1" search)")
  echo "| search at least a quarter of nginx's rate, $2 | $hs | $(met "$hs" ">=" 0.25) |"
}
LARGEST=$(echo "$PAGE_SIZES" | awk -F'|' 'NF > 3 { gsub(/ /, "", $4); if ($4 + 0 > max) max = $4 + 0 } END { print max }')
cat >> "$OUT" <<DOC
## The targets

| target | this run | |
| --- | --- | --- |
| first page under 3 s after the command, the image's way (median of ${STARTS}) | ${STARTUP_IMAGE_MS} ms | $(met "$STARTUP_IMAGE_MS" "<" 3000) |
| resident memory after the load under 250 MB, the image's way (\`-Xmx512m\`) | ${RSS_IMAGE} MB | $(met "$RSS_IMAGE" "<" 250) |
| first page under 8 s, plain \`java -Xmx512m -jar\` on Java 17 (median of ${STARTS}) | ${STARTUP_MS} ms | $(met "$STARTUP_MS" "<" 8000) |
$(pages_row PLAIN plain)
$(pages_row IMAGE "the image's way")
| at least 600 stored consultation requests a second, none lost, plain | ${POST_RPS_PLAIN}/s; ${STORED_PLAIN} stored for ${POST_303_PLAIN} answered 303, ${POST_NON_303_PLAIN} other answers | $(posts_met "$POST_RPS_PLAIN" "$STORED_PLAIN" "$POST_303_PLAIN" "$POST_NON_303_PLAIN") |
| the same, the image's way | ${POST_RPS_IMAGE}/s; ${STORED_IMAGE} stored for ${POST_303_IMAGE} answered 303, ${POST_NON_303_IMAGE} other answers | $(posts_met "$POST_RPS_IMAGE" "$STORED_IMAGE" "$POST_303_IMAGE" "$POST_NON_303_IMAGE") |
| every page with its stylesheet and script under 30 KB compressed | largest ${LARGEST} bytes | $(met "$LARGEST" "<" 30720) |

DOC
cat bench/NOTES.md >> "$OUT"
if [ -n "$SOAK_SECTION" ]; then printf '\n%s\n' "$SOAK_SECTION" >> "$OUT"; fi
echo "== written to $OUT"
cat "$OUT"
