#!/usr/bin/env bash
# The inbox and its searches at 1,000 and at 200,000 requests, on PostgreSQL (run by hand, not in CI):
#   PGURL=postgresql://postgres@127.0.0.1:55432/nyfp bash bench/inbox.sh
# For each size it makes a schema of its own, applies the Flyway migrations in order, fills it with
# bench/fill-requests.sql, then runs each query of bench/inbox/*.sql RUNS times with pgbench and prints the
# median and 99th percentile of each (the database's time for what the inbox asks; the page adds rendering).
# It also keeps the query plans (EXPLAIN ANALYZE) and records the load average beside the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
PGURL=${PGURL:-postgresql://postgres@127.0.0.1:55432/nyfp}
RUNS=${RUNS:-200}
# REUSE=1 measures again on schemas filled before (the same requests), without filling them again.
REUSE=${REUSE:-}
SIZES=${SIZES:-"1000 200000"}
OUT=${OUT:-/tmp/nyfp-inbox-bench}
# Schemas are named PREFIX_n, so that two people can measure on one server at once.
PREFIX=${PREFIX:-bench_inbox}
mkdir -p "$OUT"

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)"
for n in $SIZES; do
  schema="${PREFIX}_$n"
  if [ -z "$REUSE" ]; then
    psql -q "$PGURL" -v ON_ERROR_STOP=1 -c "drop schema if exists $schema cascade; create schema $schema;"
  # The SQL migrations of both locations PostgreSQL reads, in version order (V51 is Java: it fills the
  # search keys of requests stored before V50, which fill-requests.sql writes itself).
  for migration in $(ls src/main/resources/db/migration/V*.sql src/main/resources/db/vendor/postgresql/V*.sql \
      | awk -F/ '{ v = $NF; sub(/^V/, "", v); sub(/__.*/, "", v); print v "\t" $0 }' | sort -n | cut -f2); do
    PGOPTIONS="-c search_path=$schema" psql -q "$PGURL" -v ON_ERROR_STOP=1 -f "$migration" >/dev/null
  done
  start=$(date +%s)
  PGOPTIONS="-c search_path=$schema" psql -q "$PGURL" -v ON_ERROR_STOP=1 -v n="$n" -f bench/fill-requests.sql >/dev/null
  echo "== $n requests (filled in $(( $(date +%s) - start )) s)"
  fi
  echo "== $n requests ($(PGOPTIONS="-c search_path=$schema" psql -tA "$PGURL" -c 'select count(*) from consultation_requests') in $schema; $(PGOPTIONS="-c search_path=$schema" psql -tA "$PGURL" -c 'select count(*) from call_attempts') call attempts)"
  printf '%-18s %10s %10s\n' query median_ms p99_ms
  for query in ${QUERIES:-bench/inbox/*.sql}; do
    name=$(basename "$query" .sql)
    rm -f "$OUT"/pgbench_log.*
    file=$(realpath "$query")
    (cd "$OUT" && PGOPTIONS="-c search_path=$schema" pgbench -n -t "$RUNS" -c 1 -f "$file" -l "$PGURL" >/dev/null 2>&1)
    # The log's third column is each run's latency in microseconds.
    sort -n -k3 "$OUT"/pgbench_log.* | awk -v runs="$RUNS" '{ l[NR] = $3 } END {
      printf "%-18s %10.1f %10.1f\n", "'"$name"'", l[int(NR * 0.5) + 1] / 1000, l[int(NR * 0.99) + (NR * 0.99 > int(NR * 0.99))] / 1000 }'
    # The plan of each statement of the file (one a line), run by psql: a statement whose result pgbench hands
    # on with \gset runs as it is, so that the next ones can use it.
    awk '/^--/ { next } { lines[++n] = $0 } END { for (i = 1; i <= n; i++) {
           if (lines[i] ~ /^\\/ || lines[i + 1] ~ /^\\gset/) print lines[i]; else print "explain (analyze, costs off) " lines[i] } }' \
      "$query" | PGOPTIONS="-c search_path=$schema" psql -q "$PGURL" > "$OUT/plan-$n-$name.txt" 2>&1 || true
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "query plans in $OUT/plan-*.txt"
