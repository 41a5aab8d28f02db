#!/usr/bin/env python3
"""bench/tool-results.py — did every tool of bench/side-by-side.sh do its work on every endpoint?

A ratio against a tool that did nothing is not a measurement: nmap's ssl-enum-ciphers prints nothing for a port
whose connections were turned away (Exim's smtp_accept_max answers its parallel probes with 421), testssl.sh can
stop at a STARTTLS problem, posttls-finger can fail before TLS. This reads what each tool wrote and says, per tool
and endpoint, whether there is a result:

  mta-interop     every target of each run in its summary.json, with results (the drip server: any result);
                  in the nmap-like run, the protocol versions its TLS enumeration found (compared with nmap's)
  testssl.sh      its JSON has the protocol findings (SSLv2 .. TLS1_3) and cipher findings
  nmap            a ssl-enum-ciphers section with at least one protocol version per port; the versions are
                  compared with what mta-interop's enumeration accepted, and a port where nmap found fewer is
                  reported as incomplete
  posttls-finger  per endpoint, a TLS connection established, or a TLS error after STARTTLS (an answer)

Usage: tool-results.py WORK NAME=PORT... (env: BENCH_ONE_PORT the port testssl.sh was given; BENCH_FAR_PORT the
latency proxy's port in front of it, when the far-MX runs were made (r-far, testssl-far.json); BENCH_NMAP_OUT the
nmap output in WORK, nmap.txt; BENCH_ONLY=nmap to check nmap alone) ; writes WORK/complete-nmap-ports (the ports nmap completed; complete-<BENCH_NMAP_OUT>-ports) and exits
1 when a tool produced no result for some endpoint (the bench then computes no ratio against it).
"""
import glob
import json
import os
import re
import sys

work, pairs = sys.argv[1], sys.argv[2:]
port_of = dict(p.split("=", 1) for p in pairs)
name_of = {v: k for k, v in port_of.items()}
mtas = [n for n in port_of if n != "drip"]
missing = {}   # tool -> [endpoint: reason]
notes = []


def miss(tool, endpoint, why):
    missing.setdefault(tool, []).append(f"{endpoint}: {why}")


def summary_targets(run):
    path = os.path.join(work, run, "summary.json")
    try:
        data = json.load(open(path))
    except (OSError, ValueError) as e:
        return None, f"no summary.json ({e})"
    return {str(t["port"]): t for t in data.get("targets", [])}, None


def check_harness(run, names):
    targets, problem = summary_targets(run)
    label = f"mta-interop ({run})"
    if targets is None:
        for n in names:
            miss(label, n, problem)
        return
    for n in names:
        t = targets.get(port_of[n])
        if t is None or not t.get("results"):
            miss(label, n, "no results in summary.json")


def harness_versions(run):
    """Per port, the protocol versions mta-interop's TLS enumeration accepted (nmap's spelling)."""
    found = {}
    for f in glob.glob(os.path.join(work, run, "allure-results", "*-result.json")):
        result = json.load(open(f))
        target = next((p["value"] for p in result.get("parameters", []) if p["name"] == "target"), None)
        stack = [result]
        while stack:
            step = stack.pop()
            stack.extend(step.get("steps", []))
            for a in step.get("attachments", []):
                if a["name"].startswith("TLS enumeration") and target:
                    text = open(os.path.join(work, run, "allure-results", a["source"])).read()
                    accepted = set(re.findall(r"^  (SSLv3|TLSv1(?:\.[123])?)\s+accepted", text, re.M))
                    found[target.split(":")[-1]] = {"TLSv1.0" if v == "TLSv1" else v for v in accepted}
    return found


NMAP_OUT = os.environ.get("BENCH_NMAP_OUT", "nmap.txt")
ONLY_NMAP = os.environ.get("BENCH_ONLY") == "nmap"


def nmap_versions():
    path = os.path.join(work, NMAP_OUT)
    per_port, port = {}, None
    for line in open(path) if os.path.exists(path) else []:
        m = re.match(r"(\d+)/tcp", line)
        if m:
            port = m.group(1)
            per_port.setdefault(port, None)
        elif port and "ssl-enum-ciphers:" in line:
            per_port[port] = set()
        elif port and per_port.get(port) is not None:
            v = re.match(r"\|\s+(SSLv3|TLSv1\.[0-3]):", line)
            if v:
                per_port[port].add(v.group(1))
    return per_port


if not ONLY_NMAP:
    check_harness("r-one", [name_of[p] for p in [os.environ.get("BENCH_ONE_PORT", "")] if p in name_of])
    for run in ("r-set", "r-nmap", "r-finger"):
        check_harness(run, mtas)
    if "drip" in port_of:
        check_harness("r-drip", ["drip"])

# testssl.sh: the protocol and cipher sections of its JSON
def check_testssl(file, endpoint):
    try:
        findings = json.load(open(os.path.join(work, file)))
    except (OSError, ValueError) as e:
        miss("testssl.sh", endpoint, f"no JSON ({e})")
        return
    ids = {f.get("id", "") for f in findings}
    protocols = {"SSLv2", "SSLv3", "TLS1", "TLS1_1", "TLS1_2", "TLS1_3"} - ids
    if protocols:
        miss("testssl.sh", endpoint, "no protocol finding for " + ", ".join(sorted(protocols)))
    if not any(i.startswith(("cipherlist_", "cipher-", "cipher_order", "supportedciphers")) for i in ids):
        miss("testssl.sh", endpoint, "no cipher findings")
    fatal = [f for f in findings if f.get("severity") == "FATAL"]
    if fatal:
        miss("testssl.sh", endpoint, "FATAL: " + fatal[0].get("finding", ""))


if not ONLY_NMAP:
    check_testssl("testssl.json", "one server")
    far = os.environ.get("BENCH_FAR_PORT")
    if far:   # the same server behind the latency proxy: both tools must have judged it there too
        check_testssl("testssl-far.json", "one server, far")
        targets, problem = summary_targets("r-far")
        if targets is None or not targets.get(far, {}).get("results"):
            miss("mta-interop (r-far)", "one server, far", problem or "no results in summary.json")

# nmap: a section per port, and the versions the harness found
nmap = nmap_versions()
harness = harness_versions("r-nmap")
complete = []
for n in mtas:
    p = port_of[n]
    got = nmap.get(p)
    if got is None or not got:
        miss("nmap", n, "no ssl-enum-ciphers result (nothing printed for the port)")
        continue
    wanted = harness.get(p)
    if wanted is not None and not wanted <= got:
        miss("nmap", n, "incomplete: mta-interop found " + ", ".join(sorted(wanted - got))
             + " accepted, nmap listed " + ", ".join(sorted(got)))
        continue
    complete.append(p)
with open(os.path.join(work, "complete-" + NMAP_OUT.replace(".txt", "") + "-ports"), "w") as out:
    out.write(" ".join(complete) + "\n")

# posttls-finger: TLS reached (or a TLS answer after STARTTLS) per endpoint
try:
    text = open(os.path.join(work, "posttls-finger.txt")).read()
except OSError:
    text = ""
for n in [] if ONLY_NMAP else mtas:
    p = port_of[n]
    if re.search(rf"TLS connection established to \S+:{p}:", text):
        continue
    if re.search(rf"SSL_connect error to \S+:{p}:", text):
        notes.append(f"posttls-finger, {n}: the TLS handshake failed (an answer: the server sent an alert)")
        continue
    miss("posttls-finger", n, "no TLS connection and no TLS error")

for note in notes:
    print("  note: " + note)
for tool, problems in missing.items():
    print(f"  NO RESULT  {tool}: {len(problems)} endpoint(s)")
    for p in problems:
        print(f"             {p}")
if not missing:
    print("  every tool produced a result for every endpoint")
print("  nmap complete on %d of %d endpoints" % (len(complete), len(mtas)))
sys.exit(1 if missing else 0)
