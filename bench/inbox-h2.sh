#!/usr/bin/env bash
# The inbox on the embedded H2 database, as a new clinic runs it: N requests (default 20,000) spread over five
# years, then the inbox's pages over HTTP, signed in with both steps, as a receptionist gets them (the
# database's time, Hibernate, the rendering and the network). Run by hand, not in CI:
#   bash bench/inbox-h2.sh                 (JAR=target/nyfp-site-....jar to measure a jar built before)
# The site runs as `java -Xmx512m -jar` on Java 17 (JAVA17_HOME, or java on the PATH) on a fresh H2 file:
# it starts once so that Flyway makes the schema and the first administrator is created, is stopped while
# bench/FillRequestsH2.java fills the file, then starts again for bench/inbox-http.py (each page RUNS times
# one after another, after 20 unmeasured ones; median and p99). The load average is printed beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-20000}
RUNS=${RUNS:-200}
PORT=${PORT:-18095}
WORK=$(mktemp -d /tmp/nyfp-inbox-h2.XXXXXX)
if [ -n "${JAVA17_HOME:-}" ]; then JAVA="$JAVA17_HOME/bin/java"
elif [ -x /usr/lib/jvm/java-17-openjdk-amd64/bin/java ]; then JAVA=/usr/lib/jvm/java-17-openjdk-amd64/bin/java
else JAVA=java; fi
if [ -z "${JAR:-}" ]; then
  echo "== building the jar"
  ./mvnw -q -B -ntp -DskipTests package
  JAR=$(ls target/nyfp-site-*.jar | grep -v plain | head -1)
fi
export USERNAME=bench-admin
PASSWORD="bench-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
export PASSWORD
export BASE="http://127.0.0.1:$PORT"
DB_URL="jdbc:h2:file:$WORK/db/nyfp;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE"

cleanup() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

start() {
  CLINIC_ADMIN_USERNAME=$USERNAME CLINIC_ADMIN_PASSWORD=$PASSWORD "$JAVA" -Xmx512m -jar "$JAR" --server.port="$PORT" \
    --spring.datasource.url="$DB_URL" --clinic.secret.key-file="$WORK/secret.key" \
    --clinic.backup.folder="$WORK/backups" --logging.level.root=WARN >> "$WORK/site.log" 2>&1 &
  APP_PID=$!
  until curl -fs -o /dev/null "$BASE/"; do
    sleep 0.2
    kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/site.log"; exit 1; }
  done
}
stop() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }
sql() { "$JAVA" -cp "$H2" org.h2.tools.Shell -url "$DB_URL" -user sa -password "" -sql "$1" | sed -n 2p | sed 's/ *$//'; }

echo "== a first start on a fresh H2 file (the schema, the first administrator)"
start
stop
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/jar" > /dev/null
APP_JAR=$(ls "$WORK"/jar/*.jar | head -1)
H2=$(ls "$WORK"/jar/lib/h2-*.jar | head -1)
echo "== filling it with $N requests"
"$JAVA" -cp "$APP_JAR" bench/FillRequestsH2.java "$DB_URL" "$N" "$USERNAME"
PHONE=$(sql "select phone from consultation_requests where status = 'NEW' order by id desc limit 1")
REFERENCE=$(sql "select reference from consultation_requests order by id limit 1 offset 100")
NAME_MATCHES=$(sql "select count(distinct request_id) from request_search_keys where search_key like 'garcia%'")
FULL_MATCHES=$(sql "select count(*) from consultation_requests where full_name = 'Maria Garcia'")
echo "   'garcia' finds $NAME_MATCHES requests, 'maria garcia' $FULL_MATCHES; phone $PHONE, reference $REFERENCE"
echo "== the site again, on the filled file; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
start
python3 bench/inbox-http.py "$RUNS" garcia "maria garcia" "$PHONE" "$REFERENCE"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)"
stop
