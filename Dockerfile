# syntax=docker/dockerfile:1
# Build stage: the Maven wrapper builds the jar exactly as a developer does (tests run in CI, not here).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -ntp -q -DskipTests package \
 && java -Djarmode=tools -jar target/nyfp-site-*.jar extract --layers --launcher --destination /layers

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
USER nyfp
# The H2 database file (and later its backups) live here; mount a volume to keep them.
VOLUME /data
ENV SPRING_DATASOURCE_URL="jdbc:h2:file:/data/nyfp;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE" \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
