# One image for every newsflow stage: `docker run newsflow <command>` (run, ingest, process, sink, tail, ...).
# Build stage: the project's own Maven build, tests skipped (CI runs them).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY model model
COPY broker broker
COPY testkit testkit
COPY ingest ingest
COPY processing processing
COPY sink sink
COPY app app
RUN mvn -B -ntp -DskipTests package

# Runtime stage: a JRE, the jar, the seed articles, and an unprivileged user.
FROM eclipse-temurin:17-jre
RUN useradd --system --home-dir /var/lib/newsflow --create-home newsflow
COPY --from=build /src/app/target/newsflow.jar /opt/newsflow/newsflow.jar
COPY seeds /opt/newsflow/seeds
COPY config/newsflow.yaml /opt/newsflow/config/newsflow.yaml
USER newsflow
WORKDIR /var/lib/newsflow
ENV NEWSFLOW_DATA_DIR=/var/lib/newsflow/data
# /health, /metrics and the status page, on every interface of the container
ENV NEWSFLOW_HTTP_HOST=0.0.0.0
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/newsflow/newsflow.jar"]
CMD ["--help"]
