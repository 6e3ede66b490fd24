#!/usr/bin/env bash
# The performance benchmark: the site against nginx serving the very same bytes, on this machine.
# Run by hand (not in CI):  bash bench/run.sh        Results: docs/BENCHMARKS.md
# Needs wrk and nginx (installed from Debian's packages when missing) and Java 17+.
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

# start_site NAME JAVA-ARGS...: starts the site on a fresh H2 file named NAME, waits for its first page,
# and sets APP_PID and STARTED_MS (from the start of the java command to the first answered page).
start_site() {
  local name=$1; shift
  local start_ns; start_ns=$(date +%s%N)
  java "$@" --server.port="$APP_PORT" \
    --spring.datasource.url="jdbc:h2:file:$WORK/$name/nyfp;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE" \
    --clinic.consultation.rate-limit.max-per-hour=100000000 --server.forward-headers-strategy=native \
    --logging.level.root=WARN > "$WORK/$name.log" 2>&1 &
  APP_PID=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/"; do
    sleep 0.05
    kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/$name.log"; exit 1; }
  done
  STARTED_MS=$(( ($(date +%s%N) - start_ns) / 1000000 ))
  echo "   first page answered after ${STARTED_MS} ms"
}

echo "== starting the site (java -Xmx512m -jar) on a fresh H2 file"
start_site db -Xmx512m -jar "$JAR"
STARTUP_MS=$STARTED_MS

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

echo "== warming up the site"
for name in "${ORDER[@]}"; do
  wrk -t2 -c"$CONNECTIONS" -d10s "http://127.0.0.1:$APP_PORT${PATHS[$name]}" > /dev/null
done

declare -A APP NGX
for name in "${ORDER[@]}"; do
  echo "== $name: nginx, site, nginx, site"
  best_app=""; best_ngx=""
  for round in 1 2; do
    n=$(bench "http://127.0.0.1:$NGINX_PORT/?page=$name")
    a=$(bench "http://127.0.0.1:$APP_PORT${PATHS[$name]}")
    echo "   round $round  nginx: $n   site: $a"
    # keep the better of the two rounds for each
    if [ -z "$best_ngx" ] || awk -v x="${n%% *}" -v y="${best_ngx%% *}" 'BEGIN{exit !(x>y)}'; then best_ngx=$n; fi
    if [ -z "$best_app" ] || awk -v x="${a%% *}" -v y="${best_app%% *}" 'BEGIN{exit !(x>y)}'; then best_app=$a; fi
  done
  NGX[$name]=$best_ngx; APP[$name]=$best_app
done

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

echo "== consultation POSTs (15 s rounds to warm up until the rate levels off, then the measured run)"
POST_WARMUP=$(warm_posts)
BEFORE=$(curl -fs -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT/actuator/health")
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -s bench/consultation-post.lua "http://127.0.0.1:$APP_PORT" -- measured > "$WORK/post.txt"
# wrk's own rate counts the forms opened for their tokens too; the script counts the POSTs.
POST_RPS=$(awk -F= '/post_rate=/ {print $2}' "$WORK/post.txt")
POST_303=$(awk -F= '/see_other=/ {print $2}' "$WORK/post.txt")
POST_NON_303=$(awk -F= '/other_answers=/ {print $2}' "$WORK/post.txt")

RSS_KB=$(ps -o rss= -p "$APP_PID" | tr -d ' ')

size() { curl -fs -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "http://127.0.0.1:$APP_PORT$1"; }
PAGE_SIZES=""
CSS_GZ=$(size "$CSS"); JS_GZ=$(size "$JS")
for p in / /conditions/hemifacial-spasm /treatments /consultation "/search?q=twitch"; do
  html=$(size "$p")
  PAGE_SIZES+="| \`$p\` | $html | $((html + CSS_GZ + JS_GZ)) |"$'\n'
done

kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
H2=$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | sort | tail -1)
STORED=$(java -cp "$H2" org.h2.tools.Shell -url "jdbc:h2:file:$WORK/db/nyfp" -user sa -password "" \
  -sql "select count(*) from consultation_requests where message = 'measured'" | sed -n 2p | tr -d ' ')
POSTS_DONE=$(awk -F= '/post_requests=/ {print $2}' "$WORK/post.txt")

echo "== the Dockerfile's way: Spring AOT, class-data sharing archive and its memory flags"
# The Dockerfile's JAVA_TOOL_OPTIONS, in a container limited to 768 MB (emulated by -XX:MaxRAM, which is what
# the JVM reads a container's limit as), with the heap's ceiling at 512 MB as in the plain run above.
DOCKER_FLAGS="-XX:MaxRAM=768m $(sed -n 's/.*JAVA_TOOL_OPTIONS="\([^"]*\)".*/\1/p' Dockerfile | sed 's/-XX:MaxRAMPercentage=[0-9]* //') -Xmx512m"
export MALLOC_ARENA_MAX=2  # as the Dockerfile sets it
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/extracted" > /dev/null
APP_JAR=$(ls "$WORK"/extracted/*.jar | head -1)
# The training start: the Dockerfile's own script (src/main/docker/train-class-archive.sh), with the Dockerfile's flags.
JAVA_TOOL_OPTIONS="$DOCKER_FLAGS" sh src/main/docker/train-class-archive.sh "$APP_JAR" "$WORK/app.jsa" "$APP_PORT" > "$WORK/training.log" 2>&1 \
  || { cat "$WORK/training.log"; exit 1; }
# shellcheck disable=SC2086  # DOCKER_FLAGS is a list of flags
start_site db2 $DOCKER_FLAGS -XX:SharedArchiveFile="$WORK/app.jsa" -Dspring.aot.enabled=true -jar "$APP_JAR"
STARTUP_CDS_MS=$STARTED_MS
STARTUP_CDS_CPU=$(awk '{ printf "%.1f", ($14 + $15) / 100 }' "/proc/$APP_PID/stat")
# The same load as above (a warm-up and one measured round of each page, then the POSTs): the pages' rates
# with the Dockerfile's flags, and the resident memory afterwards.
declare -A DOCKER_APP
for name in "${ORDER[@]}"; do
  wrk -t2 -c"$CONNECTIONS" -d10s "http://127.0.0.1:$APP_PORT${PATHS[$name]}" > /dev/null
  DOCKER_APP[$name]=$(bench "http://127.0.0.1:$APP_PORT${PATHS[$name]}")
  echo "   $name: ${DOCKER_APP[$name]}"
done
POST_WARMUP_DOCKER=$(warm_posts)
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -s bench/consultation-post.lua "http://127.0.0.1:$APP_PORT" -- measured > "$WORK/post-docker.txt"
POST_RPS_DOCKER=$(awk -F= '/post_rate=/ {print $2}' "$WORK/post-docker.txt")
echo "   POSTs a second: $POST_RPS_DOCKER"
RSS_DOCKER_KB=$(ps -o rss= -p "$APP_PID" | tr -d ' ')
echo "   resident memory after the load: $((RSS_DOCKER_KB / 1024)) MB"
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
ROWS=""
for name in "${ORDER[@]}"; do
  read -r ar a50 a99 <<<"${APP[$name]}"; read -r nr n50 n99 <<<"${NGX[$name]}"
  ROWS+="| $name (\`${PATHS[$name]}\`) | $(ratio "$ar" "$nr") | $ar | $nr | $a50 | $a99 | $n99 |"$'\n'
done

DOCKER_ROWS=""
for name in "${ORDER[@]}"; do
  read -r ar _ a99 <<<"${DOCKER_APP[$name]}"; read -r nr _ _ <<<"${NGX[$name]}"
  DOCKER_ROWS+="| $name | $(ratio "$ar" "$nr") | $ar | $a99 |"$'\n'
done
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
CPU=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
# The soak run's section (bench/soak.sh) is kept as it is: this script rewrites only its own part.
SOAK_SECTION=""
if [ -f "$OUT" ]; then
  SOAK_SECTION=$(sed -n '/<!-- soak:start -->/,/<!-- soak:end -->/p' "$OUT")
fi
cat > "$OUT" <<DOC
# Benchmarks

Produced by \`bash bench/run.sh\` on $(date -u +%Y-%m-%d) ($(nproc) cores, ${CPU}, $(java -version 2>&1 | head -1);
load average at the end ${LOAD}).
The site runs as \`java -Xmx512m -jar\` on a fresh H2 file; nginx serves the very bytes the site sent,
saved to disk. Each row is the better of two alternating ${DURATION} rounds of \`wrk -t2 -c${CONNECTIONS}\`
after a warm-up, both servers on loopback, on the same machine as the load generator.

## Pages: the site against nginx

| page | site / nginx | site req/s | nginx req/s | site p50 ms | site p99 ms | nginx p99 ms |
| --- | --- | --- | --- | --- | --- | --- |
${ROWS}
## Consultation requests

| measure | result |
| --- | --- |
| POSTs per second (each a complete request sent after opening its form for a one-time token, 303 expected) | ${POST_RPS} |
| POSTs per second in the 15 s warm-up rounds before it (measured once a round is within 5% of the one before) | ${POST_WARMUP} |
| the same, the Dockerfile's way: measured, and its warm-up rounds | ${POST_RPS_DOCKER}; ${POST_WARMUP_DOCKER} |
| POSTs answered / with 303 See Other / otherwise | ${POSTS_DONE} / ${POST_303} / ${POST_NON_303} |
| requests found in the database afterwards (at least every one answered 303; a few more were still in flight when the load stopped) | ${STORED} |

## Start-up and memory

| measure | result |
| --- | --- |
| start to first answered page, plain \`java -jar\` | ${STARTUP_MS} ms |
| start to first answered page, the Dockerfile's way (Spring AOT, class-data sharing archive, \`${DOCKER_FLAGS}\`, \`MALLOC_ARENA_MAX=2\`) | ${STARTUP_CDS_MS} ms (${STARTUP_CDS_CPU} s of CPU) |
| resident memory after the load (\`-Xmx512m\`) | $((RSS_KB / 1024)) MB |
| resident memory after the same load, the Dockerfile's way (\`${DOCKER_FLAGS}\`, \`MALLOC_ARENA_MAX=2\`) | $((RSS_DOCKER_KB / 1024)) MB |

Pages the Dockerfile's way (its flags; one 10 s round of each after a 10 s warm-up, against the
nginx rates above):

| page | site / nginx | site req/s | site p99 ms |
| --- | --- | --- | --- |
${DOCKER_ROWS}
## Page weight (gzip, as sent to a browser)

Stylesheet ${CSS_GZ} bytes and script ${JS_GZ} bytes, cached for a year after the first page.

| page | HTML bytes | with stylesheet and script |
| --- | --- | --- |
${PAGE_SIZES}
DOC
met() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { ok = (op == ">=") ? (v >= t) : (v < t); print (ok ? "met" : "not met") }'; }
read -r hr _ h99 <<<"${APP[home]}"; read -r hn _ _ <<<"${NGX[home]}"
read -r cr _ c99 <<<"${APP[condition]}"; read -r cn _ _ <<<"${NGX[condition]}"
read -r sr _ _ <<<"${APP[search]}"; read -r sn _ _ <<<"${NGX[search]}"
# both_met A B OP T: "met" only when both figures meet the target (each row names two pages).
both_met() { if [ "$(met "$1" "$3" "$4")" = met ] && [ "$(met "$2" "$3" "$4")" = met ]; then echo met; else echo "not met"; fi; }
posts_met() { if [ "$STORED" -ge "$POST_303" ] && [ "$POST_NON_303" -eq 0 ]; then met "$POST_RPS" ">=" 500; else echo "not met: requests lost"; fi; }
LARGEST=$(echo "$PAGE_SIZES" | awk -F'|' 'NF > 3 { gsub(/ /, "", $4); if ($4 + 0 > max) max = $4 + 0 } END { print max }')
cat >> "$OUT" <<DOC
## The targets

| target | this run | |
| --- | --- | --- |
| home and condition pages at least half of nginx's rate | $(ratio "$hr" "$hn") and $(ratio "$cr" "$cn") | $(both_met "$(ratio "$hr" "$hn")" "$(ratio "$cr" "$cn")" ">=" 0.5) |
| page p99 latency at ${CONNECTIONS} connections under 20 ms | ${h99} and ${c99} ms | $(both_met "$h99" "$c99" "<" 20) |
| search at least a quarter of nginx's rate | $(ratio "$sr" "$sn") | $(met "$(ratio "$sr" "$sn")" ">=" 0.25) |
| at least 500 stored consultation requests a second, none lost | ${POST_RPS}/s; ${STORED} stored for ${POST_303} answered 303, ${POST_NON_303} other answers | $(posts_met) |
| start-up to the first page under 4 s with plain \`java -jar\` | ${STARTUP_MS} ms | $(met "$STARTUP_MS" "<" 4000) |
| the same, the Dockerfile's way (Spring AOT and class-data sharing) | ${STARTUP_CDS_MS} ms | $(met "$STARTUP_CDS_MS" "<" 4000) |
| resident memory after the load under 300 MB | $((RSS_KB / 1024)) MB | $(met "$((RSS_KB / 1024))" "<" 300) |
| the same, the Dockerfile's way with \`-Xmx512m\` | $((RSS_DOCKER_KB / 1024)) MB | $(met "$((RSS_DOCKER_KB / 1024))" "<" 300) |
| home and condition pages at least half of nginx's rate, the Dockerfile's way | $(ratio "${DOCKER_APP[home]%% *}" "$hn") and $(ratio "${DOCKER_APP[condition]%% *}" "$cn") | $(both_met "$(ratio "${DOCKER_APP[home]%% *}" "$hn")" "$(ratio "${DOCKER_APP[condition]%% *}" "$cn")" ">=" 0.5) |
| every page with its stylesheet and script under 30 KB compressed | largest ${LARGEST} bytes | $(met "$LARGEST" "<" 30720) |

DOC
cat bench/NOTES.md >> "$OUT"
if [ -n "$SOAK_SECTION" ]; then printf '\n%s\n' "$SOAK_SECTION" >> "$OUT"; fi
echo "== written to $OUT"
cat "$OUT"
