#!/usr/bin/env bash
# Runs every fuzz target (or those named) for SECONDS each, two at a time, and prints each
# target's final coverage. Corpora grow in fuzz/corpus/<target> (not committed), seeded from
# fuzz/seeds/<target>; crashes and slow units land in fuzz/artifacts/<target>.
#
#   fuzz/run.sh [SECONDS] [TARGET...]        (default: 300 seconds, every target)
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`) and a nightly toolchain; see docs/hardening.md.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-300}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(cargo +nightly fuzz list)
fi
mkdir -p logs
# FUZZ_NO_BUILD=1 runs the binaries already built (the crate is rebuilt whenever src/ changed).
if [ -z "${FUZZ_NO_BUILD:-}" ]; then
    cargo +nightly fuzz build -s none
fi
run() {
    local t="$1"
    mkdir -p "corpus/$t" "artifacts/$t"
    # The binaries are run directly, so that a source edit elsewhere does not rebuild mid-run.
    "target/x86_64-unknown-linux-gnu/release/$t" "corpus/$t" "seeds/$t" \
        -artifact_prefix="artifacts/$t/" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=32768 \
        -print_final_stats=1 >"logs/$t.log" 2>&1 || echo "$t: FOUND A PROBLEM (logs/$t.log)"
    printf '%-20s %s\n' "$t" "$(grep -E '#[0-9]+.*(DONE|pulse|NEW|REDUCE)' "logs/$t.log" | tail -1)"
}
i=0
for t in "${targets[@]}"; do
    run "$t" &
    i=$((i + 1))
    if [ $((i % 2)) -eq 0 ]; then
        wait
    fi
done
wait
