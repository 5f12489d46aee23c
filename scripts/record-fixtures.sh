#!/usr/bin/env bash
# Re-records the golden fixtures in fixtures/ (see fixtures/FIXTURES) from the current generator.
# Run it only for a deliberate output change, and commit the fixtures with the change
# (bump Sources/FortressSeed/GeneratorVersion.swift too). FORTRESS_RECORD_FIXTURES=1 swift test
# does the same from the test, which then fails on purpose.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product fortress-seed >/dev/null
bin=$(swift build -c release --show-bin-path)/fortress-seed
grep -v '^#' fixtures/FIXTURES | while read -r scenario seed kind; do
  [ -n "$scenario" ] || continue
  name=$(basename "$scenario" .yaml)
  for format in csv sql; do
    out="fixtures/$name/$format"
    rm -rf "$out"
    if [ "$kind" = full ]; then
      "$bin" generate --scenario "$scenario" --seed "$seed" --format "$format" --out "$out" --quiet
    else
      tmp=$(mktemp -d)
      "$bin" generate --scenario "$scenario" --seed "$seed" --format "$format" --out "$tmp/o" --quiet --jobs 2
      mkdir -p "$out" && cp "$tmp/o/manifest.json" "$out/" && rm -rf "$tmp"
    fi
  done
  echo "recorded fixtures/$name ($kind, seed $seed)"
done
