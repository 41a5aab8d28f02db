#!/usr/bin/env bash
# build-images.sh [mta...]   (default: postfix exim opensmtpd dovecot clients dns postfix-mta-sts mta-sts-nginx path-postfix path-dovecot courier postfix-compression harness)
#
# Builds the MTA target images (and the Dovecot user-access target, the survey's mail clients, and the DNSSEC test bed `dns`) mta-interop/<mta>:latest from containers/<mta>/Dockerfile with
# containers/ as the build context (the entrypoints share containers/common/mta-env.sh).
# Makes sure the Debian base images exist first (containers/base/ensure-base-image.sh).
# Idempotent; a rebuild with an unchanged context is served from the layer cache.
# "postfix-mta-sts" (Postfix + postfix-mta-sts-resolver, the MTA-STS sender of MTASTS-04) is built from its own
# Dockerfile; "mta-sts-nginx" (nginx serving an MTA-STS policy) likewise, and "path-postfix" / "path-dovecot" (one
# operator's submission, relay, MX and mailbox for the end-to-end path test bed). "opensmtpd-bookworm" (known broken: OpenSMTPD 6.8 + OpenSSL 3) is built only when named.
# "courier" (Courier's esmtpd: the failing case of STARTTLS-02, courier/Dockerfile) is built by default too.
# "postfix-compression" (the failing case of TLS-EXT-03: mta-interop/postfix over Debian's OpenSSL rebuilt with zlib,
# postfix-compression/Dockerfile) is built from mta-interop/postfix:latest, so after postfix; compiling OpenSSL
# takes most of it (containers/README.md says how long).
# "harness" is mta-interop itself (containers/harness/): its context is staged from the built jar, libraries,
# features and Allure (harness/stage.sh).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mtas=("$@"); [[ ${#mtas[@]} -gt 0 ]] || mtas=(postfix exim opensmtpd dovecot clients dns postfix-mta-sts mta-sts-nginx path-postfix path-dovecot courier postfix-compression harness)

suite_of() { case "$1" in opensmtpd) echo trixie ;; *) echo bookworm ;; esac; }

declare -A suites=()
for mta in "${mtas[@]}"; do suites[$(suite_of "$mta")]=1; done
for suite in "${!suites[@]}"; do "$here/base/ensure-base-image.sh" "$suite"; done

for mta in "${mtas[@]}"; do
  args=(-t "mta-interop/$mta:latest")
  context="$here"
  case "$mta" in
    postfix|exim|opensmtpd|dovecot|clients|dns|courier) args+=(-f "$here/$mta/Dockerfile") ;;
    postfix-mta-sts|mta-sts-nginx|path-postfix|path-dovecot|postfix-compression) args+=(-f "$here/$mta/Dockerfile") ;;
    opensmtpd-bookworm)     args+=(-f "$here/opensmtpd/Dockerfile" --build-arg BASE=debian:bookworm-slim) ;;
    harness) context="$(mktemp -d)"; trap 'rm -rf "$context"' EXIT; "$here/harness/stage.sh" "$context" ;;
    *) echo "build-images: unknown MTA '$mta'" >&2; exit 2 ;;
  esac
  start=$(date +%s%N)
  # The legacy builder of Debian's docker.io prints a deprecation notice; keep only real output.
  docker build -q "${args[@]}" "$context" 2> >(grep -vE 'DEPRECATED|buildx|BuildKit|docs.docker.com/go/buildx|^ *$' >&2) >/dev/null
  echo "build-images: mta-interop/$mta:latest ($(( ($(date +%s%N) - start) / 1000000 )) ms)"
done
