# syntax=docker/dockerfile:1
# Build stage: the Maven wrapper builds the jar exactly as a developer does (tests run in CI, not here).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src/ src/
# -Paot: Spring AOT works out the bean graph at build time (pom.xml, profile aot); the start below uses it.
RUN ./mvnw -B -ntp -q -Paot -DskipTests package \
 && java -Djarmode=tools -jar target/nyfp-site-*.jar extract --layers --destination /layers \
 && mv /layers/application/nyfp-site-*.jar /layers/application/app.jar

# Run stage: a slim JRE, the jar's layers (dependencies change rarely, so they cache), a non-root user.
FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system nyfp && useradd --system --gid nyfp --home-dir /app nyfp \
 && mkdir -p /data && chown nyfp:nyfp /data
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
# Memory: about 230 MB lives outside the heap (classes, compiled code, thread stacks), so the heap may take
# half of the container's limit; give the container at least 768 MB. The serial collector has the smallest
# footprint for a heap this size, and MALLOC_ARENA_MAX=2 stops glibc from keeping a malloc arena per thread.
# Out of memory, the JVM exits and the orchestrator restarts it rather than limping on.
# A fixed 24 MB young generation avoids the start's many small collections and a full one, and the heap
# grows and shrinks to keep about 10 to 20% free. Only the quick compiler (-XX:TieredStopAtLevel=1) would
# start faster and take less memory, but pages would then run at about half the rate (docs/BENCHMARKS.md),
# so the image keeps both compilers; add the flag on a machine where memory matters more than page rate.
# A secret key generated when CLINIC_SECRET_KEY is not given is kept with the database, in the volume (the
# default ./data would be /app/data, which the unprivileged user cannot create, and which no volume keeps).
ENV SPRING_DATASOURCE_URL="jdbc:h2:file:/data/nyfp;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE" \
    CLINIC_BACKUP_FOLDER=/data/backups \
    CLINIC_SECRET_KEYFILE=/data/secret.key \
    MALLOC_ARENA_MAX=2 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=50 -XX:+ExitOnOutOfMemoryError -XX:+UseSerialGC -Xss512k -Xmn24m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20"
# Class-data sharing: a training start (on a throwaway database, with Spring AOT like the real start; it
# answers a first visitor's pages, then is stopped) records the classes loaded into app.jsa, and every real
# start maps them instead of loading them again. bench/run.sh runs the same script and measures the start.
COPY src/main/docker/train-class-archive.sh /tmp/
RUN sh /tmp/train-class-archive.sh app.jar app.jsa > /dev/null && rm /tmp/train-class-archive.sh
USER nyfp
# The H2 database file and its nightly backups live here; mount a volume to keep them.
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-XX:SharedArchiveFile=app.jsa", "-Dspring.aot.enabled=true", "-jar", "app.jar"]
