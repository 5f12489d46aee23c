#!/usr/bin/env bash
# Peak memory of `fortress-seed load --fast` at large scales, without the disk they need
# (issue 7: peak RSS flat, at most 150 MB at `load-test` scale 1 and 10).
#
#   Benchmarks/memory.sh [SCALE ...]          # default: 1 10
#   SCENARIO=load-test SEED=1 JOBS=1 SCRATCH=.build-bench Benchmarks/memory.sh 0.1 1 10
#   SHARD=0/20 Benchmarks/memory.sh 10        # one shard: shard 0 has every global table at full scale
#                                             # (inventory, restocks, daily sales over all tenants' orders)
#
# `load-test` at scale 10 is about 420 M rows and 200 GB as CSV: more than this machine's
# disk. So the throwaway cluster's tables get a BEFORE INSERT trigger that returns NULL:
# the server still receives, parses and checks every row of every COPY (binary input
# functions, jsonb included), then discards it. The loader does exactly what it does
# against a real target (generation, the lookahead, the pipes, COPY, the rebuilds and
# ANALYZE, on empty tables), so its peak RSS (/usr/bin/time -v) is the one of a real load.
# Prints, per scale: rows sent, seconds, rows/s and peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
SCALES=("$@")
[ ${#SCALES[@]} -gt 0 ] || SCALES=(1 10)
SCENARIO=${SCENARIO:-load-test}
SEED=${SEED:-1}
JOBS=${JOBS:-1}
SHARD=${SHARD:-}
# A shard loads with --append and without --fast (shards cannot drop indexes; no row is stored anyway).
mode=(--fast)
[ -z "$SHARD" ] || mode=(--shard "$SHARD" --append)
work=$(mktemp -d /tmp/fortress-mem.XXXXXX)
chmod 755 "$work"
cleanup() { .ci/pg-throwaway.sh stop "$work/pg" || true; rm -rf "$work"; }
trap cleanup EXIT

scratch=${SCRATCH:-.build}
swift build -c release --scratch-path "$scratch" --product fortress-seed >&2
bin=$(swift build -c release --scratch-path "$scratch" --show-bin-path)/fortress-seed
eval "$(.ci/pg-throwaway.sh start "$work/pg")"
base=${DATABASE_URL%/*}
psqlq() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

echo "machine: $(nproc) cores, $(uname -srm), PostgreSQL $(psql -X -At -d "$DATABASE_URL" -c 'SHOW server_version')" >&2
for scale in "${SCALES[@]}"; do
  psqlq -d "$base/postgres" -c "DROP DATABASE IF EXISTS mem" -c "CREATE DATABASE mem TEMPLATE template0 ENCODING 'UTF8'"
  "$bin" schema --scenario "$SCENARIO" | psqlq -d "$base/mem" >/dev/null
  # Every table of the schema (partitioned parents pass the trigger on to their partitions).
  # The rows COPY stores are 0; the trigger counts what it receives.
  psqlq -d "$base/mem" -c "CREATE SEQUENCE received_rows" \
    -c "CREATE FUNCTION discard_row() RETURNS trigger LANGUAGE plpgsql AS \$\$ BEGIN PERFORM nextval('received_rows'); RETURN NULL; END \$\$" \
    -c "DO \$\$ DECLARE r record; BEGIN
          FOR r IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                   WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition LOOP
            EXECUTE format('CREATE TRIGGER discard BEFORE INSERT ON %I FOR EACH ROW EXECUTE FUNCTION discard_row()', r.relname);
          END LOOP; END \$\$"
  t0=$(date +%s.%N)
  kb=$( { /usr/bin/time -v "$bin" load --scenario "$SCENARIO" --scale "$scale" --seed "$SEED" --database-url "$base/mem" \
          "${mode[@]}" --jobs "$JOBS" --json >"$work/mem.json"; } 2>&1 | awk -F: '/Maximum resident/ {gsub(/ /,"",$2); print $2}')
  t1=$(date +%s.%N)
  rows=$(psql -X -At -d "$base/mem" -c "SELECT last_value FROM received_rows")
  python3 - "$rows" "$scale" "$kb" "$t0" "$t1" ${SHARD:+"$SHARD"} <<'PY'
import sys
rows, scale, kb, t0, t1 = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])
print(f"scale {scale}{' shard ' + sys.argv[6] if len(sys.argv) > 6 else ''}: {rows:,} rows sent (each parsed by the server, then discarded) in {t1 - t0:.0f} s "
      f"({rows / (t1 - t0):,.0f} rows/s), peak RSS {kb // 1024} MB")
PY
done
