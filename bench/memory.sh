#!/usr/bin/env bash
# Peak memory of `cadrage report - --format jsonl` at two corpus sizes, to show it does not grow
# with the corpus. Generates JSON Lines on the fly from the sample articles (deterministic: the
# same ids and texts every run) and pipes them through the release binary under
# `/usr/bin/time -v`, which prints the maximum resident set size.
#
# Usage: bench/memory.sh [SMALL_MB] [LARGE_MB]    (default 200 and 4000: about 4 GB of JSONL)
# Extra flags for cadrage go in CADRAGE_FLAGS (e.g. "--no-default-lexicons --lexicon DIR").
# Needs GNU time (`apt-get install time` on Debian) and python3. Not part of `cargo test`.
set -euo pipefail

small_mb=${1:-200}
large_mb=${2:-4000}
root=$(cd "$(dirname "$0")/.." && pwd)

if [ ! -x /usr/bin/time ]; then
    echo "bench/memory.sh needs GNU time at /usr/bin/time: apt-get install time" >&2
    exit 1
fi

cargo build --release --quiet --manifest-path "$root/Cargo.toml"
bin="$root/target/release/cadrage"

# Writes MB megabytes of JSONL: the twelve sample articles (front matter removed) repeated with
# numbered ids, outlet from the folder.
generate() {
    python3 - "$root/samples" "$1" <<'PY'
import json, os, sys
root, megabytes = sys.argv[1], int(sys.argv[2])
docs = []
for outlet in sorted(os.listdir(root)):
    folder = os.path.join(root, outlet)
    if not os.path.isdir(folder):
        continue
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            text = f.read()
        if text.startswith("---"):
            end = text.find("\n---", 3)
            text = text[end + 4:].lstrip("\n") if end >= 0 else text
        docs.append((outlet, name.rsplit(".", 1)[0], text))
limit = megabytes * 1_000_000
written, i = 0, 0
out = sys.stdout
try:
    while written < limit:
        outlet, stem, text = docs[i % len(docs)]
        line = json.dumps({"id": f"{stem}-{i}", "outlet": outlet, "text": text},
                          ensure_ascii=False) + "\n"
        out.write(line)
        written += len(line.encode("utf-8"))
        i += 1
except BrokenPipeError:
    pass
PY
}

measure() {
    local mb=$1 log
    log=$(mktemp)
    generate "$mb" | /usr/bin/time -v "$bin" report - --format jsonl --quiet ${CADRAGE_FLAGS:-} >/dev/null 2>"$log" || {
        cat "$log" >&2
        exit 1
    }
    local rss wall
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
    printf '%6d MB of JSONL: peak RSS %7d KiB, wall clock %s\n' "$mb" "$rss" "$wall"
    rm -f "$log"
}

measure "$small_mb"
measure "$large_mb"
