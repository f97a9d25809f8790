#!/usr/bin/env python3
"""HTTP load test of yente-compatible /match: batches of 100 dev queries sent one after another over one keep-alive
connection to a running `vigil serve` (loopback only). Prints p50/p90/p99/max of the round trips and, given the server's
PID, its CPU time per request from /proc (which other load on the machine does not inflate).

    python3 scripts/perf/match_load.py --url http://127.0.0.1:8080 --key KEY [--pid PID] [--rounds 5]
"""
import argparse, csv, http.client, json, os, sys, time
from urllib.parse import urlparse

SCHEMAS = {"person": "Person", "organization": "Organization", "vessel": "Vessel", "aircraft": "Airplane"}


def batches(path, size=100):
    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    for i in range(0, len(rows) - size + 1, size):
        queries = {}
        for r in rows[i:i + size]:
            p = {"name": r["name"]}
            for field, prop in (("birth_date", "birthDate"), ("country", "country"), ("id_number", "idNumber")):
                if r.get(field):
                    p[prop] = r[field]
            queries[r["id"]] = {"schema": SCHEMAS.get(r["type"].lower(), "LegalEntity"), "properties": p}
        yield json.dumps({"queries": queries}).encode()


def cpu_seconds(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", required=True)
    ap.add_argument("--key", required=True)
    ap.add_argument("--pid", type=int)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--queries", default=os.path.join(os.path.dirname(__file__), "../../../shared/eval/dev/queries.csv"))
    a = ap.parse_args()
    u = urlparse(a.url)
    if u.hostname not in ("127.0.0.1", "localhost", "::1"):
        sys.exit("--url must be a loopback address")
    bodies = list(batches(a.queries))
    conn = http.client.HTTPConnection(u.hostname, u.port)
    headers = {"Authorization": f"Bearer {a.key}", "Content-Type": "application/json"}

    def send(body):
        conn.request("POST", "/api/v1/yente/match/default?limit=5", body, headers)
        r = conn.getresponse()
        r.read()
        if r.status != 200:
            sys.exit(f"HTTP {r.status}")

    for b in bodies[:5]:
        send(b)  # warm-up
    cpu0 = cpu_seconds(a.pid) if a.pid else None
    times = []
    for _ in range(a.rounds):
        for b in bodies:
            t = time.perf_counter()
            send(b)
            times.append((time.perf_counter() - t) * 1000)
    cpu = (cpu_seconds(a.pid) - cpu0) if a.pid else None
    times.sort()
    q = lambda p: times[min(len(times) - 1, int(len(times) * p))]
    print(f"/match, 100 queries a request, {len(times)} requests ({len(times) * 100} queries): "
          f"p50 {q(0.5):.1f} ms, p90 {q(0.9):.1f} ms, p99 {q(0.99):.1f} ms, max {times[-1]:.1f} ms"
          + (f"; server CPU {cpu * 1000 / len(times):.1f} ms a request" if cpu is not None else ""))


if __name__ == "__main__":
    main()
