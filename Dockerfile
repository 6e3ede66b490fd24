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
# Memory: about 250 MB lives outside the heap (classes, compiled code, symbols, thread stacks), so the heap
# may take half of the container's limit; give the container at least 768 MB. The serial collector has the
# smallest footprint for a heap this size, and MALLOC_ARENA_MAX=2 stops glibc from keeping a malloc arena
# per thread. Out of memory, the JVM exits and the orchestrator restarts it rather than limping on.
ENV SPRING_DATASOURCE_URL="jdbc:h2:file:/data/nyfp;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE" \
    CLINIC_BACKUP_FOLDER=/data/backups \
    MALLOC_ARENA_MAX=2 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=50 -XX:+ExitOnOutOfMemoryError -XX:+UseSerialGC -Xss512k"
# Class-data sharing: a training start (the application context is built, then the JVM exits) records the
# classes loaded into app.jsa, and every real start maps them instead of loading them again (bench/run.sh
# measures the difference). The training start uses a throwaway database, and Spring AOT like the real start,
# since AOT loads other classes than a start without it.
RUN java -XX:ArchiveClassesAtExit=app.jsa -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh \
      -Dspring.datasource.url=jdbc:h2:mem:training -jar app.jar > /dev/null
USER nyfp
# The H2 database file and its nightly backups live here; mount a volume to keep them.
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-XX:SharedArchiveFile=app.jsa", "-Dspring.aot.enabled=true", "-jar", "app.jar"]
