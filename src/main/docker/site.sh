#!/bin/sh
# The image's start, in one place: the Dockerfile runs it to unpack the jar and to train the AOT cache while
# the image is built, and as the container's command; bench/run.sh runs the very same steps and measures
# them; anyone can run them without Docker, with JAVA_HOME pointing at a Java 25 JDK or JRE.
#
#   site.sh extract JAR DIR [--layers]  the jar unpacked into DIR (DIR/app.jar and DIR/lib/), or into one
#                                       folder per Docker layer with --layers (the Dockerfile copies them
#                                       into one folder again)
#   site.sh train DIR [PORT]            a training start that writes DIR/app.aot, then checks that the JVM
#                                       takes the cache with the flags below
#   site.sh run DIR [ARGUMENTS...]      the site from DIR with the cache; the arguments go to the site
#
# The AOT cache (Java 25, JEP 483/514/515): the classes a start loads, already read, checked and linked, and
# the profiles of the methods it ran, recorded by a training start and mapped by every real start. The JVM
# takes a cache only when it runs with the flags it was made with (a cache made without compact object
# headers, say, is silently ignored), so training and every start use FLAGS below and nothing else, and the
# start asks for the cache with -XX:AOTMode=on: a cache the JVM cannot use stops the start with "Unable to
# use AOT cache" instead of starting slowly without it.
set -eu

# The JVM's flags, for the training start and every real start alike (docs/BENCHMARKS.md has the figures):
# - both compilers (the quick one alone starts faster but serves pages at about half the rate);
# - the serial collector: one small heap, no collector threads; a fixed young generation so that a start
#   makes a few collections instead of dozens, and a heap that keeps only 10 to 20% free after a collection;
# - the heap's ceiling fixed rather than a share of the container's memory, so that it is the same while the
#   image is built (a build machine's memory) and when it runs; the site's live heap is about 60 MB, and a
#   container needs about 300 MB more than the heap in use for the rest (classes, compiled code, stacks);
# - the heap's floor fixed too (-Xms64m): left to the JVM it is 1/64 of the machine's memory (384 MB on a
#   24 GB host), and the serial collector never gives back memory below that floor, so after a burst of load
#   the heap stayed at hundreds of megabytes it no longer used (a long heavy load still grows it towards the
#   ceiling, and what is committed stays until a full collection: docs/BENCHMARKS.md, 2026-12-08);
# - compact object headers (8 instead of 12 bytes per object), smaller thread stacks;
# - out of memory, the JVM exits and the orchestrator restarts it rather than limping on.
FLAGS="-XX:+UseSerialGC -Xms64m -Xmx512m -Xmn24m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:+UseCompactObjectHeaders -Xss512k -XX:+ExitOnOutOfMemoryError"
# The site's beans as Spring AOT worked them out when the jar was built (./mvnw -Paot package).
SPRING_AOT="-Dspring.aot.enabled=true"

if [ -n "${JAVA_HOME:-}" ]; then
	java="$JAVA_HOME/bin/java"
else
	java=java
fi
# glibc would keep a malloc arena per thread; two are enough for the site.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"

usage() {
	sed -n '6,11p' "$0" >&2
	exit 2
}

extract() {
	jar=$1
	dir=$2
	layers=${3:-}
	if [ "$layers" = "--layers" ]; then
		"$java" -Djarmode=tools -jar "$jar" extract --layers --destination "$dir" > /dev/null
		mv "$dir"/application/*.jar "$dir/application/app.jar"
	else
		"$java" -Djarmode=tools -jar "$jar" extract --destination "$dir" > /dev/null
		mv "$dir"/*.jar "$dir/app.jar"
	fi
}

# The training start, on a throwaway database in a scratch folder (nothing of it may stay in the image: a
# secret key it generated would be shared by every container made from it): the site starts as every real
# start does (Spring AOT, an H2 file that Flyway fills), answers the pages a first visitor asks for, takes a
# consultation request, and signs a member of staff in (the password step; the account is made by the
# first-administrator step from a throwaway password). Stopped as an orchestrator stops it, the JVM writes
# the cache on its way out.
train() {
	dir=$1
	port=${2:-8080}
	cd "$dir"
	rm -f app.aot
	scratch=$(mktemp -d)
	password=$(od -An -N18 -tx1 /dev/urandom | tr -d ' \n')
	CLINIC_ADMIN_USERNAME=training CLINIC_ADMIN_PASSWORD="$password" \
		"$java" $FLAGS -XX:AOTCacheOutput=app.aot $SPRING_AOT -jar app.jar --server.port="$port" \
		--spring.datasource.url="jdbc:h2:file:$scratch/db/nyfp;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE" \
		--clinic.secret.key-file="$scratch/secret.key" --clinic.backup.folder="$scratch/backups" \
		--logging.level.root=WARN > "$scratch/training.log" 2>&1 &
	pid=$!
	trap 'kill "$pid" 2>/dev/null || true; rm -rf "$scratch"' EXIT
	base="http://127.0.0.1:$port"
	tries=0
	until curl -fs -o /dev/null "$base/"; do
		tries=$((tries + 1))
		if [ "$tries" -gt 1200 ] || ! kill -0 "$pid" 2>/dev/null; then
			cat "$scratch/training.log" >&2
			echo "the training start did not answer its first page" >&2
			exit 1
		fi
		sleep 0.1
	done
	for page in / /conditions/hemifacial-spasm /treatments /search?q=twitch /es/ /es/buscar?q=paralisis /contact; do
		curl -fsS -o /dev/null "$base$page"
	done
	# A consultation request, as a visitor sends it: the form (its one-time token in a hidden field), then
	# the POST, with the fields bench/consultation-post.lua sends.
	jar="$scratch/cookies"
	form=$(curl -fsS -c "$jar" -b "$jar" "$base/consultation")
	token() { printf '%s' "$form" | sed -n "s/.*name=\"$1\" value=\"\([^\"]*\)\".*/\1/p" | head -1; }
	curl -fsS -o /dev/null -c "$jar" -b "$jar" "$base/consultation" \
		--data-urlencode "_csrf=$(token _csrf)" --data-urlencode "submissionToken=$(token submissionToken)" \
		--data-urlencode "fullName=Training Start" --data-urlencode "phone=212 555 0100" \
		--data-urlencode "preferredContact=PHONE" --data-urlencode "suddenWeakness=NO" \
		--data-urlencode "concern=not-sure" --data-urlencode "consent=true" --data-urlencode "message=training"
	# A member of staff signs in: the sign-in page, then the password step (which leads to setting up the
	# second step, a page of its own).
	rm -f "$jar"
	login=$(curl -fsS -c "$jar" -b "$jar" "$base/staff/login")
	csrf=$(printf '%s' "$login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
	signed_in=$(curl -fsS -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" "$base/staff/login" \
		--data-urlencode "_csrf=$csrf" --data-urlencode "username=training" --data-urlencode "password=$password")
	case "$signed_in" in
		*/staff/two-factor*) ;;
		*) echo "the training start's sign-in was refused (sent to '$signed_in')" >&2; exit 1 ;;
	esac
	curl -fsS -o /dev/null -c "$jar" -b "$jar" "$base/staff/two-factor"
	kill -TERM "$pid"
	wait "$pid" || true
	trap - EXIT
	if ! test -s app.aot; then
		cat "$scratch/training.log" >&2
		rm -rf "$scratch"
		echo "the training start wrote no AOT cache" >&2
		exit 1
	fi
	rm -rf "$scratch"
	# The cache must be one this JVM takes with these flags: fail the build now rather than every start.
	if ! check=$("$java" $FLAGS -XX:AOTCache=app.aot -XX:AOTMode=on -cp app.jar -version 2>&1); then
		printf '%s\n' "$check" >&2
		echo "the JVM does not take the AOT cache it has just written" >&2
		exit 1
	fi
}

run() {
	dir=$1
	shift
	cd "$dir"
	exec "$java" $FLAGS -XX:AOTCache=app.aot -XX:AOTMode=on $SPRING_AOT -jar app.jar "$@"
}

[ $# -ge 2 ] || usage
command=$1
shift
case "$command" in
	extract) extract "$@" ;;
	train) train "$@" ;;
	run) run "$@" ;;
	*) usage ;;
esac
