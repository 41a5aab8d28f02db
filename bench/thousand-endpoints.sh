#!/usr/bin/env bash
# bench/thousand-endpoints.sh — issue 19: a national pilot's night, 1,000 MX hosts judged with the pilot profile.
#
# Creates a network namespace of its own (mtai-bench-<pid>) and adds 50 ms to every round trip in it: with tc
# netem on its loopback (25 ms each way) where the kernel has netem, else in the endpoints' process (every byte
# they send, SMTP and TLS alike, held 50 ms: kernels built without CONFIG_NET_SCH_NETEM, such as this VM's).
# Starts 1,000 simulated MX hosts in it (bench/endpoints.py: one port each, real STARTTLS over OpenSSL, a
# certificate of a CA made here for the run; one Python worker process per processor, each serving its share of the
# ports, so the simulated hosts are not held to one core among them), writes an
# operators file of 40 operators x 25 MX (pilot profile, that CA as trust_ca) and times, inside the namespace,
#   ./mta-interop run --operators FILE --no-html [HARNESS OPTIONS...]
# with -Xmx512m (as ./mta-interop runs) and -Xlog:gc, reporting wall time, CPU, peak RSS, the heap's peak (the
# largest heap in use before a collection, from the GC log) and the verdict counts. Nothing leaves the namespace:
# its only interface is its loopback. Needs root, iproute2 (ip, tc), python3 and openssl.
#
# Usage: bench/thousand-endpoints.sh [--endpoints N] [--delay-ms MS] [--shards N] [--endpoint-workers N]
#                                    [--profile-to D] [-- HARNESS OPTIONS...]
#   --endpoints N   simulated MX hosts (default 1000)
#   --delay-ms MS   added to every round trip (default 50)
#   --shards N      also run the same file as N shards one after another, then merge them (default: no)
#   --profile-to D  record each harness run with JFR (profile settings) and keep the recordings in directory D
#   --endpoint-workers N  processes serving the endpoints (default: the number of processors; 1 as before)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
home="$(dirname "$here")"
count=1000 delay=50 shards=0 jfr_dir="" workers="$(nproc)"
while [ $# -gt 0 ]; do
  case "$1" in
    --endpoints) count="$2"; shift 2 ;;
    --delay-ms) delay="$2"; shift 2 ;;
    --shards) shards="$2"; shift 2 ;;
    --profile-to) jfr_dir="$(mkdir -p "$2" && cd "$2" && pwd)"; shift 2 ;;
    --endpoint-workers) workers="$2"; shift 2 ;;
    --) shift; break ;;
    *) echo "usage: $0 [--endpoints N] [--delay-ms MS] [--shards N] [--endpoint-workers N] [--profile-to D]"\
            "[-- HARNESS OPTIONS...]" >&2; exit 2 ;;
  esac
done
harness_options=("$@")
[ "$(id -u)" = 0 ] || { echo "$0: needs root (ip netns, tc)" >&2; exit 2; }
for tool in ip tc python3 openssl /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "$0: $tool is missing (apt-get install iproute2 python3 openssl time)" >&2; exit 2; }
done

work="$(mktemp -d /tmp/mtai-bench.XXXXXX)"
ns="mtai-bench-$$"
endpoints_pid=""
cleanup() {
  [ -n "$endpoints_pid" ] && kill "$endpoints_pid" 2>/dev/null && wait "$endpoints_pid" 2>/dev/null || true
  ip netns delete "$ns" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# The jar and its class-data archive, made outside the namespace (the training run must not see the delay).
(cd "$home" && ./mta-interop --version >/dev/null)

# A CA and one wildcard leaf (ECDSA P-256) for *.bench.test, valid two days, in the work directory only.
(
  cd "$work"
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key -out ca.pem -days 2 \
    -subj "/CN=mta-interop bench CA" 2>/dev/null
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout leaf.key -out leaf.csr \
    -subj "/CN=*.bench.test" 2>/dev/null
  printf 'subjectAltName=DNS:*.bench.test\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n' > leaf.ext
  openssl x509 -req -in leaf.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -extfile leaf.ext -out leaf.pem 2>/dev/null
)

# 40 operators x 25 MX (the last operator takes what is left when --endpoints is not 1000).
python3 - "$count" "$work/operators.yaml" <<'PY'
import sys
count, path = int(sys.argv[1]), sys.argv[2]
per = 25
lines = ["# bench/thousand-endpoints.sh: simulated MX hosts in the benchmark's own network namespace", "operators:"]
for o in range((count + per - 1) // per):
    lines += [f"  - name: bench{o:02d}", f"    contact: postmaster@bench{o:02d}.test", f"    domains: [bench{o:02d}.test]",
              "    profile: pilot", "    trust_ca: ca.pem", "    mx:"]
    for i in range(o * per, min(count, (o + 1) * per)):
        lines.append(f"      - {{name: mx{i:04d}.bench.test, address: 127.0.0.1, port: {20000 + i}}}")
open(path, "w").write("\n".join(lines) + "\n")
PY

ip netns add "$ns"
ip netns exec "$ns" ip link set lo up
# limit: the queue netem holds while delaying (its default, 1,000 packets, would drop under 1,000 endpoints)
if ip netns exec "$ns" tc qdisc add dev lo root netem delay "$((delay / 2))ms" limit 1000000 2>/dev/null; then
  how="tc netem on the namespace's loopback, $((delay / 2)) ms each way" in_process=0
else
  how="in the endpoints' process (this kernel has no netem): every byte they send held ${delay} ms" in_process="$delay"
fi
ip netns exec "$ns" bash -c 'ulimit -n 65536; exec python3 "$0" 127.0.0.1 20000 "$1" "$2/leaf.pem" "$2/leaf.key" "$3" "$4"' \
  "$here/endpoints.py" "$count" "$work" "$in_process" "$workers" > "$work/endpoints.log" 2>&1 &
endpoints_pid=$!
for _ in $(seq 1 100); do grep -q ready "$work/endpoints.log" 2>/dev/null && break; sleep 0.2; done
grep -q ready "$work/endpoints.log" || { echo "$0: the endpoints did not start:" >&2; cat "$work/endpoints.log" >&2; exit 1; }
# The added latency as a client sees it: connect, then wait for the greeting (SMTP's first round trip).
greeting_ms="$(ip netns exec "$ns" python3 -c '
import socket, time
t = time.monotonic(); s = socket.create_connection(("127.0.0.1", 20000)); s.recv(512)
print(round((time.monotonic() - t) * 1000, 1))')"
echo "namespace $ns: $count endpoints on 127.0.0.1:20000-$((20000 + count - 1)); ${delay} ms added per round trip,"\
     "$how; connect + greeting: ${greeting_ms} ms; $workers endpoint worker process(es)"

# One timed harness run in the namespace; prints its figures. $1: a label, then the mta-interop arguments.
timed() {
  local label="$1"; shift
  local out="$work/$label"
  mkdir -p "$out"
  set +e
  local java_options="-Xlog:gc:file=$out/gc.log:uptime"
  [ -n "$jfr_dir" ] && java_options="$java_options -XX:StartFlightRecording=filename=$jfr_dir/$label.jfr,settings=profile -XX:FlightRecorderOptions:stackdepth=256"
  ip netns exec "$ns" env JAVA_TOOL_OPTIONS="$java_options" \
    /usr/bin/time -f '%e %U %S %M' -o "$out/time" bash -c 'ulimit -n 65536; exec "$@"' _ "$home/mta-interop" "$@" \
    > "$out/console.txt" 2> "$out/stderr.txt"
  local code=$?
  set -e
  read -r wall user sys rss < <(tail -1 "$out/time")  # after "Command exited with non-zero status N"
  [ "$code" -le 3 ] || { echo "$label: exit $code:"; tail -5 "$out/stderr.txt"; }
  # "GC(12) Pause Young (Allocation Failure) 123M->45M(200M) 3.4ms": the heap before each collection, its peak
  local peak
  peak="$(sed -n 's/.* \([0-9]*\)M->[0-9]*M([0-9]*M).*/\1/p' "$out/gc.log" | sort -n | tail -1)"
  local collections
  collections="$(grep -c 'Pause' "$out/gc.log" || true)"
  echo "$label: exit $code, wall ${wall} s, CPU ${user} s user + ${sys} s system, peak RSS $((rss / 1024)) MB," \
       "heap peak ${peak:-?} MB of 512 (${collections} collections)"
  grep -E '^[0-9]+ passed' "$out/console.txt" | sed "s/^/$label: /" || { echo "$label: no summary"; tail -5 "$out/stderr.txt"; }
  # why results were broken (could not test), the three commonest reasons
  python3 - "$work/$label/reports/summary.json" "$label" <<'PY' || true
import collections, json, re, sys
summary = json.load(open(sys.argv[1]))
reasons = collections.Counter(re.sub(r"[0-9]+", "N", r["message"])[:110] for t in summary["targets"] for r in t["results"]
                              if r["status"] == "broken")
for reason, n in reasons.most_common(3):
    print(f"{sys.argv[2]}: broken x{n}: {reason}")
PY
}

timed whole run --operators "$work/operators.yaml" --no-html --report-dir "$work/whole/reports" "${harness_options[@]}"
if [ "$shards" -gt 0 ]; then
  dirs=()
  for i in $(seq 1 "$shards"); do
    timed "shard-$i" run --operators "$work/operators.yaml" --no-html --shard "$i/$shards" \
      --report-dir "$work/shard-$i/reports" "${harness_options[@]}"
    dirs+=("$work/shard-$i/reports")
  done
  timed merge merge --no-html --report-dir "$work/merge/reports" "${dirs[@]}"
fi
kill "$endpoints_pid" 2>/dev/null && wait "$endpoints_pid" 2>/dev/null || true
endpoints_pid=""
echo "endpoints: $(grep -E '^connections' "$work/endpoints.log" || echo '?')"
