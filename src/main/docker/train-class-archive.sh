#!/bin/sh
# Records the class-data sharing archive that every start of the site maps instead of loading and checking
# its classes again. The Dockerfile runs it while building the image, and bench/run.sh runs the very same
# script, so that the benchmark measures the image's way of starting.
#
# A training start on a throwaway in-memory database: the site starts with Spring AOT (like every real
# start, since AOT loads other classes than a start without it), answers the pages a first visitor asks
# for (so that the classes of the first render are in the archive too, not only those of the start), and
# is stopped; on the way out the JVM writes every class it loaded to the archive.
#
# usage: train-class-archive.sh APPLICATION-JAR ARCHIVE [PORT]
# The JVM's other flags come from JAVA_TOOL_OPTIONS, as in the image.
set -eu
jar=$1
archive=$2
port=${3:-8080}
pages="/ /conditions/hemifacial-spasm /treatments /search?q=twitch /consultation /es/"

# Nothing of the training start may stay behind (in an image, a secret key it generated would be shared by
# every container made from it): its database is in memory and its key and backups in a folder removed after.
scratch=$(mktemp -d)
java -XX:ArchiveClassesAtExit="$archive" -Dspring.aot.enabled=true -jar "$jar" --server.port="$port" \
	--spring.datasource.url=jdbc:h2:mem:training --clinic.secret.key-file="$scratch/secret.key" \
	--clinic.backup.folder="$scratch/backups" --logging.level.root=WARN &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$scratch"' EXIT
tries=0
until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do
	tries=$((tries + 1))
	if [ "$tries" -gt 600 ] || ! kill -0 "$pid" 2>/dev/null; then
		echo "the training start did not answer its first page" >&2
		kill "$pid" 2>/dev/null || true
		exit 1
	fi
	sleep 0.2
done
for page in $pages; do
	curl -fsS -o /dev/null "http://127.0.0.1:$port$page"
done
# Stopped as an orchestrator stops it; the JVM exits with 143 after writing the archive.
kill -TERM "$pid"
wait "$pid" || true
test -s "$archive"
