#!/usr/bin/env bash
# Bring up a local Docker engine for the container targets.
#
# Idempotent: installs docker.io and debootstrap with apt-get when missing, starts dockerd in
# the background (log: /tmp/dockerd.log) when /var/run/docker.sock is absent or not answering,
# then waits up to DOCKER_UP_TIMEOUT seconds (default 60) for `docker info` to succeed.
# Exit status: 0 when the engine answers, 1 otherwise (with a message on stderr).
set -euo pipefail

readonly SOCKET=/var/run/docker.sock
readonly LOG=/tmp/dockerd.log
readonly TIMEOUT="${DOCKER_UP_TIMEOUT:-60}"

say()  { printf 'docker-up: %s\n' "$*"; }
fail() { printf 'docker-up: ERROR: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo -n "$@"; fi
}

install_missing_packages() {
  local missing=()
  command -v dockerd >/dev/null 2>&1 || missing+=(docker.io)
  command -v debootstrap >/dev/null 2>&1 || missing+=(debootstrap)
  [[ ${#missing[@]} -eq 0 ]] && return 0
  say "installing ${missing[*]} with apt-get"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
    || fail "apt-get update failed"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" || fail "apt-get install ${missing[*]} failed"
}

engine_answers() {
  [[ -S $SOCKET ]] && timeout 10 docker info >/dev/null 2>&1
}

start_dockerd() {
  # A socket left behind by a dead daemon would make dockerd refuse to start.
  if [[ -S $SOCKET ]] && ! pgrep -x dockerd >/dev/null 2>&1; then
    say "removing stale $SOCKET"
    as_root rm -f "$SOCKET"
  fi
  if pgrep -x dockerd >/dev/null 2>&1; then
    say "dockerd is running but not answering yet; waiting"
    return 0
  fi
  say "starting dockerd (log: $LOG)"
  as_root bash -c "nohup dockerd >>'$LOG' 2>&1 </dev/null &"
}

main() {
  install_missing_packages
  command -v docker >/dev/null 2>&1 || fail "no docker client on PATH after installing docker.io"
  if engine_answers; then
    say "engine already answering on $SOCKET"
    return 0
  fi
  start_dockerd
  local waited=0
  until engine_answers; do
    if (( waited >= TIMEOUT )); then
      tail -n 20 "$LOG" >&2 2>/dev/null || true
      fail "docker info did not succeed within ${TIMEOUT}s; see $LOG"
    fi
    sleep 1
    waited=$((waited + 1))
  done
  say "engine up after ${waited}s ($(docker version --format '{{.Server.Version}}' 2>/dev/null || echo '?'))"
}

main "$@"
