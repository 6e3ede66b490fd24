# Sourced by the benchmarks that time starts (bench/run.sh, bench/floor.sh): start-up figures are only worth
# something on a quiet machine, so before each timed start they wait (up to QUIET_WAIT seconds) for the
# one-minute load average to fall below QUIET, and write the load average beside every figure.

# load: the one-minute load average.
load() { cut -d' ' -f1 /proc/loadavg; }

# wait_quiet: waits until the one-minute load average is below QUIET (at most QUIET_WAIT seconds).
wait_quiet() {
  local waited=0
  while awk -v l="$(load)" -v q="$QUIET" 'BEGIN { exit !(l >= q) }' && [ "$waited" -lt "$QUIET_WAIT" ]; do
    sleep 10; waited=$((waited + 10))
  done
}
