#!/usr/bin/env bash
# bench/profile.sh — where a run's time goes: one harness run under async-profiler (CPU samples of every thread,
# the JIT compiler's and the JVM's own included), then the share of each thread and what each did, slice by slice.
# Usage: bench/profile.sh [--interval-us N] [--keep DIR] -- HARNESS ARGUMENTS...
#   e.g. bench/profile.sh -- run --target 127.0.0.1:2525 --mx-name mx.example.test --trust-ca ca.pem --no-html
# The harness runs as ./mta-interop runs it (the same JVM flags and class-data archive); the profiler is
# tools.profiler:async-profiler from Maven Central (its Linux agent library), fetched once into target/bench/.
# Prints: wall time; CPU samples per thread group (compiler, main, warm-up, probes, enumeration, judges, other);
# the same per time slice of 50 ms (how busy the cores were, and with what); the heaviest frames of our code and
# of the libraries under each group. --keep DIR leaves the JFR recording and its JSON there.
# Needs: Linux x64, the JDK's jfr tool beside java. A tool for a person reading a profile, not a test.
set -euo pipefail
cd "$(dirname "$0")/.."
interval=500
keep=""
while [ $# -gt 0 ] && [ "$1" != -- ]; do
  case "$1" in
    --interval-us) interval=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    *) echo "usage: bench/profile.sh [--interval-us N] [--keep DIR] -- HARNESS ARGUMENTS..." >&2; exit 2 ;;
  esac
done
[ "${1:-}" = -- ] || { echo "usage: bench/profile.sh [--interval-us N] [--keep DIR] -- HARNESS ARGUMENTS..." >&2; exit 2; }
shift
[ "$(uname -sm)" = "Linux x86_64" ] || { echo "bench/profile.sh: async-profiler's agent is used for Linux x64 only" >&2; exit 2; }
version=3.0
agent=target/bench/async-profiler-$version/linux-x64/libasyncProfiler.so
if [ ! -f "$agent" ]; then
  mkdir -p "target/bench/async-profiler-$version"
  ./mvnw -q -B dependency:copy -Dartifact="tools.profiler:async-profiler:$version" \
    -DoutputDirectory="target/bench/async-profiler-$version" >/dev/null
  (cd "target/bench/async-profiler-$version" && unzip -qo "async-profiler-$version.jar" 'linux-x64/*')
fi
./mta-interop --version >/dev/null                      # builds the jar and its class-data archive, not profiled
work=${keep:-$(mktemp -d)}
mkdir -p "$work"
t0=$(date +%s.%N)
MTAINTEROP_JAVA_OPTIONS="-agentpath:$PWD/$agent=start,event=cpu,interval=${interval}us,file=$work/profile.jfr,jfr" \
  ./mta-interop "$@" > "$work/run.out" 2>&1 || true
t1=$(date +%s.%N)
java_bin=java
[ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jfr" ] && java_bin="$JAVA_HOME/bin/java"
jfr_bin="$(dirname "$(readlink -f "$(command -v "$java_bin")")")/jfr"
"$jfr_bin" print --json --events jdk.ExecutionSample --stack-depth 128 "$work/profile.jfr" > "$work/profile.json"
awk -v a="$t0" -v b="$t1" 'BEGIN { printf "wall (the whole ./mta-interop, profiled): %.2f s\n", b - a }'
python3 bench/profile-slices.py "$work/profile.json" "$interval"
[ -z "$keep" ] && rm -rf "$work"
exit 0
