# Stand-in for the official python:3.13-slim-trixie, for machines where no registry answers
# (scripts/docker-stand-ins.sh): Debian trixie with Debian's Python 3.13, venv and pip, as
# `python` and `pip`, and the build machine's trusted CA certificates in ca/.
FROM oim-ci/debian:trixie

ENV LANG=C.UTF-8
# hadolint ignore=DL3008
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
       python3.13 python3.13-venv python3-pip python-is-python3 ca-certificates \
    && rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin \
    # The official image lets pip install system-wide (the Dockerfile's build stage does).
    && rm -f /usr/lib/python3*/EXTERNALLY-MANAGED \
    && ln -s /usr/bin/pip3 /usr/local/bin/pip

COPY ca/ /usr/local/share/ca-certificates/
RUN update-ca-certificates
CMD ["python3"]
