#!/usr/bin/env bash
# A Docker engine of our own for the image check, and stand-ins for the base images when
# no registry answers. Used by scripts/check-image.sh (make check-image, .ci/run).
#
#     scripts/docker-stand-ins.sh start STATE_DIR   # install if missing, start dockerd
#     scripts/docker-stand-ins.sh bases STATE_DIR   # python:3.13-slim-trixie and postgres:17
#     scripts/docker-stand-ins.sh stop STATE_DIR    # stop it, remove all it left behind
#
# dockerd runs as root with everything under STATE_DIR (data on a tmpfs, exec root, pid file,
# socket): `export DOCKER_HOST=unix://STATE_DIR/docker.sock DOCKER_CONFIG=STATE_DIR/config`
# to talk to it. `stop` ends dockerd, its containerd and shims, unmounts what is left under
# STATE_DIR, deletes the iptables rules and chains, bridges and veths that appeared after
# `start`, then STATE_DIR itself. It is safe to run several times, and after a failed start.
#
# Needs root and Debian (apt-get): docker.io and debootstrap from the release's own
# packages; the compose v2 and buildx plugins from the next release's packages, fetched
# with apt-get download and unpacked with dpkg-deb, never installed. The mirror is the
# one the machine's apt sources name. Downloads and stand-in images are kept in
# OIM_CI_CACHE (default /var/cache/oim-ci) so that later runs reuse them.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
cache=${OIM_CI_CACHE:-/var/cache/oim-ci}
next_release=trixie
say() { echo "[docker] $*" >&2; }

# The Debian mirror of this machine's apt sources (deb822 .sources or one-line .list).
apt_mirror() {
    local codename
    codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
    {
        for f in /etc/apt/sources.list.d/*.sources; do
            [ -f "$f" ] || continue
            awk -v want="$codename" '
                function flush() { if (uri != "" && (" " suites " ") ~ (" " want " ") && types ~ /deb( |$)/) print uri; uri = ""; suites = ""; types = "" }
                /^[ \t]*$/ { flush(); next }
                tolower($1) == "types:" { types = $0 }
                tolower($1) == "uris:" { uri = $2 }
                tolower($1) == "suites:" { $1 = ""; suites = $0 }
                END { flush() }' "$f"
        done
        { cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null || true; } \
            | sed -E 's/\[[^]]*\]//' \
            | awk -v want="$codename" '$1 == "deb" && $3 == want { print $2 }'
    } | head -n 1
}

# Start and stop: everything lives under the state folder.
paths() {
    state=$(mkdir -p "$1" && cd "$1" && pwd)
    data="$state/data"
    exec_root="$state/exec"
    socket="$state/docker.sock"
    pidfile="$state/dockerd.pid"
    export DOCKER_HOST="unix://$socket" DOCKER_CONFIG="$state/config"
}

install_engine() {
    local missing=()
    command -v dockerd >/dev/null || missing+=(docker.io)
    command -v containerd >/dev/null || missing+=(containerd)
    command -v runc >/dev/null || missing+=(runc)
    command -v iptables >/dev/null || missing+=(iptables)
    command -v debootstrap >/dev/null || missing+=(debootstrap)
    command -v docker >/dev/null || missing+=(docker.io)
    [ ${#missing[@]} -eq 0 ] && return
    say "installing ${missing[*]} (Debian packages)"
    # The packages' scripts must not start a system-wide dockerd: policy-rc.d forbids it.
    local policy=/usr/sbin/policy-rc.d made_policy=""
    if [ ! -e "$policy" ]; then
        printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && made_policy=1
    fi
    local status=0
    apt-get update -qq || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >"$state/apt-install.log" 2>&1 || status=$?
    [ -n "$made_policy" ] && rm -f "$policy"
    if [ "$status" -ne 0 ]; then
        tail -n 30 "$state/apt-install.log" >&2
        return "$status"
    fi
}

# Compose v2 and buildx: the next Debian release's packages, unpacked into cli-plugins.
install_plugins() {
    local plugins="$DOCKER_CONFIG/cli-plugins"
    mkdir -p "$plugins"
    if docker compose version >/dev/null 2>&1 && docker buildx version >/dev/null 2>&1; then
        return
    fi
    local debs="$cache/debs" apt="$state/apt-$next_release" mirror
    mkdir -p "$debs"
    if ! ls "$debs"/docker-compose_*.deb "$debs"/docker-buildx_*.deb >/dev/null 2>&1; then
        mirror=$(apt_mirror)
        [ -n "$mirror" ] || { say "no Debian mirror found in the apt sources"; return 1; }
        say "fetching docker-compose and docker-buildx of Debian $next_release"
        mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial"
        echo "deb $mirror $next_release main" >"$apt/sources.list"
        local options=(-o "Dir::Etc::SourceList=$apt/sources.list" -o "Dir::Etc::SourceParts=-"
            -o "Dir::State::Lists=$apt/lists" -o "Dir::Cache=$apt/cache" -o "APT::Get::List-Cleanup=0" -o "APT::Sandbox::User=root")
        apt-get "${options[@]}" update -qq >"$apt/update.log" 2>&1 || { cat "$apt/update.log" >&2; return 1; }
        (cd "$debs" && apt-get "${options[@]}" download docker-compose docker-buildx >/dev/null)
    fi
    local unpacked="$state/plugins-unpacked"
    for deb in "$debs"/docker-compose_*.deb "$debs"/docker-buildx_*.deb; do
        dpkg-deb -x "$deb" "$unpacked"
    done
    cp "$unpacked"/usr/libexec/docker/cli-plugins/docker-* "$plugins/"
    docker compose version >&2
}

start() {
    paths "$1"
    install_engine
    install_plugins
    if [ -S "$socket" ] && docker info >/dev/null 2>&1; then
        say "dockerd already running at $socket"
        return
    fi
    mkdir -p "$data" "$exec_root"
    # Images, layers and volumes in memory: quicker to build and load, and gone at once on
    # stop (removing a few GB of small files from disk took two minutes). OIM_DOCKER_TMPFS=0
    # keeps them on disk.
    if [ "${OIM_DOCKER_TMPFS:-1}" != 0 ]; then
        mount -t tmpfs -o "size=${OIM_DOCKER_TMPFS_SIZE:-12g},mode=0711" oim-docker "$data"
    fi
    # What exists before dockerd starts is not ours to remove later.
    ip -o link show | awk -F': ' '{ print $2 }' | sed 's/@.*//' >"$state/links-before"
    # dockerd also turns IP forwarding on and sets the FORWARD policy to DROP: put both back.
    sysctl -n net.ipv4.ip_forward >"$state/ip-forward-before" 2>/dev/null || true
    # Rules of another dockerd are not ours to remove: then only our bridges are.
    iptables -S 2>/dev/null | grep -c DOCKER >"$state/docker-rules-before" || true
    { iptables -S FORWARD 2>/dev/null || echo "-P FORWARD ACCEPT"; } | awk '$1 == "-P" { print $3 }' >"$state/forward-policy-before"
    say "starting dockerd (data in $data)"
    dockerd --data-root "$data" --exec-root "$exec_root" --pidfile "$pidfile" \
        --host "unix://$socket" --log-level warn >"$state/dockerd.log" 2>&1 &
    for _ in $(seq 1 60); do
        if docker info >/dev/null 2>&1; then
            docker version --format 'dockerd {{.Server.Version}}, client {{.Client.Version}}' >&2
            return
        fi
        sleep 0.5
    done
    say "dockerd did not start:"
    tail -n 30 "$state/dockerd.log" >&2
    return 1
}

# Processes whose command line names the state folder: dockerd, its containerd, shims.
our_processes() {
    local pid
    for pid in $(pgrep -f -- "$state/" 2>/dev/null || true); do
        [ "$pid" = "$$" ] && continue
        tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$state/" && echo "$pid"
    done
}

stop() {
    # Nothing to do for a folder where no dockerd was started (an engine that answered).
    if [ ! -f "$1/links-before" ]; then
        rm -rf "$1"
        return 0
    fi
    paths "$1"
    local pid=""
    [ -f "$pidfile" ] && pid=$(cat "$pidfile")
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        say "stopping dockerd"
        # Containers left running (a failed check) are stopped first, quickly.
        docker ps -q 2>/dev/null | xargs -r docker kill >/dev/null 2>&1 || true
        kill "$pid"
        for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$pid" 2>/dev/null || true
    fi
    # containerd and shims started by this dockerd.
    local left
    left=$(our_processes)
    if [ -n "$left" ]; then
        kill $left 2>/dev/null || true
        sleep 1
        left=$(our_processes)
        [ -n "$left" ] && kill -9 $left 2>/dev/null || true
    fi
    # Mounts under the state folder, deepest first.
    awk -v s="$state/" 'index($2, s) == 1 { print $2 }' /proc/mounts | sort -r | while read -r m; do
        umount "$m" 2>/dev/null || umount -l "$m" || true
    done
    # Bridges and veths that were not there before: docker0, br-*, veth*.
    if [ -f "$state/links-before" ]; then
        ip -o link show | awk -F': ' '{ print $2 }' | sed 's/@.*//' | while read -r link; do
            grep -qxF "$link" "$state/links-before" && continue
            case "$link" in docker0 | br-* | veth*) ip link delete "$link" 2>/dev/null || true ;; esac
        done
    fi
    if [ "$(cat "$state/docker-rules-before" 2>/dev/null || echo 0)" = 0 ]; then
        remove_iptables_rules
    else
        say "another engine's iptables rules were there before: left as they are"
    fi
    if [ -s "$state/forward-policy-before" ] && command -v iptables >/dev/null; then
        iptables -P FORWARD "$(cat "$state/forward-policy-before")" 2>/dev/null || true
    fi
    if [ -s "$state/ip-forward-before" ]; then
        sysctl -q -w "net.ipv4.ip_forward=$(cat "$state/ip-forward-before")" 2>/dev/null || true
    fi
    rm -rf "$state"
}

# dockerd leaves its rules and chains (DOCKER, DOCKER-USER, DOCKER-ISOLATION-*) behind.
remove_iptables_rules() {
    local tool table rule chain
    for tool in iptables ip6tables; do
        command -v "$tool" >/dev/null || continue
        for table in filter nat; do
            "$tool" -t "$table" -S >/dev/null 2>&1 || continue
            # Rules in any chain that name a Docker chain or interface, then the chains.
            { "$tool" -t "$table" -S | grep -E '^-A .*(DOCKER|docker0|br-[0-9a-f]{12})' || true; } \
                | while read -r rule; do
                    eval "$tool -t $table ${rule/#-A/-D}" 2>/dev/null || true
                done
            for chain in $("$tool" -t "$table" -S | awk '$1 == "-N" && $2 ~ /^DOCKER/ { print $2 }'); do
                "$tool" -t "$table" -F "$chain" 2>/dev/null || true
            done
            for chain in $("$tool" -t "$table" -S | awk '$1 == "-N" && $2 ~ /^DOCKER/ { print $2 }'); do
                "$tool" -t "$table" -X "$chain" 2>/dev/null || true
            done
        done
    done
}

# Base images: the real ones when a registry answers, stand-ins built here otherwise.
bases() {
    paths "$1"
    local python_tag=python:3.13-slim-trixie postgres_tag=postgres:17
    if docker image inspect "$python_tag" "$postgres_tag" >/dev/null 2>&1; then
        say "base images: already in this engine ($python_tag, $postgres_tag)"
        return
    fi
    if pull "$python_tag" && pull "$postgres_tag"; then
        say "base images: pulled from a registry ($python_tag, $postgres_tag)"
        return
    fi
    say "no registry answers: building stand-ins under the official names"
    say "  $python_tag: Debian $next_release with Debian's Python 3.13 and this machine's CA certificates"
    say "  $postgres_tag: Debian $next_release's PostgreSQL 17 with an entrypoint for the POSTGRES_* variables"
    local context="$state/stand-ins"
    rm -rf "$context" && cp -r "$here/stand-ins" "$context"
    # HTTPS from containers goes through the same interception as the host's: trust what
    # the host trusts (its local CA certificates, or its whole bundle).
    mkdir -p "$context/ca"
    cp /usr/local/share/ca-certificates/*.crt "$context/ca/" 2>/dev/null || true
    ls "$context/ca"/*.crt >/dev/null 2>&1 || cp /etc/ssl/certs/ca-certificates.crt "$context/ca/host-bundle.crt"
    # The cached images are valid while the stand-ins' sources and the certificates are.
    local key
    key=$(cd "$context" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)
    mkdir -p "$cache"
    local saved="$cache/stand-ins-$key.tar"
    if [ -f "$saved" ]; then
        say "loading stand-ins from $saved"
        docker load --quiet --input "$saved" >/dev/null
        docker image inspect "$python_tag" "$postgres_tag" >/dev/null && return
    fi
    debian_base
    docker build --quiet --tag "$python_tag" --file "$context/python.Dockerfile" "$context" >/dev/null
    docker build --quiet --tag "$postgres_tag" --file "$context/postgres.Dockerfile" "$context" >/dev/null
    rm -f "$cache"/stand-ins-*.tar
    docker save --output "$saved.partial" "$python_tag" "$postgres_tag" && mv "$saved.partial" "$saved"
    say "stand-ins built and kept in $saved"
}

pull() {
    timeout 20 docker pull --quiet "$1" >/dev/null 2>&1
}

# A minimal Debian root file system of the next release, from this machine's mirror.
debian_base() {
    local tag=oim-ci/debian:$next_release tarball="$cache/debian-$next_release-minbase.tar"
    if [ ! -f "$tarball" ]; then
        local mirror
        local root="$state/rootfs"
        mirror=$(apt_mirror)
        [ -n "$mirror" ] || { say "no Debian mirror found in the apt sources"; return 1; }
        say "debootstrap --variant=minbase $next_release (once; kept in $tarball)"
        debootstrap --variant=minbase "$next_release" "$root" "$mirror" >"$state/debootstrap.log" 2>&1 \
            || { tail -n 30 "$state/debootstrap.log" >&2; return 1; }
        rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
        tar --create --file "$tarball.partial" --directory "$root" --numeric-owner . && mv "$tarball.partial" "$tarball"
        rm -rf "$root"
    fi
    docker import --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
        --change 'CMD ["bash"]' "$tarball" "$tag" >/dev/null
}

case "${1:-}" in
start | stop | bases) "$1" "${2:?usage: $0 start|bases|stop STATE_DIR}" ;;
mirror) apt_mirror ;;
*)
    echo "usage: $0 start|bases|stop STATE_DIR" >&2
    exit 2
    ;;
esac
