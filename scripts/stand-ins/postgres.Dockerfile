# Stand-in for the official postgres:17, for machines where no registry answers
# (scripts/docker-stand-ins.sh): Debian trixie's PostgreSQL 17, with an entrypoint that
# honours the official image's POSTGRES_PASSWORD, POSTGRES_USER, POSTGRES_DB (and their
# _FILE forms), POSTGRES_INITDB_ARGS, POSTGRES_HOST_AUTH_METHOD and PGDATA.
FROM oim-ci/debian:trixie

ENV LANG=C.UTF-8
# hadolint ignore=DL3008
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql-17 \
    && rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin \
    # The package's own cluster: the entrypoint makes one in PGDATA instead.
    && pg_dropcluster --stop 17 main \
    && mkdir -p /var/run/postgresql /docker-entrypoint-initdb.d \
    && chown postgres:postgres /var/run/postgresql

ENV PATH=/usr/lib/postgresql/17/bin:$PATH \
    PGDATA=/var/lib/postgresql/data
COPY postgres-entrypoint.sh /usr/local/bin/docker-entrypoint.sh
VOLUME /var/lib/postgresql/data
ENTRYPOINT ["docker-entrypoint.sh"]
STOPSIGNAL SIGINT
EXPOSE 5432
CMD ["postgres"]
