#!/usr/bin/env bash
# Browser tests of the HTML report in headless Chromium (docs/html.md).
#
# Generates the pages (an article of our own, a hostile article, a shipped sample and the
# corpus page of the samples), opens each in Debian's chromium through the DevTools protocol
# (tests/browser/check.mjs, no npm package needed), checks the console, the rendered DOM and
# keyboard focus, and writes screenshots beside the pages.
#
#   scripts/browser-tests.sh                 pages and screenshots in target/browser-tests/
#   scripts/browser-tests.sh --update-docs   also copies the screenshots to docs/img/
#
# Installs chromium with apt-get when it is missing and we are root. `cargo test` never needs
# Chromium: this script is the only way in.
set -euo pipefail
cd "$(dirname "$0")/.."

update_docs=false
for arg in "$@"; do
  case "$arg" in
    --update-docs) update_docs=true ;;
    *) echo "usage: $0 [--update-docs]" >&2; exit 2 ;;
  esac
done

out=${CADRAGE_BROWSER_OUT:-target/browser-tests}
chromium=${CHROMIUM:-/usr/bin/chromium}

if [ ! -x "$chromium" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing chromium with apt-get" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "chromium is missing: run 'apt-get install chromium' as root, or set CHROMIUM" >&2
    exit 2
  fi
fi
if ! command -v node >/dev/null; then
  echo "node (20 or later) is needed to drive chromium" >&2
  exit 2
fi
node_major=$(node -p 'process.versions.node.split(".")[0]')
node_flags=()
if [ "$node_major" -lt 22 ]; then
  # WebSocket is global from Node 22; Node 20 has it behind a flag.
  node_flags=(--experimental-websocket --no-warnings)
fi

cargo build --quiet
bin=target/debug/cadrage
lex=(--no-default-lexicons --lexicon tests/browser/fixtures/lexicon)
mkdir -p "$out"
"$bin" score --format html "${lex[@]}" tests/browser/fixtures/reportage.txt >"$out/reportage.html"
"$bin" score --format html "${lex[@]}" tests/browser/fixtures/hostile.txt >"$out/hostile.html"
"$bin" score --format html samples/vigie-sahel/vigie-sahel-01.txt >"$out/sample.html"
CADRAGE_HTML_PAGES="$(cd "$out" && pwd)" \
  cargo test --quiet --test html_corpus the_samples_compared_on_one_page >/dev/null

CHROMIUM="$chromium" node "${node_flags[@]}" tests/browser/check.mjs "$out"

if $update_docs; then
  mkdir -p docs/img
  cp "$out/score-report.png" docs/img/score-report.png
  cp "$out/corpus.png" docs/img/corpus-report.png
  echo "copied score-report.png and corpus-report.png to docs/img/"
fi
