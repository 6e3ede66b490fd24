#!/usr/bin/env bash
# The soak benchmark (issue 16): does one instance hold under a flood, losing nothing?
# Run by hand (not in CI):  bash bench/soak.sh          Results: a section of docs/BENCHMARKS.md
# Shorter floods for trying things out:  FLOOD=120 OUT=/tmp/soak.md bash bench/soak.sh
# (FLOODS="form posts" picks floods; APP_ARGS="--name=value ..." passes settings to the site.)
#
# One instance, `java -Xmx512m -jar` on a fresh H2 file, trusting X-Forwarded-For from loopback
# (SERVER_FORWARD_HEADERS_STRATEGY=native), is flooded by wrk for FLOOD seconds at a time, as fast as this
# machine drives it, with each of:
#   form      views of /consultation, no cookies kept
#   search    searches for words never asked before (every address new)
#   sign-in   staff sign-ins (password step) with made-up usernames, all from one address; meanwhile
#             bench/colleague-sign-in.py times a colleague's real sign-in from another address
#   posts     complete consultation requests from ever-new addresses, each with a token from the form
# Beside each flood a second client (bench/SoakProbe.java) reads a content page ten times a second and sends
# one valid consultation request a second, noting every reference a confirmation showed. Recorded for each:
# the live heap after a full GC before and after the flood (jcmd GC.class_histogram), the resident
# memory, the content page's latency, and whether every confirmed request is in the database (checked with
# the site stopped).
# Needs wrk (installed from Debian's packages when missing) and a JDK 17+ (jcmd).
set -euo pipefail
cd "$(dirname "$0")/.."

FLOOD=${FLOOD:-600}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
APP_PORT=${APP_PORT:-18090}
PAGE=${PAGE:-/conditions/bells-palsy}
OUT=${OUT:-docs/BENCHMARKS.md}
FLOODS=${FLOODS:-form search sign-in posts}
BASE="http://127.0.0.1:$APP_PORT"
WORK=$(mktemp -d /tmp/nyfp-soak.XXXXXX)

command -v wrk >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk; }
command -v jcmd >/dev/null || { echo "jcmd is needed (a JDK, not only a JRE)"; exit 1; }

if [ -z "${JAR:-}" ]; then
  echo "== building the jar"
  ./mvnw -q -B -ntp -DskipTests package
  JAR=$(ls target/nyfp-site-*.jar | grep -v plain | head -1)
fi

cleanup() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "${PROBE_PID:-}" ] && kill "$PROBE_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== starting the site (java -Xmx512m -jar) on a fresh H2 file in $WORK"
DB_URL="jdbc:h2:file:$WORK/db/nyfp"
ADMIN_PASSWORD="soak-admin-password-$RANDOM$RANDOM"
SERVER_FORWARD_HEADERS_STRATEGY=native java -Xmx512m -jar "$JAR" --server.port="$APP_PORT" \
  --spring.datasource.url="$DB_URL;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE" \
  --clinic.secret.key-file="$WORK/secret.key" --clinic.backup.folder="$WORK/backups" \
  --clinic.admin.username=soak --clinic.admin.password="$ADMIN_PASSWORD" \
  --logging.level.root=WARN ${APP_ARGS:-} > "$WORK/app.log" 2>&1 &
APP_PID=$!
until curl -fs -o /dev/null "$BASE/"; do
  sleep 0.2
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
done

live_heap_mb() { # what is live after a full collection: the total of a class histogram, which makes one
  # (GC.heap_info read after GC.run would also count whatever was allocated in between)
  jcmd "$APP_PID" GC.class_histogram | awk '$1 == "Total" { printf "%.1f", $3 / 1048576 }'
}
settle() { # requests still waiting their turn when wrk stops are worked through (the waiting line's 10 s)
  sleep 15
}
rss_mb() { ps -o rss= -p "$APP_PID" | awk '{ printf "%.0f", $1 / 1024 }'; }

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== warming up (60 s of each kind of request, and the probe)"
wrk -t"$THREADS" -c16 -d15s "$BASE/consultation" > /dev/null
wrk -t"$THREADS" -c16 -d15s -s bench/soak-search.lua "$BASE" > /dev/null
wrk -t"$THREADS" -c16 -d15s -s bench/consultation-post.lua "$BASE" -- warm-up > /dev/null
wrk -t"$THREADS" -c16 -d15s "$BASE$PAGE" > /dev/null
java bench/SoakProbe.java "$BASE" 10 "$PAGE" "$WORK/warm-up" > /dev/null
settle

declare -A RESULT
for name in $FLOODS; do
  case $name in
    form) args=("$BASE/consultation") ;;
    search) args=(-s bench/soak-search.lua "$BASE") ;;
    sign-in) args=(-s bench/soak-sign-in.lua "$BASE" -- soak) ;;
    posts) args=(-s bench/consultation-post.lua "$BASE" -- flood) ;;
    *) echo "unknown flood $name"; exit 1 ;;
  esac
  heap0=$(live_heap_mb); rss0=$(rss_mb)
  echo "== flood '$name' for ${FLOOD}s (live heap ${heap0} MB, resident ${rss0} MB before)"
  # wrk runs a few seconds longer than the probe, so the probe's whole run is inside the flood.
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$((FLOOD + 6))s" --timeout 10s --latency "${args[@]}" > "$WORK/$name.wrk" &
  WRK_PID=$!
  sleep 3
  java bench/SoakProbe.java "$BASE" "$FLOOD" "$PAGE" "$WORK/$name" > "$WORK/$name.probe" &
  PROBE_PID=$!
  COLLEAGUE_PID=""
  if [ "$name" = sign-in ]; then
    python3 bench/colleague-sign-in.py "$BASE" soak "$ADMIN_PASSWORD" "$FLOOD" > "$WORK/$name.colleague" &
    COLLEAGUE_PID=$!
  fi
  wait "$PROBE_PID"; PROBE_PID=""
  [ -n "$COLLEAGUE_PID" ] && { wait "$COLLEAGUE_PID"; cat "$WORK/$name.colleague" >> "$WORK/$name.wrk"; }
  wait "$WRK_PID"
  load=$(cut -d' ' -f1 /proc/loadavg)
  settle
  heap1=$(live_heap_mb); rss1=$(rss_mb)
  rate=$(awk '/Requests\/sec/ {print $2}' "$WORK/$name.wrk")
  non2xx=$(awk '/Non-2xx/ {print $NF}' "$WORK/$name.wrk"); non2xx=${non2xx:-0}
  errors=$(awk '/Socket errors/ {print $0}' "$WORK/$name.wrk" | sed 's/^ *Socket errors: //'); errors=${errors:-none}
  extra=$(grep -E '^(post_requests|see_other|other_answers|post_rate|sign_ins|redirected|refused|sign_in_rate|colleague_sign_ins)=' "$WORK/$name.wrk" | tr '\n' ' ' || true)
  probe=$(head -1 "$WORK/$name.probe")
  echo "   rate ${rate}/s, non-2xx ${non2xx}, socket errors: ${errors}; ${extra}"
  echo "   probe: ${probe}"
  echo "   live heap ${heap1} MB, resident ${rss1} MB after"
  grep '^post_failure' "$WORK/$name.probe" || true
  RESULT[$name]="$rate|$non2xx|$errors|$extra|$probe|$heap0|$heap1|$rss0|$rss1|$load"
done

LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== stopping the site and checking every confirmed reference in the database"
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
H2=$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | sort -V | tail -1)
files=(); for name in $FLOODS; do files+=("$WORK/$name.references"); done
java -cp "$H2" bench/SoakProbe.java check "$DB_URL" "${files[@]}" > "$WORK/check.txt"
cat "$WORK/check.txt"
# The site's own ERROR lines (not the stack traces under them), by message, most frequent first.
grep -E '^[0-9]{4}-[0-9-]+T[^ ]+ +ERROR ' "$WORK/app.log" | sed -E 's/^[^ ]+ +ERROR [0-9]+ --- \[[^]]*\] \[[^]]*\] //' \
  | cut -c1-160 | sort | uniq -c | sort -rn | head -5 > "$WORK/app-errors.txt" || true

value() { echo "$1" | tr ' ' '\n' | awk -F= -v k="$2" '$1 == k { print $2 }'; }
met() { awk -v v="$1" -v t="$2" 'BEGIN { print ((v + 0 < t + 0) ? "met" : "not met") }'; }
ROWS=""; HEAP_GOALS=""; P99_GOALS=""; STORED_GOALS=""; DETAILS=""
for name in $FLOODS; do
  IFS='|' read -r rate non2xx errors extra probe heap0 heap1 rss0 rss1 load <<<"${RESULT[$name]}"
  p50=$(value "$probe" read_p50_ms); p99=$(value "$probe" read_p99_ms); max=$(value "$probe" read_max_ms)
  reads=$(value "$probe" reads); read_errors=$(value "$probe" read_errors)
  confirmed=$(awk -v f="$WORK/$name.references" '$1 == f { split($2, a, "="); print a[2] }' "$WORK/check.txt")
  found=$(awk -v f="$WORK/$name.references" '$1 == f { split($3, a, "="); print a[2] }' "$WORK/check.txt")
  posts=$(value "$probe" posts); failures=$(value "$probe" post_failures)
  growth=$(awk -v a="$heap0" -v b="$heap1" 'BEGIN { printf "%+.1f", b - a }')
  ROWS+="| $name | $rate | $non2xx | $heap0 → $heap1 ($growth) | $rss0 → $rss1 | $p50 / $p99 / $max ($reads reads, $read_errors failed) | $confirmed of $posts sent ($failures not confirmed); $found found in the database | $load |"$'\n'
  HEAP_GOALS+="$name $growth MB: $(awk -v g="$growth" 'BEGIN { print ((g < 20 && g > -20) ? "met" : "not met") }'); "
  P99_GOALS+="$name $p99 ms: $(met "$p99" 50); "
  STORED_GOALS+="$name $found of $confirmed: $([ "$found" = "$confirmed" ] && echo met || echo not met); "
  DETAILS+="- **$name**: \`wrk\` ${rate} requests a second, ${non2xx} answers other than 2xx/3xx, socket errors: ${errors}.${extra:+ Counted by the script: \`${extra% }\`.}"$'\n'
done

CPU=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
cat > "$WORK/section.md" <<DOC
<!-- soak:start -->
## Soak: floods against one instance

Produced by \`bash bench/soak.sh\` on $(date -u +%Y-%m-%d) ($(nproc) cores, ${CPU}, $(java -version 2>&1 | head -1)).
One instance, \`java -Xmx512m -jar\` on a fresh H2 file with \`SERVER_FORWARD_HEADERS_STRATEGY=native\`; each
flood is \`wrk -t${THREADS} -c${CONNECTIONS}\` for $((FLOOD / 60)) min $((FLOOD % 60)) s on loopback, as fast as the machine drives it, on the
same two cores as the site. Beside each flood, a second client (\`bench/SoakProbe.java\`) reads \`${PAGE}\` ten
times a second (latency counted from when each read was due) and sends one valid consultation request a
second from an address of its own; every reference its confirmations showed is looked up in the database
after the site is stopped. Live heap is what a full collection leaves (the total of \`jcmd
GC.class_histogram\`, which makes one), before each flood and 15 s after it (when the requests still waiting
their turn have been worked through).

| flood | rate (req/s) | non-2xx/3xx | live heap, MB: before → after (change) | resident, MB | content page p50 / p99 / max, ms | valid requests during the flood | load average at the end |
| --- | --- | --- | --- | --- | --- | --- | --- |
${ROWS}
| goal | this run |
| --- | --- |
| live heap after a full GC flat over each flood, within 20 MB | ${HEAP_GOALS% } |
| the content page's p99 during each flood under 50 ms | ${P99_GOALS% } |
| every request a confirmation showed is in the database | ${STORED_GOALS% } |

${DETAILS}
The machine's load average (1, 5, 15 min) was ${LOAD_START} at the start and ${LOAD_END} at the end (other work
shares these two cores). ERROR lines in the site's log during the run, by count:
$( [ -s "$WORK/app-errors.txt" ] && sed -E 's/^ *([0-9]+) (.*)$/- \1 × `\2`/' "$WORK/app-errors.txt" || echo "none.")

$( [ -f bench/SOAK-NOTES.md ] && cat bench/SOAK-NOTES.md )
<!-- soak:end -->
DOC

if [ -f "$OUT" ] && grep -q '<!-- soak:start -->' "$OUT"; then
  awk -v section="$WORK/section.md" '
    /<!-- soak:start -->/ { while ((getline line < section) > 0) print line; skip = 1; next }
    /<!-- soak:end -->/ { skip = 0; next }
    !skip { print }' "$OUT" > "$WORK/out.md"
  cp "$WORK/out.md" "$OUT"
else
  { echo; cat "$WORK/section.md"; } >> "$OUT"
fi
echo "== written to $OUT"
