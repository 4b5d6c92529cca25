#!/usr/bin/env bash
# End-to-end throughput of the release binary, reproducible and deterministic.
#
# For each corpus size it generates a French corpus from the repository's own articles
# (bench/gen_corpus.py: shuffled paragraphs, swapped names, one seeded generator) as one JSON
# Lines file and as a folder of files in the same order (numbered folders of a thousand),
# then runs `cadrage report` over each with
# --jobs 1 and --jobs 2 (CSV tables, built-in lexicons) under `/usr/bin/time -v`, and prints
# MB/s and articles/s (of article text, wall clock), the CPU time (user + system) with MB per
# CPU-second (the figure to compare on a machine shared with other work), and the peak resident
# set size in a table.
# Then it times `cadrage score` of a 3 KB article from process start to exit (hyperfine when it
# is installed, else the best and median of a loop).
#
# Usage: bench/run.sh [--peer] [--keep] [SIZE_MB ...]    (default sizes: 10 1000)
#   --peer   also run the Python peer of bench/peer/ on the same JSON Lines (needs network
#            access to PyPI the first time, to fill bench/peer/.venv; see bench/peer/run.sh)
#   --keep   keep the generated corpora and outputs (in $BENCH_DIR, default target/bench)
#
# The folder form of a corpus is skipped above 2000 MB (a million small files) unless
# BENCH_FOLDERS=1; BENCH_FOLDERS=0 skips it at every size. Needs GNU time (`apt-get install
# time`) and python3. Not part of CI.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_DIR:-$root/target/bench}
peer=0
keep=0
sizes=()
for arg in "$@"; do
    case $arg in
        --peer) peer=1 ;;
        --keep) keep=1 ;;
        -h | --help) sed -n '2,21p' "$0"; exit 0 ;;
        *) sizes+=("$arg") ;;
    esac
done
[ ${#sizes[@]} -eq 0 ] && sizes=(10 1000)

if [ ! -x /usr/bin/time ]; then
    echo "bench/run.sh needs GNU time at /usr/bin/time: apt-get install time" >&2
    exit 1
fi

cargo build --release --quiet --manifest-path "$root/Cargo.toml"
bin="$root/target/release/cadrage"
mkdir -p "$work"

results="$work/results.tsv"
rm -f "$work/peer.tsv"
printf 'corpus\tform\tjobs\tarticles\tMB\tseconds\tMB/s\tarticles/s\tCPU s\tMB/CPU-s\tpeak RSS MB\n' >"$results"

# run LABEL FORM JOBS ARTICLES BYTES INPUT: one `cadrage report` under GNU time.
run() {
    local label=$1 form=$2 jobs=$3 articles=$4 bytes=$5 input=$6
    local out="$work/out-$label-$form-$jobs" log="$work/time-$label-$form-$jobs.txt"
    rm -rf "$out"
    /usr/bin/time -v "$bin" report "$input" --out "$out" --jobs "$jobs" -q 2>"$log" >/dev/null
    local wall rss user sys
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
    user=$(awk -F': ' '/User time/ {print $2}' "$log")
    sys=$(awk -F': ' '/System time/ {print $2}' "$log")
    python3 - "$label" "$form" "$jobs" "$articles" "$bytes" "$wall" "$rss" "$user" "$sys" \
        >>"$results" <<'PY'
import sys
label, form, jobs, articles, size, wall, rss, user, system = sys.argv[1:]
parts = [float(p) for p in wall.split(":")]
seconds = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
cpu = float(user) + float(system)
mb = int(size) / 1e6
print(f"{label}\t{form}\t{jobs}\t{articles}\t{mb:.1f}\t{seconds:.2f}\t{mb / seconds:.2f}\t"
      f"{int(articles) / seconds:.0f}\t{cpu:.2f}\t{mb / cpu:.2f}\t{int(rss) / 1024:.0f}")
PY
    [ $keep -eq 1 ] || rm -rf "$out"
}

for mb in "${sizes[@]}"; do
    label="${mb}MB"
    jsonl="$work/corpus-$label.jsonl"
    folder="$work/corpus-$label"
    with_folder=1
    case ${BENCH_FOLDERS:-auto} in
        0) with_folder=0 ;;
        1) ;;
        *) [ "${mb%.*}" -gt 2000 ] && with_folder=0 ;;
    esac
    if [ ! -s "$jsonl" ] || { [ $with_folder -eq 1 ] && [ ! -d "$folder" ]; }; then
        rm -rf "$jsonl" "$folder"
        args=(--mb "$mb" --jsonl "$jsonl")
        [ $with_folder -eq 1 ] && args+=(--dir "$folder")
        python3 "$root/bench/gen_corpus.py" "${args[@]}" "$root" 2>"$work/gen-$label.txt"
    fi
    # "N articles, B bytes of text": the text alone is what MB/s counts, in both forms.
    read -r articles _ bytes _ <"$work/gen-$label.txt"
    for jobs in 1 2; do
        run "$label" jsonl "$jobs" "$articles" "$bytes" "$jsonl"
        [ $with_folder -eq 1 ] && run "$label" folder "$jobs" "$articles" "$bytes" "$folder"
    done
    if [ $peer -eq 1 ]; then
        bash "$root/bench/peer/run.sh" "$jsonl" "$work" "$label" >>"$work/peer.tsv"
    fi
    if [ $keep -eq 0 ]; then
        rm -rf "$jsonl" "$folder"
    fi
done

echo
echo "cadrage report, CSV tables, built-in lexicons ($(nproc) cores: $(lscpu | sed -n 's/^Model name: *//p'))"
column -t -s $'\t' "$results"

# Process start to exit for one short article: what a user waits for at the prompt.
article="$root/samples/quotidien-du-soir/quotidien-du-soir-01.txt"
echo
echo "cadrage score of a $(wc -c <"$article")-byte article, process start to exit"
if command -v hyperfine >/dev/null; then
    hyperfine --warmup 3 --runs 30 --style basic "$bin score $article" 2>&1 | sed -n '2,4p'
else
    python3 - "$bin" "$article" <<'PY'
import statistics, subprocess, sys, time
times = []
for _ in range(30):
    t = time.perf_counter()
    subprocess.run([sys.argv[1], "score", sys.argv[2]], stdout=subprocess.DEVNULL, check=True)
    times.append((time.perf_counter() - t) * 1000)
print(f"  best {min(times):.1f} ms, median {statistics.median(times):.1f} ms over 30 runs")
PY
fi

if [ $peer -eq 1 ] && [ -s "$work/peer.tsv" ]; then
    echo
    echo "Python peer (spaCy, one process) on the same JSON Lines; ratio = cadrage --jobs 1 MB/CPU-s / peer MB/CPU-s"
    python3 - "$results" "$work/peer.tsv" <<'PY' | column -t -s $'\t'
import sys
ours = {}
with open(sys.argv[1]) as f:
    next(f)
    for line in f:
        corpus, form, jobs, *rest = line.rstrip("\n").split("\t")
        if form == "jsonl" and jobs == "1":
            ours[corpus] = float(rest[6])
print("corpus\tpipeline\tMB\tseconds\tMB/s\tCPU s\tMB/CPU-s\tarticles\tsentences\tmatches\tratio")
with open(sys.argv[2]) as f:
    for line in f:
        fields = line.rstrip("\n").split("\t")
        mbps = float(fields[6])
        ratio = f"{ours[fields[0]] / mbps:.1f}" if fields[0] in ours and mbps > 0 else "-"
        print("\t".join(fields + [ratio]))
PY
fi
