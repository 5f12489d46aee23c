#!/usr/bin/env bash
# Re-records the golden fixtures in fixtures/ from the current generator.
# Run it only for a deliberate output change, and commit the fixtures with the change.
# (The same happens with FORTRESS_RECORD_FIXTURES=1 swift test; that test run then fails on purpose.)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product fortress-seed >/dev/null
bin=$(swift build -c release --show-bin-path)/fortress-seed
while read -r scenario seed; do
  rm -rf "fixtures/$scenario"
  "$bin" generate --scenario "$scenario" --seed "$seed" --format csv --out "fixtures/$scenario/csv" --quiet
  "$bin" generate --scenario "$scenario" --seed "$seed" --format sql --out "fixtures/$scenario/sql" --quiet
  echo "recorded fixtures/$scenario (seed $seed)"
done < fixtures/FIXTURES
