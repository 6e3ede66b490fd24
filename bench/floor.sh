#!/usr/bin/env bash
# The floor under the start-up targets: how fast the site's fixed stack starts with nothing of the site in it,
# side by side with the site, on this machine, both ways the site starts.
# Run by hand (not in CI):  bash bench/floor.sh        Results: docs/BENCHMARKS.md
#
# Three applications, each started STARTS times in turn (site, stack, web, site, stack, web, ...), each start
# on a fresh database and, like bench/run.sh, only once the one-minute load average is below QUIET:
# - site:  the site's own jar;
# - stack: bench/floor/stack, the fixed stack with nothing of the site (Spring MVC, Thymeleaf, Bean Validation,
#          Spring Security, Spring Data JPA with Hibernate, Flyway, an H2 file) and one page reading one table;
# - web:   bench/floor/web, Spring MVC and Thymeleaf alone, one page.
# Each is started two ways: plain (`java -Xmx512m -jar` on Java 17) and the image's way (Spring AOT and a
# Java 25 AOT cache made by a training start, with the flags and the run step of src/main/docker/site.sh).
# For each start: the time from the `java` command to the first answered page, the processor time the JVM had
# used by then, its resident memory, and the number of classes it had loaded.
#
# A target below the stack's own floor cannot be met by work on the site: only by a faster machine, a
# different stack, or a different target. The gap between the site and the stack is what the site itself costs.
set -euo pipefail
cd "$(dirname "$0")/.."

STARTS=${STARTS:-3}
QUIET=${QUIET:-0.5}
QUIET_WAIT=${QUIET_WAIT:-600}
PORT=${PORT:-18090}
OUT=${OUT:-}
if [ -n "${JAVA17_HOME:-}" ]; then JAVA17_HOME=$JAVA17_HOME
elif [ -x /usr/lib/jvm/java-17-openjdk-amd64/bin/java ]; then JAVA17_HOME=/usr/lib/jvm/java-17-openjdk-amd64
else JAVA17_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")"); fi
JAVA25_HOME=${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
"$JAVA25_HOME/bin/java" -version 2>&1 | grep -q 'version "25' || { echo "JAVA25_HOME must be a Java 25 JDK"; exit 1; }
"$JAVA17_HOME/bin/java" -version 2>&1 | grep -q 'version "17' || { echo "JAVA17_HOME must be a Java 17 JDK"; exit 1; }

# The floors must stand on the site's own Spring Boot.
boot() { sed -n '/<parent>/,/<\/parent>/s/.*<version>\(.*\)<\/version>.*/\1/p' "$1"; }
for floor in stack web; do
  [ "$(boot "bench/floor/$floor/pom.xml")" = "$(boot pom.xml)" ] \
    || { echo "bench/floor/$floor/pom.xml must use Spring Boot $(boot pom.xml), as the site does"; exit 1; }
done

WORK=$(mktemp -d /tmp/nyfp-floor.XXXXXX)
APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== building the site (with Spring AOT, as the Dockerfile builds it) and the two floors"
for build in "-Paot" "-f bench/floor/stack/pom.xml" "-f bench/floor/web/pom.xml"; do
  # shellcheck disable=SC2086
  ./mvnw -q -B -ntp $build -DskipTests package > "$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
done
declare -A JAR=(
  [site]=$(ls target/nyfp-site-*.jar | grep -v plain | head -1)
  [stack]=bench/floor/stack/target/floor-stack-1.jar
  [web]=bench/floor/web/target/floor-web-1.jar
)
KINDS=(site stack web)

# What each application needs to start on a fresh database in its own folder.
args() { # KIND DIR
  case $1 in
    site) echo "--spring.datasource.url=jdbc:h2:file:$2/db/nyfp;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE" \
      "--clinic.secret.key-file=$2/secret.key" "--clinic.backup.folder=$2/backups" ;;
    stack) echo "--spring.datasource.url=jdbc:h2:file:$2/db/floor" ;;
    web) ;;
  esac
}

eval "$(grep '^FLAGS=' src/main/docker/site.sh)"
echo "== the image's way: unpacking each jar and training its AOT cache on Java 25 (site.sh's flags: $FLAGS)"
for kind in "${KINDS[@]}"; do
  JAVA_HOME="$JAVA25_HOME" sh src/main/docker/site.sh extract "${JAR[$kind]}" "$WORK/$kind-image"
done
JAVA_HOME="$JAVA25_HOME" sh src/main/docker/site.sh train "$WORK/site-image" "$PORT" > "$WORK/site-training.log" 2>&1 \
  || { cat "$WORK/site-training.log"; exit 1; }
# The floors' training start: their pages a few times each, then stopped as an orchestrator stops it.
for kind in stack web; do
  mkdir -p "$WORK/$kind-training"
  # shellcheck disable=SC2046
  (cd "$WORK/$kind-image" && exec "$JAVA25_HOME/bin/java" $FLAGS -XX:AOTCacheOutput=app.aot -Dspring.aot.enabled=true \
    -jar app.jar --server.port="$PORT" $(args "$kind" "$WORK/$kind-training")) > "$WORK/$kind-training.log" 2>&1 &
  APP_PID=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$PORT/"; do
    sleep 0.1
    kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/$kind-training.log"; exit 1; }
  done
  for _ in 1 2 3 4 5; do
    curl -fs -o /dev/null "http://127.0.0.1:$PORT/"
    curl -s -o /dev/null "http://127.0.0.1:$PORT/login"
  done
  kill -TERM "$APP_PID"; wait "$APP_PID" || true; APP_PID=""
  test -s "$WORK/$kind-image/app.aot" || { cat "$WORK/$kind-training.log"; echo "no AOT cache for $kind"; exit 1; }
done

source bench/quiet.sh

# start KIND WAY N: one timed start; appends "ms cpu rss classes load" to $WORK/results-KIND-WAY.
start() {
  local kind=$1 way=$2 n=$3 dir="$WORK/$1-$2-$3" start_ns ms cpu rss classes before jhome
  mkdir -p "$dir"
  wait_quiet
  before=$(load)
  start_ns=$(date +%s%N)
  # shellcheck disable=SC2046
  if [ "$way" = plain ]; then
    jhome=$JAVA17_HOME
    "$JAVA17_HOME/bin/java" -Xmx512m -jar "${JAR[$kind]}" --server.port="$PORT" $(args "$kind" "$dir") \
      --logging.level.root=WARN > "$dir.log" 2>&1 &
  else
    jhome=$JAVA25_HOME
    JAVA_HOME="$JAVA25_HOME" sh src/main/docker/site.sh run "$WORK/$kind-image" --server.port="$PORT" \
      $(args "$kind" "$dir") --logging.level.root=WARN > "$dir.log" 2>&1 &
  fi
  APP_PID=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$PORT/"; do
    sleep 0.02
    kill -0 "$APP_PID" 2>/dev/null || { cat "$dir.log"; exit 1; }
  done
  ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
  cpu=$(awk '{ printf "%.1f", ($14 + $15) / 100 }' "/proc/$APP_PID/stat")
  rss=$(( $(ps -o rss= -p "$APP_PID" | tr -d ' ') / 1024 ))
  # Classes loaded by then, from a class-data archive or AOT cache (java.cls.sharedLoadedClasses) or not.
  classes=$("$jhome/bin/jcmd" "$APP_PID" PerfCounter.print 2>/dev/null \
    | awk -F= '/^java.cls.(shared)?[lL]oadedClasses=/ { n += $2; found = 1 } END { if (found) print n }')
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
  echo "$ms $cpu $rss ${classes:-?} $before" >> "$WORK/results-$kind-$way"
  echo "   $kind, $way, start $n: first page after $ms ms ($cpu s CPU, $rss MB resident, ${classes:-?} classes, load $before)"
}

echo "== $STARTS starts of each, in turn, each on a fresh database and a quiet machine (load below $QUIET)"
for n in $(seq 1 "$STARTS"); do
  for way in plain image; do
    for kind in "${KINDS[@]}"; do
      start "$kind" "$way" "$n"
    done
  done
done

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
report() {
  echo "| application | way | first page, median (each start) | CPU by then, median | resident, median | classes loaded |"
  echo "| --- | --- | --- | --- | --- | --- |"
  local way kind f
  for way in plain image; do
    for kind in "${KINDS[@]}"; do
      f="$WORK/results-$kind-$way"
      echo "| $kind | $way | $(cut -d' ' -f1 "$f" | median) ms ($(cut -d' ' -f1 "$f" | paste -sd' ' | sed 's/ /, /g')) |" \
        "$(cut -d' ' -f2 "$f" | median) s | $(cut -d' ' -f3 "$f" | median) MB | $(cut -d' ' -f4 "$f" | median) |"
    done
  done
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB; load averages before each start: $(cut -d' ' -f5 "$WORK"/results-* | paste -sd' ' | sed 's/ /, /g')."
  echo "Plain: \`java -Xmx512m -jar\`, $("$JAVA17_HOME/bin/java" -version 2>&1 | head -1). Image's way: src/main/docker/site.sh's flags and run step, $("$JAVA25_HOME/bin/java" -version 2>&1 | head -1)."
}
echo
report | tee ${OUT:+"$OUT"}
