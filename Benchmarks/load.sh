#!/usr/bin/env bash
# End-to-end load benchmark (issues 7 and 9): on a throwaway local PostgreSQL,
# on the same rows, medians of RUNS runs:
#   0. Generation: `generate --format csv --jobs 1` to files, rows/s and MB/s.
#   1. Server ceilings and COPY efficiency on `transactions`: the server's own
#      `COPY transactions FROM 'file'` of the same rows as CSV and as binary (a
#      file the server wrote with COPY ... TO (FORMAT binary)), into the table
#      without indexes, keys or foreign keys and into the indexed table; then
#      fortress-seed's rows/s while streaming `transactions` divided by the
#      binary ceiling: `load --fast` (no indexes during the COPY) against the
#      bare table, `load` (the default: logged, with indexes) against the indexed one.
#   2. End to end: `load --fast --jobs 2` of every table into an empty database
#      (one transaction, finishing with every key, index, foreign key and CHECK,
#      then ANALYZE on 2 connections), vs `psql \copy` of the same rows as CSV
#      (written by `generate`) into the fully indexed schema; also each side
#      with the same extra work: without ANALYZE (`--no-analyze`), and psql
#      followed by `ANALYZE`; and `--commit per-table --jobs 2` (2 connections).
#      Twice: (a) on the scenario above (1.1M rows, where ANALYZE's bounded
#      sample and the fixed costs weigh most), and (b) on `load-test` at
#      E2E_SCALE (default 0.3: 13.5M rows, 5.7 GB of CSV, about 20 of the
#      script's ~35 minutes; 0 skips it), the size `--fast` is for. (b) leaves
#      out `--no-analyze` unless E2E_BIG_ALL=1.
#   3. Peak RSS of `load --fast` (/usr/bin/time -v) at two scales (SCALES, default
#      "1 4"): memory must not grow with rows.
#
#   Benchmarks/load.sh [SCENARIO.yaml]      # default: a ~250K-transaction scenario below
#   RUNS=3 SEED=42 SCRATCH=.build-bench Benchmarks/load.sh   # SCRATCH: swift build --scratch-path
#   E2E_SCALE=0 Benchmarks/load.sh          # the small database only (~10 minutes)
#
# Builds the release binary, starts its own cluster with .ci/pg-throwaway.sh
# in a temporary folder, and removes everything on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
SEED=${SEED:-42}
SCALES=${SCALES:-1 4}
work=$(mktemp -d /tmp/fortress-bench.XXXXXX)
chmod 755 "$work"
cleanup() { .ci/pg-throwaway.sh stop "$work/pg" || true; rm -rf "$work"; }
trap cleanup EXIT

scenario=${1:-$work/bench.yaml}
if [ -z "${1:-}" ]; then
  cat >"$scenario" <<'YAML'
extends: dev
name: bench-load
description: Load benchmark (about 250K transactions, 1M rows in all).
tenants:
  business: 3
  individual: 700
  business_users: {min: 30, max: 150}
YAML
fi

scratch=${SCRATCH:-.build}
swift build -c release --scratch-path "$scratch" --product fortress-seed >&2
bin=$(swift build -c release --scratch-path "$scratch" --show-bin-path)/fortress-seed
eval "$(.ci/pg-throwaway.sh start "$work/pg")"
base=${DATABASE_URL%/*}
owner=$(stat -c %U "$work/pg")
chown "$owner" "$work" 2>/dev/null || true
psqlq() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
# A new empty database; the CHECKPOINT keeps the previous run's dirty buffers out of the next timing.
fresh() { psqlq -d "$base/postgres" -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1 TEMPLATE template0 ENCODING 'UTF8'" -c CHECKPOINT; }
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
json_tx_rate() { python3 -c 'import json,sys; d=json.load(sys.stdin); print([t for t in d["tables"] if t["table"]=="transactions"][0]["rows_per_second"])'; }
json_rows() { python3 -c 'import json,sys; print(json.load(sys.stdin)["rows"])'; }
now() { date +%s.%N; }

echo "machine: $(nproc) cores, $(uname -srm), PostgreSQL $(psql -X -At -d "$DATABASE_URL" -c 'SHOW server_version')" >&2
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

# --- 0. Generation to CSV files ------------------------------------------------
gen_rates=(); gen_mbs=()
for i in $(seq "$RUNS"); do
  rm -rf "$work/csv"
  t0=$(now); "$bin" generate --scenario "$scenario" --seed "$SEED" --format csv --out "$work/csv" --quiet --jobs 1; t1=$(now)
  read -r rows bytes < <(python3 -c 'import json,sys; m=json.load(open(sys.argv[1])); print(sum(t["rows"] for t in m["tables"]), sum(t["bytes"] for t in m["tables"]))' "$work/csv/manifest.json")
  gen_rates+=("$(python3 -c "print(round($rows/($t1-$t0)))")")
  gen_mbs+=("$(python3 -c "print(round($bytes/1e6/($t1-$t0), 1))")")
done
gen=$(printf '%s\n' "${gen_rates[@]}" | median)
genmb=$(printf '%s\n' "${gen_mbs[@]}" | median)

# --- 1. Server ceilings and COPY efficiency on transactions --------------------
loader_rates=(); server_rates=(); server_csv_rates=(); default_rates=(); server_idx_rates=()
fresh bench
"$bin" load --scenario "$scenario" --seed "$SEED" --database-url "$base/bench" --create-schema --fast --json >"$work/first.json"
tx_rows=$(psql -X -At -d "$base/bench" -c "SELECT count(*) FROM transactions")
total_rows=$(json_rows <"$work/first.json")
psqlq -d "$base/bench" -c "COPY (SELECT * FROM transactions) TO '$work/tx.bin' (FORMAT binary)"
# The indexed table (keys, indexes, foreign keys as the schema has them): a default load's.
fresh benchidx
"$bin" load --scenario "$scenario" --seed "$SEED" --database-url "$base/benchidx" --create-schema --quiet
# The same table, without its keys, indexes and foreign keys (as during load --fast).
psqlq -d "$base/bench" -c "ALTER TABLE transactions DROP CONSTRAINT pk_transactions CASCADE" \
  -c "DO \$\$ DECLARE r record; BEGIN FOR r IN SELECT conname FROM pg_constraint WHERE conrelid = 'transactions'::regclass AND contype = 'f' AND conparentid = 0 LOOP EXECUTE 'ALTER TABLE transactions DROP CONSTRAINT ' || r.conname; END LOOP; FOR r IN SELECT indexname FROM pg_indexes WHERE tablename = 'transactions' LOOP EXECUTE 'DROP INDEX ' || r.indexname; END LOOP; END \$\$"
cols=$(head -1 "$work/csv/transactions.csv")
for i in $(seq "$RUNS"); do
  fresh "load$i"
  "$bin" load --scenario "$scenario" --seed "$SEED" --database-url "$base/load$i" --create-schema --fast --json >"$work/load$i.json"
  loader_rates+=("$(json_tx_rate <"$work/load$i.json")")
  fresh "deflt$i"
  "$bin" load --scenario "$scenario" --seed "$SEED" --database-url "$base/deflt$i" --create-schema --json >"$work/deflt$i.json"
  default_rates+=("$(json_tx_rate <"$work/deflt$i.json")")
  psqlq -d "$base/bench" -c "TRUNCATE transactions" -c "CHECKPOINT"
  t0=$(now); psqlq -d "$base/bench" -c "COPY transactions FROM '$work/tx.bin' (FORMAT binary)"; t1=$(now)
  server_rates+=("$(python3 -c "print(round($tx_rows/($t1-$t0)))")")
  psqlq -d "$base/bench" -c "TRUNCATE transactions" -c "CHECKPOINT"
  t0=$(now); psqlq -d "$base/bench" -c "COPY transactions ($cols) FROM '$work/csv/transactions.csv' (FORMAT csv, HEADER true)"; t1=$(now)
  server_csv_rates+=("$(python3 -c "print(round($tx_rows/($t1-$t0)))")")
  # receipts.transaction_id has no foreign key (README Decisions 3), so the indexed table can be emptied alone.
  psqlq -d "$base/benchidx" -c "TRUNCATE transactions CASCADE" -c "CHECKPOINT" >/dev/null
  t0=$(now); psqlq -d "$base/benchidx" -c "COPY transactions FROM '$work/tx.bin' (FORMAT binary)"; t1=$(now)
  server_idx_rates+=("$(python3 -c "print(round($tx_rows/($t1-$t0)))")")
  psqlq -d "$base/postgres" -c "DROP DATABASE load$i" -c "DROP DATABASE deflt$i"
done
loader=$(printf '%s\n' "${loader_rates[@]}" | median)
server=$(printf '%s\n' "${server_rates[@]}" | median)
server_csv=$(printf '%s\n' "${server_csv_rates[@]}" | median)
deflt=$(printf '%s\n' "${default_rates[@]}" | median)
server_idx=$(printf '%s\n' "${server_idx_rates[@]}" | median)

# --- 2. End to end: load --fast vs psql \copy CSV into the indexed schema -----
# One round on scenario args "$@" (--scenario X first: `schema` takes those two) with CSV files in $csvdir: every variant once, rates appended
# to the arrays named by the prefix ($1): <prefix>_load, _noan, _pt, _psql, _psqlan.
e2e_round() {
  local prefix=$1 csvdir=$2 rows=$3; shift 3
  local t0 t1 t2 script="$work/copy.sql" t cols tables
  tables=$(python3 -c 'import json,sys; print(" ".join(t["table"] for t in json.load(open(sys.argv[1]))["tables"]))' "$csvdir/manifest.json")
  rate() { python3 -c "print(round($rows/($2-$1)))"; }
  fresh e2e
  t0=$(now); "$bin" load "$@" --database-url "$base/e2e" --create-schema --fast --jobs 2 --quiet; t1=$(now)
  eval "${prefix}_load+=($(rate "$t0" "$t1"))"
  if [ "${E2E_ALL:-1}" = 1 ]; then
    # The same without the final ANALYZE (on by default), which psql \copy does not do either.
    fresh e2e
    t0=$(now); "$bin" load "$@" --database-url "$base/e2e" --create-schema --fast --jobs 2 --no-analyze --quiet; t1=$(now)
    eval "${prefix}_noan+=($(rate "$t0" "$t1"))"
  fi
  # Per-table commits on 2 connections (the load-test mode; not all or nothing).
  fresh e2e
  t0=$(now); "$bin" load "$@" --database-url "$base/e2e" --create-schema --fast --commit per-table --jobs 2 --quiet; t1=$(now)
  eval "${prefix}_pt+=($(rate "$t0" "$t1"))"
  psqlq -d "$base/postgres" -c "DROP DATABASE e2e"
  fresh csvload
  "$bin" schema "${@:1:2}" | psqlq -d "$base/csvload" >/dev/null
  : >"$script"
  for t in $tables; do
    cols=$(head -1 "$csvdir/$t.csv")
    echo "\\copy $t ($cols) FROM '$csvdir/$t.csv' (FORMAT csv, HEADER true)" >>"$script"
  done
  t0=$(now); psqlq -d "$base/csvload" -f "$script" >/dev/null; t1=$(now)
  eval "${prefix}_psql+=($(rate "$t0" "$t1"))"
  psqlq -d "$base/csvload" -c "ANALYZE ${tables// /, }"; t2=$(now)
  eval "${prefix}_psqlan+=($(rate "$t0" "$t2"))"
  psqlq -d "$base/postgres" -c "DROP DATABASE csvload"
}
# Medians of one prefix's arrays, and the report lines.
e2e_report() {
  local prefix=$1 label=$2 fast noan pt csv csvan
  med() { local -n arr="${prefix}_$1"; printf '%s\n' "${arr[@]}" | median; }
  runs() { local -n arr="${prefix}_$1"; echo "${arr[*]}"; }
  ratio() { python3 -c "print(f'{$1/$2:.2f}')"; }
  fast=$(med load); pt=$(med pt); csv=$(med psql); csvan=$(med psqlan)
  echo "End to end, $label (every key, index, FK, CHECK at the end):"
  echo "  load --fast --jobs 2 (one transaction, then ANALYZE) $fast rows/s / psql \\copy CSV into the indexed schema $csv rows/s = $(ratio "$fast" "$csv")x"
  echo "    runs: load --fast $(runs load); psql $(runs psql)"
  echo "  per-table commits on 2 connections (load --fast --commit per-table --jobs 2, then ANALYZE): $pt rows/s = $(ratio "$pt" "$csv")x"
  echo "    runs: $(runs pt)"
  echo "  the same work on both sides, with ANALYZE: $fast rows/s / psql \\copy then ANALYZE $csvan rows/s = $(ratio "$fast" "$csvan")x"
  echo "    runs: psql + ANALYZE $(runs psqlan)"
  local -n na="${prefix}_noan"
  if [ "${#na[@]}" -gt 0 ]; then
    noan=$(med noan)
    echo "  the same work on both sides, without ANALYZE: load --fast --jobs 2 --no-analyze $noan rows/s / $csv rows/s = $(ratio "$noan" "$csv")x"
    echo "    runs: $(runs noan)"
  fi
}

# 2a. The small database above (1.1M rows): ANALYZE's bounded sample and the fixed costs weigh most here.
small_load=(); small_noan=(); small_pt=(); small_psql=(); small_psqlan=()
for i in $(seq "$RUNS"); do
  e2e_round small "$work/csv" "$total_rows" --scenario "$scenario" --seed "$SEED"
done
# 2b. A load-test size (E2E_SCALE of scenarios/load-test.yaml; 0 skips): what --fast is for.
E2E_SCALE=${E2E_SCALE:-0.3}
big_load=(); big_noan=(); big_pt=(); big_psql=(); big_psqlan=()
if [ "$E2E_SCALE" != 0 ]; then
  "$bin" generate --scenario load-test --scale "$E2E_SCALE" --seed "$SEED" --format csv --out "$work/big" --quiet --jobs 2
  chmod -R a+rX "$work/big"
  big_rows=$(python3 -c 'import json,sys; print(sum(t["rows"] for t in json.load(open(sys.argv[1]))["tables"]))' "$work/big/manifest.json")
  for i in $(seq "$RUNS"); do
    E2E_ALL=${E2E_BIG_ALL:-0} e2e_round big "$work/big" "$big_rows" --scenario load-test --scale "$E2E_SCALE" --seed "$SEED"
  done
  rm -rf "$work/big"
fi

# --- 3. Peak memory at two scales ------------------------------------------------
rss_report=""
for scale in $SCALES; do
  fresh rss
  kb=$( { /usr/bin/time -v "$bin" load --scenario "$scenario" --seed "$SEED" --scale "$scale" --database-url "$base/rss" \
          --create-schema --fast --json >"$work/rss.json"; } 2>&1 | awk -F: '/Maximum resident/ {gsub(/ /,"",$2); print $2}')
  rows=$(json_rows <"$work/rss.json")
  rss_report+="scale $scale: $((kb / 1024)) MB for $rows rows; "
  psqlq -d "$base/postgres" -c "DROP DATABASE rss"
done

echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
cat <<REPORT
rows: transactions $tx_rows, all tables $total_rows (scenario $scenario, seed $SEED), medians of $RUNS runs
Generation (generate --format csv --jobs 1, all tables): $gen rows/s, $genmb MB/s
  runs: ${gen_rates[*]} rows/s
Server ceilings on transactions, COPY FROM file: CSV $server_csv rows/s, binary $server rows/s (no indexes); binary $server_idx rows/s (indexed)
COPY efficiency, load --fast (no indexes/keys/FKs): $loader rows/s / $server rows/s = $(python3 -c "print(f'{$loader/$server:.2f}')")
  runs: load ${loader_rates[*]}; server ${server_rates[*]}
COPY efficiency, load default (logged, indexed): $deflt rows/s / $server_idx rows/s = $(python3 -c "print(f'{$deflt/$server_idx:.2f}')")
  runs: load ${default_rates[*]}; server ${server_idx_rates[*]}
$(e2e_report small "$scenario, $total_rows rows")
$( [ "$E2E_SCALE" = 0 ] || e2e_report big "load-test --scale $E2E_SCALE, $big_rows rows")
Peak RSS of load --fast: $rss_report
REPORT
