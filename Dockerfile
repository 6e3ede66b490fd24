# syntax=docker/dockerfile:1
# Build stage: the Maven wrapper builds the jar exactly as a developer does (tests run in CI, not here).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src/ src/
# -Paot: Spring AOT works out the bean graph at build time (pom.xml, profile aot); the start below uses it. The
# code is compiled for Java 17 (so the tests and `./mvnw spring-boot:run` run on any JDK from 17 on); the
# image runs it on Java 25 for its AOT cache (below).
RUN ./mvnw -B -ntp -q -Paot -DskipTests package \
 && sh src/main/docker/site.sh extract target/nyfp-site-*.jar /layers --layers

# Run stage: a slim Java 25 JRE, the jar's layers (dependencies change rarely, so they cache), a non-root user.
FROM eclipse-temurin:25-jre
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
COPY src/main/docker/site.sh ./
# The AOT cache (Java 25): a training start on a throwaway database answers a first visitor's pages, takes a
# consultation request and signs a member of staff in, and the JVM records the classes it loaded and linked
# and the profiles of the methods it ran into app.aot; every start maps them instead of loading the classes
# again. site.sh holds the JVM's flags, the same for training and for every start (the JVM ignores a cache
# made with other flags, and site.sh makes that stop the start instead), and checks that the cache is taken;
# bench/run.sh runs the same script and measures the start.
RUN sh site.sh train /app
# Memory: the heap's ceiling is 512 MB (site.sh); give the container at least 768 MB. The H2 database, its
# backups and a secret key generated when CLINIC_SECRET_KEY is not given are kept in the volume (the default
# ./data would be /app/data, which the unprivileged user cannot create, and which no volume keeps).
ENV SPRING_DATASOURCE_URL="jdbc:h2:file:/data/nyfp;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE" \
    CLINIC_BACKUP_FOLDER=/data/backups \
    CLINIC_SECRET_KEYFILE=/data/secret.key
USER nyfp
# The H2 database file and its nightly backups live here; mount a volume to keep them.
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["sh", "/app/site.sh", "run", "/app"]
