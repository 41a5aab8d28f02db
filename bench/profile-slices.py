#!/usr/bin/env python3
"""bench/profile-slices.py PROFILE.json INTERVAL_US — reads async-profiler's CPU samples (as `jfr print --json`
prints them) and says where a run's CPU went: per thread group, per 50 ms slice, and the heaviest frames of each
group. Used by bench/profile.sh."""
import collections
import datetime
import json
import re
import sys

SLICE = 0.05
GROUPS = [  # (group, pattern on the thread's name), first match wins
    ("JIT", r"Compiler ?Thre|C[12] CompilerThre"),
    ("main", r"^main$"),
    ("warm-up", r"warm-up"),
    ("enumeration", r"^tls-enumeration"),
    ("probes", r"probe"),
    ("judges", r"judge"),
    ("GC/VM", r"VM Thread|GC|G1|Service Thread"),
]
OURS = re.compile(r"^org[./]mtainterop")
LIBRARIES = re.compile(r"^(io[./]qameta|io[./]cucumber|org[./]junit|picocli|com[./]fasterxml|org[./]picocontainer)")


def group_of(thread):
    for group, pattern in GROUPS:
        if re.search(pattern, thread):
            return group
    return "other"


def main():
    events = json.load(open(sys.argv[1]))["recording"]["events"]
    interval = int(sys.argv[2]) / 1e6
    samples = []
    for e in events:
        values = e["values"]
        thread = values.get("sampledThread") or {}
        name = thread.get("javaName") or thread.get("osName") or "?"
        when = datetime.datetime.fromisoformat(values["startTime"].replace("Z", "+00:00")).timestamp()
        frames = [f["method"]["type"]["name"] + "." + f["method"]["name"]
                  for f in (values.get("stackTrace") or {}).get("frames", [])]
        samples.append((when, group_of(name), frames))
    if not samples:
        print("no samples: did the run start?")
        return
    start = min(s[0] for s in samples)
    total = len(samples)
    by_group = collections.Counter(g for _, g, _ in samples)
    names = [g for g, _ in GROUPS] + ["other"]
    print(f"CPU samples: {total} ({total * interval:.2f} CPU-s at {interval * 1e6:.0f} us)")
    for g in names:
        if by_group[g]:
            print(f"  {g:12s} {by_group[g]:6d}  {100 * by_group[g] / total:5.1f} %")
    slices = collections.defaultdict(collections.Counter)
    for when, g, _ in samples:
        slices[int((when - start) / SLICE)][g] += 1
    full = SLICE / interval  # samples one busy core gives per slice
    shown = [g for g in names if by_group[g]]
    print(f"\nper {SLICE * 1000:.0f} ms slice (a busy core gives {full:.0f} samples):")
    print("  t (s) " + " ".join(f"{g[:8]:>8}" for g in shown) + "   cores busy")
    for k in sorted(slices):
        row = slices[k]
        print(f"  {k * SLICE:5.2f} " + " ".join(f"{row[g]:8d}" for g in shown) + f"   {sum(row.values()) / full:5.2f}")
    print("\nper group, the frames of our code and the libraries nearest the work (each sample counted once, at the"
          " deepest such frame: JDK code is counted under its caller):")
    for g in shown:
        deepest = collections.Counter()
        for _, sg, frames in samples:
            if sg != g:
                continue
            mine = next((f for f in frames if (OURS.search(f) or LIBRARIES.search(f)) and "$$Lambda" not in f), None)
            deepest[mine or "(JDK or JVM only)"] += 1
        print(f"  {g}:")
        for f, n in deepest.most_common(6):
            print(f"    {100 * n / by_group[g]:5.1f} %  {f.replace('/', '.')}")

if __name__ == "__main__":
    main()
