#!/usr/bin/env bash
# Starts (or stops) a throwaway PostgreSQL 15 cluster for tests and benchmarks.
#
#   eval "$(.ci/pg-throwaway.sh start DIR)"   # prints `export DATABASE_URL=...` etc.
#   .ci/pg-throwaway.sh stop DIR
#
# The server refuses to run as root, so when run as root the cluster is owned by
# an unprivileged user (`postgres` if it exists, else `fortress-ci`, created).
# It listens on 127.0.0.1 at a free port with trust authentication: for tests only.
set -euo pipefail
cmd=${1:?usage: pg-throwaway.sh start|stop DIR}
dir=${2:?usage: pg-throwaway.sh start|stop DIR}

bindir=""
for cand in "$(pg_config --bindir 2>/dev/null || true)" /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
  if [ -n "$cand" ] && [ -x "$cand/initdb" ] && [ -x "$cand/pg_ctl" ]; then bindir=$cand; break; fi
done
[ -n "$bindir" ] || { echo "pg-throwaway: no PostgreSQL server binaries (initdb, pg_ctl) found; install postgresql-15" >&2; exit 1; }

runas=()
owner=$(id -un)
if [ "$(id -u)" = 0 ]; then
  if id postgres >/dev/null 2>&1; then owner=postgres; else
    id fortress-ci >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin fortress-ci
    owner=fortress-ci
  fi
  runas=(runuser -u "$owner" --)
fi

case "$cmd" in
start)
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  [ "$(id -u)" = 0 ] && chown "$owner" "$dir"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  "${runas[@]}" "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  "${runas[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c max_connections=100 -c fsync=off -c shared_buffers=256MB -c max_wal_size=4GB" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  echo "export PGHOST=127.0.0.1 PGPORT=$port PGUSER=postgres PGDATABASE=postgres"
  echo "export DATABASE_URL=postgresql://postgres@127.0.0.1:$port/postgres"
  echo "export FORTRESS_PG_BINDIR=$bindir"
  ;;
stop)
  [ -d "$dir/data" ] && "${runas[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  ;;
*) echo "usage: pg-throwaway.sh start|stop DIR" >&2; exit 2 ;;
esac
