#!/usr/bin/env bash
# ensure-base-image.sh [bookworm|trixie]   (default: bookworm)
#
# Makes sure the image debian:<suite>-slim exists in the local Docker engine.
#   1. present already            -> nothing to do
#   2. BASE_IMAGE_PULL=1          -> try `docker pull` (bounded by BASE_IMAGE_PULL_TIMEOUT, 20 s)
#   3. otherwise / pull failed    -> debootstrap --variant=minbase from the host's Debian mirror,
#                                    then `docker import` the tree as debian:<suite>-slim
# Pulling is opt-in: CI machines without a registry must not try to reach one.
# Environment: DEBIAN_MIRROR overrides the mirror read from /etc/apt/sources.list*.
set -euo pipefail

readonly SUITE="${1:-bookworm}"
readonly IMAGE="debian:${SUITE}-slim"
readonly PULL="${BASE_IMAGE_PULL:-0}"
readonly PULL_TIMEOUT="${BASE_IMAGE_PULL_TIMEOUT:-20}"

say()  { printf 'ensure-base-image[%s]: %s\n' "$SUITE" "$*"; }
fail() { printf 'ensure-base-image[%s]: ERROR: %s\n' "$SUITE" "$*" >&2; exit 1; }

case "$SUITE" in
  bookworm|trixie) ;;
  *) fail "unsupported suite '$SUITE' (bookworm|trixie)" ;;
esac

# The first Debian archive URI the host's apt uses (deb822 or one-line format).
host_debian_mirror() {
  local files=() f uri
  [[ -f /etc/apt/sources.list ]] && files+=(/etc/apt/sources.list)
  for f in /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list; do
    [[ -f $f ]] && files+=("$f")
  done
  for f in "${files[@]}"; do
    uri=$(awk '
      /^[[:space:]]*#/ { next }
      /^URIs:/ { for (i = 2; i <= NF; i++) print $i; next }
      $1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^https?:/) { print $i; break } }
    ' "$f" | grep -E '/debian/?$' | head -n1 || true)
    if [[ -n $uri ]]; then echo "${uri%/}"; return 0; fi
  done
  echo "http://deb.debian.org/debian"
}

debootstrap_script() {
  if [[ -e /usr/share/debootstrap/scripts/$SUITE ]]; then
    echo "$SUITE"
  else
    say "debootstrap has no script for $SUITE; using sid's" >&2
    echo "sid"
  fi
}

# apt sources and docker-slim style apt settings for the imported image.
configure_rootfs() {
  local root=$1 mirror=$2 security
  security="${mirror%/debian}/debian-security"
  rm -f "$root/etc/apt/sources.list"
  cat > "$root/etc/apt/sources.list.d/debian.sources" <<SOURCES
Types: deb
URIs: ${mirror}
Suites: ${SUITE} ${SUITE}-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: ${security}
Suites: ${SUITE}-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
  cat > "$root/etc/apt/apt.conf.d/90mta-interop-slim" <<'APT'
APT::Install-Recommends "false";
APT::Install-Suggests "false";
Acquire::Languages "none";
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT
  # No service may start during `docker build` (postfix, exim, ... postinst scripts).
  printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"
  chmod 755 "$root/usr/sbin/policy-rc.d"
  # Slim: drop caches, package lists (apt-get update refills them), docs and man pages.
  rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/* "$root"/var/cache/debconf/*-old \
         "$root"/usr/share/doc/* "$root"/usr/share/man/* "$root"/usr/share/info/* \
         "$root"/var/log/*.log "$root"/var/log/apt/* "$root"/tmp/* "$root"/var/tmp/*
  : > "$root/etc/hostname"
  : > "$root/etc/resolv.conf"
  rm -f "$root/etc/machine-id" && : > "$root/etc/machine-id"
}

build_with_debootstrap() {
  command -v debootstrap >/dev/null 2>&1 || fail "debootstrap missing (run .ci/docker-up.sh)"
  local mirror script workdir
  mirror="${DEBIAN_MIRROR:-$(host_debian_mirror)}"
  script=$(debootstrap_script)
  workdir=$(mktemp -d /var/tmp/mta-interop-rootfs.XXXXXX)
  # shellcheck disable=SC2064
  trap "rm -rf '$workdir'" EXIT
  say "debootstrap --variant=minbase $SUITE from $mirror (script: $script)"
  debootstrap --variant=minbase --merged-usr --components=main \
    "$SUITE" "$workdir/rootfs" "$mirror" "/usr/share/debootstrap/scripts/$script" \
    > "$workdir/debootstrap.log" 2>&1 || { tail -n 30 "$workdir/debootstrap.log" >&2; fail "debootstrap failed"; }
  configure_rootfs "$workdir/rootfs" "$mirror"
  say "importing as $IMAGE"
  tar --numeric-owner -C "$workdir/rootfs" -c . \
    | docker import \
        -c 'CMD ["bash"]' \
        -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
        -m "debootstrap --variant=minbase $SUITE $mirror" \
        - "$IMAGE" >/dev/null
  say "built $IMAGE ($(docker image inspect -f '{{.Size}}' "$IMAGE" | awk '{printf "%.0f MB", $1/1e6}'))"
}

main() {
  docker info >/dev/null 2>&1 || fail "docker engine not answering (run .ci/docker-up.sh)"
  if docker image inspect "$IMAGE" >/dev/null 2>&1; then
    say "$IMAGE present"
    return 0
  fi
  if [[ $PULL == 1 ]]; then
    say "trying docker pull $IMAGE (timeout ${PULL_TIMEOUT}s)"
    if timeout "$PULL_TIMEOUT" docker pull -q "$IMAGE" >/dev/null 2>&1; then
      say "pulled $IMAGE"
      return 0
    fi
    say "pull failed; building from debootstrap"
  fi
  build_with_debootstrap
}

main "$@"
