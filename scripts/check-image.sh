#!/usr/bin/env bash
# Build the real image from the Dockerfile, start the real compose.yaml, and check the
# running stack (tests/image/test_stack.py):
#
#     make check-image          # or: scripts/check-image.sh [pytest options]
#
# With a Docker engine that answers (docker info), it uses it, and starts or stops nothing
# but its own compose projects. Without one, as root on Debian (CI), it installs Docker's
# Debian packages if missing, starts a dockerd of its own under a temporary folder, builds
# stand-ins for the base images if no registry answers (scripts/docker-stand-ins.sh), and
# stops that dockerd at the end whatever happens, leaving no daemon, mount, bridge or
# firewall rule behind.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
started=$(date +%s)
python=${PYTHON:-.venv/bin/python}
say() { echo "[check-image] $*"; }

if docker info >/dev/null 2>&1 && docker compose version >/dev/null 2>&1; then
    say "using the Docker engine that answers ($(docker version --format '{{.Server.Version}}'))"
    own_engine=""
else
    if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
        echo "No Docker engine answers, and starting one needs root on Debian." >&2
        exit 1
    fi
    # .ci/run names the folder, to stop this dockerd from its own trap too.
    state=${OIM_DOCKER_STATE:-$(mktemp -d /var/tmp/oim-docker.XXXXXX)}
    own_engine=1
    # Stopped whatever happens: a failed build or test, an interrupt, the end.
    trap 'scripts/docker-stand-ins.sh stop "$state"' EXIT
    trap 'exit 130' INT TERM
    scripts/docker-stand-ins.sh start "$state"
    export DOCKER_HOST="unix://$state/docker.sock" DOCKER_CONFIG="$state/config"
fi

if [ -n "$own_engine" ]; then
    scripts/docker-stand-ins.sh bases "$state"
else
    for base in python:3.13-slim-trixie postgres:17; do
        docker image inspect "$base" >/dev/null 2>&1 || docker pull --quiet "$base" >/dev/null
    done
    say "base images: python:3.13-slim-trixie and postgres:17 from the engine's store or its registry"
fi

status=0
"$python" -m pytest tests/image -v "$@" || status=$?
say "took $(($(date +%s) - started)) s"
exit "$status"
