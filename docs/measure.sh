#!/usr/bin/env bash
# measure.sh: the whole-process figures of docs/performance.md, measured on this machine.
#
#   docs/measure.sh [N]    N policies in the corpus (default 1000)
#
# It builds fineprint (static, CGO_ENABLED=0, as the README builds it), writes a corpus of N
# synthetic policies of 30 KB (the benchmarks' own,
# policies/policytest), and times the commands a user runs with /usr/bin/time -v (wall time,
# CPU time, peak resident memory) and, when installed (apt-get install hyperfine), hyperfine.
# Everything happens in a temporary folder, the cache of parsed policies included
# (XDG_CACHE_HOME), which is removed at the end. Say the load (printed first) beside any
# figure: on a shared machine wall times vary with it; CPU seconds vary less.
set -euo pipefail

n=${1:-1000}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME=$work/cache XDG_CONFIG_HOME=$work/config

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB; $(go version | cut -d' ' -f3)"
echo "load:   $(uptime | sed 's/.*load average: //')"

(cd "$root" && CGO_ENABLED=0 go build -o "$work/fineprint" . && go run ./policies/policytest/gencorpus -n "$n" "$work/corpus" >/dev/null)
fp=$work/fineprint
corpus=$work/corpus
echo "corpus: $n policies, $(du -sh "$corpus" | cut -f1)"
echo

# timed LABEL CMD...: one run under /usr/bin/time -v, output discarded.
timed() {
	local label=$1
	shift
	/usr/bin/time -v "$@" >/dev/null 2>"$work/time" || { cat "$work/time"; return 1; }
	awk -v l="$label" -F': ' '
		/Elapsed/ {split($2, t, ":"); wall = t[1] * 60 + t[2]}
		/User time/ {u = $2} /System time/ {s = $2}
		/Maximum resident/ {rss = $2 / 1024}
		END {printf "%-52s %7.2f s wall  %6.2f s CPU  %6.0f MB peak RSS\n", l, wall, u + s, rss}' "$work/time"
}

echo "== start-up"
if command -v hyperfine >/dev/null; then
	hyperfine -N --warmup 3 --runs 30 --style basic "$fp --version" 2>/dev/null | grep -E 'Time|Range'
else
	/usr/bin/time -f "fineprint --version, 30 runs: %e s wall in all" sh -c "for i in \$(seq 30); do '$fp' --version >/dev/null; done"
fi
echo "package initialisation (GODEBUG=inittrace=1, ms, fineprint's own packages and the total):"
GODEBUG=inittrace=1 "$fp" --version 2>&1 >/dev/null | awk '/^init/ {t += $5; if ($2 ~ /^fineprint/) printf "  %-28s %5.2f\n", $2, $5} END {printf "  %-28s %5.2f\n", "all packages", t}'
echo

echo "== compare, $n policies (no cache: the first run)"
timed "compare --json" "$fp" compare --json --no-bundled "$corpus"
rm -rf "$XDG_CACHE_HOME"
timed "compare --jsonl" "$fp" compare --jsonl --no-bundled "$corpus"
timed "compare --jsonl, parsed policies cached" "$fp" compare --jsonl --no-bundled "$corpus"
echo

echo "== list, $n policies"
rm -rf "$XDG_CACHE_HOME"
timed "list (parsing, filling the cache)" "$fp" list --no-bundled "$corpus"
timed "list (cached)" "$fp" list --no-bundled "$corpus"
echo

echo "== search against fzf --filter on the same text, $n policies"
echo "(cold: no cache, so search parses every file, builds the index and stores both; warm: the"
echo " parsed policies and the index come from the cache, as on any later search of the folder)"
for q in 'personal data' 'delete account' 'cookies'; do
	rm -rf "$XDG_CACHE_HOME"
	timed "search '$q', cold" "$fp" search "$q" --no-bundled "$corpus"
	timed "search '$q', warm" "$fp" search "$q" --no-bundled "$corpus"
	timed "cat | fzf --filter '$q'" sh -c "cat '$corpus'/*/* | fzf --filter '$q'"
	if command -v hyperfine >/dev/null; then
		# Paired and interleaved: the ratio is what holds on a busy machine.
		hyperfine -N --warmup 1 --runs 10 --style basic \
			"$fp search '$q' --no-bundled $corpus" "sh -c \"cat $corpus/*/* | fzf --filter '$q'\"" 2>/dev/null |
			grep -E 'Time|faster' | sed 's/^/  /'
	fi
done
