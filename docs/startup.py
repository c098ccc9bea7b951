#!/usr/bin/env python3
"""startup.py: where the time of `fineprint --version` goes (docs/performance.md, "Start-up").

    docs/startup.py [-n ROUNDS] [OTHER_BINARY...]

Builds fineprint from this checkout twice (with `go build` as a user does, and with
CGO_ENABLED=0) and a Go hello world, then runs `BINARY --version` for each of them and for
OTHER_BINARY (main's build, say) in alternation, ROUNDS rounds (default 40) after 5 warm-up
runs each, so that every binary meets the same load. For each it prints the wall time (mean,
standard deviation, median, minimum), the CPU time (user + system) and the minor page faults
per run, then the package initialisation of the binaries (GODEBUG=inittrace=1: the median
over 21 alternating runs of the total and of each package over 0.2 ms). Say the load
(printed first and last) beside any figure.
"""
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

HELLO = 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello") }\n'


def build(root, work):
    bins = {}
    out = os.path.join(work, "fineprint")
    subprocess.run(["go", "build", "-o", out, "."], cwd=root, check=True)
    bins["fineprint (go build)"] = out
    out = os.path.join(work, "fineprint-nocgo")
    env = dict(os.environ, CGO_ENABLED="0")
    subprocess.run(["go", "build", "-o", out, "."], cwd=root, env=env, check=True)
    bins["fineprint (CGO_ENABLED=0)"] = out
    hello = os.path.join(work, "hello")
    os.mkdir(hello)
    with open(os.path.join(hello, "main.go"), "w") as f:
        f.write(HELLO)
    with open(os.path.join(hello, "go.mod"), "w") as f:
        f.write("module hello\n\ngo 1.22\n")
    subprocess.run(["go", "build", "-o", os.path.join(work, "hello-bin"), "."], cwd=hello, check=True)
    bins["Go hello world"] = os.path.join(work, "hello-bin")
    return bins


def once(binary):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run([binary, "--version"], stdout=subprocess.DEVNULL, check=True)
    t1 = time.perf_counter()
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    return (t1 - t0) * 1e3, cpu * 1e3, r1.ru_minflt - r0.ru_minflt


def inittrace_once(binary):
    """Returns the package initialisation times of one run: {package: ms}."""
    env = dict(os.environ, GODEBUG="inittrace=1")
    p = subprocess.run([binary, "--version"], env=env, capture_output=True, text=True)
    per = {}
    for line in p.stderr.splitlines():
        f = line.split()
        if len(f) > 6 and f[0] == "init" and f[6] == "clock,":
            per[f[1]] = per.get(f[1], 0.0) + float(f[4])
    return per


def main():
    args = sys.argv[1:]
    rounds = 40
    if len(args) >= 2 and args[0] == "-n":
        rounds, args = int(args[1]), args[2:]
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    print("load:", os.getloadavg())
    with tempfile.TemporaryDirectory() as work:
        bins = build(root, work)
        for other in args:
            bins[other] = os.path.abspath(other)
        names = list(bins)
        for n in names:
            for _ in range(5):
                once(bins[n])
        res = {n: [] for n in names}
        for i in range(rounds):
            for n in (names if i % 2 == 0 else names[::-1]):
                res[n].append(once(bins[n]))
        print("`--version`, %d alternating runs each:" % rounds)
        for n in names:
            wall = [r[0] for r in res[n]]
            print("  %-28s %5.1f ± %4.1f ms wall (median %5.1f, min %5.1f)  %5.1f ms CPU  %4.0f page faults"
                  % (n, statistics.mean(wall), statistics.stdev(wall), statistics.median(wall), min(wall),
                     statistics.mean(r[1] for r in res[n]), statistics.mean(r[2] for r in res[n])))
        traced = [n for n in names if n != "Go hello world"]
        traces = {n: [] for n in traced}
        for i in range(21):
            for n in (traced if i % 2 == 0 else traced[::-1]):
                traces[n].append(inittrace_once(bins[n]))
        for n in traced:
            totals = [sum(t.values()) for t in traces[n]]
            print("package initialisation of %s: %.1f ms in all (median of %d alternating runs; min %.1f)"
                  % (n, statistics.median(totals), len(totals), min(totals)))
            pkgs = {}
            for t in traces[n]:
                for pkg, ms in t.items():
                    pkgs.setdefault(pkg, []).append(ms)
            for pkg, ms in sorted(pkgs.items(), key=lambda kv: -statistics.median(kv[1])):
                if statistics.median(ms) >= 0.2:
                    print("  %6.2f  %s" % (statistics.median(ms), pkg))
    print("load:", os.getloadavg())


if __name__ == "__main__":
    main()
