# MedGrid container image (README.md, "Docker").
#
#   docker build -t medgrid .
#
# Stage 1 builds the WAR and fetches the JDBC drivers with Maven; stage 2 is the official Open
# Liberty image with the features server.xml lists. No tests run here: run ./mvnw verify (or
# .ci/run) before building an image.

# ------------------------------------------------------------------------------------------------
# Stage 1: build the WAR and collect the JDBC drivers
# ------------------------------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build

# Dependencies and plugins first, so this layer is reused until pom.xml changes.
COPY pom.xml ./
RUN mvn -B -ntp dependency:go-offline

COPY src ./src
RUN mvn -B -ntp -DskipTests package

# The drivers go into Liberty's shared resources, never into the WAR (provided scope in pom.xml).
# Their versions are the pom's (h2.version, postgresql.version); the ls fails the build if either
# jar is missing.
RUN mvn -B -ntp dependency:copy-dependencies \
        -DincludeArtifactIds=h2,postgresql -DexcludeTransitive=true -DoutputDirectory=/drivers \
 && ls -l /drivers/h2-*.jar /drivers/postgresql-*.jar

# ------------------------------------------------------------------------------------------------
# Stage 2: Open Liberty
# ------------------------------------------------------------------------------------------------
# Development uses Open Liberty 26.0.0.3; to pin the image to it, use the tag
# 26.0.0.3-kernel-slim-java17-openj9-ubi-minimal.
FROM icr.io/appcafe/open-liberty:kernel-slim-java17-openj9-ubi-minimal

# docker build --build-arg VERBOSE=true shows what features.sh and configure.sh do.
ARG VERBOSE=false

# The image's server is defaultServer with /config as its configuration directory. server.xml needs
# nothing image-specific: it deploys apps/medgrid.war, loads drivers from
# ${shared.resource.dir}/jdbc and takes every setting from environment variables.
COPY --chown=1001:0 liberty/config/server.xml liberty/config/jvm.options /config/

# Drivers for both DB_KIND values (h2, postgresql).
COPY --chown=1001:0 --from=build /drivers/ /opt/ol/wlp/usr/shared/resources/jdbc/

# Installs the features server.xml lists (kernel-slim ships with none). If a feature cannot be
# resolved for this Liberty release, use the full-java17-openj9-ubi-minimal tag above (every
# feature included) and delete this line.
RUN features.sh

COPY --chown=1001:0 --from=build /build/target/medgrid.war /config/apps/medgrid.war

# Production defaults. Deliberately NOT set here, so that they must be provided at run time:
# DB_URL, DB_USER, DB_PASSWORD, ADMIN_PASSWORD (first start), ADMIN_CENTER_PASSWORD (a
# securityUtility "{hash}..." value), SECRETS_KEY, KEYSTORE_PASSWORD.
ENV DB_KIND=postgresql \
    METRICS_AUTHENTICATION=true \
    DEMO_DATA=false

# configure.sh applies interim fixes and warms the OpenJ9 shared class cache by starting the
# server a few times. No database is reachable during the build, so the application fails to start
# then; that is expected, and it means no database or administrator is baked into the image. The
# keystore and LTPA keys those starts generated are removed, so each container generates its own
# with the KEYSTORE_PASSWORD it is given.
RUN configure.sh \
 && rm -rf /output/resources/security

# No HEALTHCHECK: under Kubernetes use HTTP probes on port 9080, readiness GET /health/ready
# (database reachable, migrations applied) and liveness GET /health/live.
EXPOSE 9080 9443
