#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on a loopback port for the tests, as the postgres user, and prints
# the JDBC address to use. Usage: source .ci/postgres.sh   (sets NYFP_TEST_POSTGRES_URL)
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q postgresql
fi
PG_BIN=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
PG_PORT=${PG_PORT:-55432}
# Take the next free port if that one is in use.
while (echo > "/dev/tcp/127.0.0.1/$PG_PORT") 2>/dev/null; do PG_PORT=$((PG_PORT + 1)); done
PG_DIR=$(mktemp -d /tmp/nyfp-pg.XXXXXX)
chown postgres:postgres "$PG_DIR"
su postgres -s /bin/sh -c "$PG_BIN/initdb -D $PG_DIR/data -U postgres -A trust --no-sync -E UTF8" > "$PG_DIR/initdb.log"
su postgres -s /bin/sh -c "$PG_BIN/pg_ctl -D $PG_DIR/data -l $PG_DIR/server.log -w -o '-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off' start" > /dev/null
su postgres -s /bin/sh -c "$PG_BIN/createdb -h 127.0.0.1 -p $PG_PORT -U postgres nyfp"
export NYFP_TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/nyfp"
export NYFP_TEST_POSTGRES_USER=postgres
export NYFP_TEST_POSTGRES_STOP="su postgres -s /bin/sh -c '$PG_BIN/pg_ctl -D $PG_DIR/data -m fast stop' > /dev/null"
echo "PostgreSQL for the tests: $NYFP_TEST_POSTGRES_URL (cluster in $PG_DIR)"
