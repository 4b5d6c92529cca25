#!/usr/bin/env bash
# Keeps a minimized corpus of each target named (or of every target with a corpus) in the
# repository, as fuzz/kept/<target>.tar.gz, so that a new machine starts from the paths earlier
# runs found rather than from fuzz/seeds alone: run.sh unpacks it into an empty corpus/<target>.
#
#   fuzz/keep.sh [TARGET...]
#
# The kept corpus is libFuzzer's set-cover merge (`-merge=1 -set_cover_merge=1`) of
# corpus/<target> and the corpus kept before: the fewest inputs that keep every feature they
# reach. Needs the binaries run.sh builds (`cargo +nightly fuzz build -s none`).
set -euo pipefail
cd "$(dirname "$0")"
bin=target/x86_64-unknown-linux-gnu/release
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(cd corpus && ls)
fi
mkdir -p kept
for t in "${targets[@]}"; do
    work=$(mktemp -d)
    mkdir -p "$work/$t" "$work/old/$t"
    if [ -f "kept/$t.tar.gz" ]; then
        tar -C "$work/old" -xzf "kept/$t.tar.gz"
    fi
    "$bin/$t" -merge=1 -set_cover_merge=1 -max_len=32768 -timeout=10 -rss_limit_mb=4096 \
        "$work/$t" "corpus/$t" "$work/old/$t" >"$work/merge.log" 2>&1 || {
        tail -5 "$work/merge.log" >&2
        rm -rf "$work"
        exit 1
    }
    # Sorted names and fixed metadata: the same corpus gives the same archive.
    tar -C "$work" --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -cf - "$t" |
        gzip -n -9 >"kept/$t.tar.gz.new"
    mv "kept/$t.tar.gz.new" "kept/$t.tar.gz"
    echo "$t: $(find "$work/$t" -type f | wc -l) inputs kept, $(wc -c <"kept/$t.tar.gz") bytes"
    rm -rf "$work"
done
