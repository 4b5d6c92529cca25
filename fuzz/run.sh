#!/usr/bin/env bash
# Runs every fuzz target (or those named) and prints, for each, how long it ran, its final
# coverage and when it last found a new edge. Corpora grow in fuzz/corpus/<target> (not
# committed), seeded from fuzz/seeds/<target> and, when corpus/<target> is empty, started from
# the minimized corpus kept in fuzz/kept/<target>.tar.gz (see keep.sh); crashes and slow units land in
# fuzz/artifacts/<target>; each run's log is fuzz/logs/<target>.log.
#
#   fuzz/run.sh [SECONDS] [TARGET...]        (default: 300 seconds, every target)
#
# SECONDS is the most a target runs. Environment:
#   FUZZ_PLATEAU=N   stop a target earlier, once N seconds have passed without a new edge
#                    (a plateau: the target has stopped finding new paths). Default: off.
#                    The clock starts once libFuzzer has loaded its corpus (INITED), and a
#                    plateau also needs FUZZ_PLATEAU_EXECS executions without a new edge
#                    (default 100000), so that a fuzzer starved of processor time by other
#                    work, which runs few inputs in N seconds, never claims one.
#   FUZZ_JOBS=N      targets run at the same time (default 2).
#   FUZZ_MAX_LEN=N   the largest input, in bytes (default 32768).
#   FUZZ_LEN_CONTROL=N  libFuzzer's -len_control: 0 tries inputs up to FUZZ_MAX_LEN at once
#                    instead of growing the limit slowly, so that a plateau is not a length
#                    limit that has not grown yet (default 100, libFuzzer's own).
#   FUZZ_NO_BUILD=1  run the binaries already built (the crate is rebuilt whenever src/ changed).
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`) and a nightly toolchain; see docs/hardening.md.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-300}"
shift || true
targets=("$@")
plateau="${FUZZ_PLATEAU:-0}"
plateau_execs="${FUZZ_PLATEAU_EXECS:-100000}"
jobs="${FUZZ_JOBS:-2}"
max_len="${FUZZ_MAX_LEN:-32768}"
len_control="${FUZZ_LEN_CONTROL:-100}"
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(cargo +nightly fuzz list)
fi
mkdir -p logs
if [ -z "${FUZZ_NO_BUILD:-}" ]; then
    cargo +nightly fuzz build -s none
fi

# The execution count of the last status line of a log.
executions() {
    tail -c 8192 "$1" 2>/dev/null | grep -oE '^#[0-9]+' | tail -1 | tr -d '#' || true
}

# The coverage (edges) of the last status line of a log.
coverage() {
    tail -c 8192 "$1" 2>/dev/null | grep -oE 'cov: [0-9]+' | tail -1 | grep -oE '[0-9]+' || echo 0
}

run() {
    local t="$1" log="logs/$1.log"
    mkdir -p "corpus/$t" "artifacts/$t"
    # A new machine starts from the corpus kept in the repository (keep.sh), if there is one.
    if [ -f "kept/$t.tar.gz" ] && [ -z "$(ls -A "corpus/$t")" ]; then
        tar -C corpus -xzf "kept/$t.tar.gz"
    fi
    local before
    before=$(find "artifacts/$t" -type f | wc -l)
    # The binaries are run directly, so that a source edit elsewhere does not rebuild mid-run.
    "target/x86_64-unknown-linux-gnu/release/$t" "corpus/$t" "seeds/$t" \
        -artifact_prefix="artifacts/$t/" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
        -max_len="$max_len" -len_control="$len_control" -print_final_stats=1 >"$log" 2>&1 &
    local pid=$! start=$SECONDS cov=0 last_new=$SECONDS last_execs=0 inited=0 stopped="time limit"
    while kill -0 "$pid" 2>/dev/null; do
        sleep 5
        local now_cov now_execs
        now_cov=$(coverage "$log")
        now_execs=$(executions "$log")
        now_execs=${now_execs:-0}
        # Until the corpus is loaded, every edge found is an old one: the clock waits.
        if [ "$inited" = 0 ]; then
            if grep -q 'INITED' "$log" 2>/dev/null; then
                inited=1
            fi
            last_new=$SECONDS
            last_execs=$now_execs
        fi
        if [ "$now_cov" -gt "$cov" ]; then
            cov=$now_cov
            last_new=$SECONDS
            last_execs=$now_execs
        fi
        if [ "$plateau" -gt 0 ] && [ "$inited" = 1 ] && [ $((SECONDS - last_new)) -ge "$plateau" ] &&
            [ $((now_execs - last_execs)) -ge "$plateau_execs" ]; then
            stopped="plateau"
            kill -INT "$pid" 2>/dev/null || true
            break
        fi
    done
    wait "$pid" 2>/dev/null || true
    local after
    after=$(find "artifacts/$t" -type f | wc -l)
    if [ "$after" -gt "$before" ] || grep -qE 'ERROR: libFuzzer|panicked at' "$log"; then
        stopped="FOUND A PROBLEM (see $log and artifacts/$t)"
    fi
    local execs
    execs=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
    execs=${execs:-0}
    printf '%-18s ran %5d s  execs %10s  edges %6s  last new edge at %5d s (%s executions since)  stopped: %s\n' \
        "$t" $((SECONDS - start)) "$execs" "$cov" $((last_new - start)) $((execs - last_execs)) "$stopped"
}

i=0
for t in "${targets[@]}"; do
    run "$t" &
    i=$((i + 1))
    if [ $((i % jobs)) -eq 0 ]; then
        wait
    fi
done
wait
