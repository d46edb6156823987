#!/usr/bin/env bash
# ws-migrate against Alembic, side by side: see src/bench/README.md.
#
#   bash src/bench/run.sh            # N = 50, 200, 1000 tables, 1000 revisions, 5 runs each
#   bash src/bench/run.sh --quick    # N = 50, 100 revisions, 3 runs: checks the benchmark works
#
# Extra arguments go to bench.py (e.g. --sizes 1000 --only schema). Results: stdout and
# target/bench/results.md. Installs python3-alembic, python3-psycopg2 and time from Debian, and
# runs a throwaway PostgreSQL 15 (fsync off) on a free local port, stopped at the end.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
pgbin=/usr/lib/postgresql/15/bin

args=()
for arg in "$@"; do
  if [ "$arg" = "--quick" ]; then
    args+=(--sizes 50 --revisions 100 --runs 3)
  else
    args+=("$arg")
  fi
done

install_packages() {
  local missing=()
  /usr/bin/python3 -c 'import alembic, psycopg2' 2>/dev/null || missing+=(python3-alembic python3-psycopg2)
  [ -x /usr/bin/time ] || missing+=(time)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "bench: installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y "${missing[@]}" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "${missing[@]}" >/dev/null; }
  fi
  [ -x "$pgbin/initdb" ] || { echo "bench: PostgreSQL 15 binaries not found in $pgbin (apt-get install postgresql-15)" >&2; exit 1; }
}

build() {
  echo "bench: building ws-migrate" >&2
  (cd "$repo" && { mvn -B -q -o package -DskipTests || mvn -B -q package -DskipTests; }) >&2
  # The launcher rebuilds when sources are newer than the jar; make sure no timed run does.
  "$repo/bin/ws-migrate" --version >/dev/null
}

# initdb refuses to run as root: run the server as the postgres user then.
as_server_user() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

install_packages
build

work="$(mktemp -d /tmp/ws-migrate-bench.XXXXXX)"
chmod 755 "$work"
pgdata="$work/pgdata"
mkdir -p "$pgdata" "$work/socket" "$work/log"
[ "$(id -u)" = 0 ] && chown postgres "$pgdata" "$work/socket" "$work/log"
port="$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

cleanup() {
  as_server_user "$pgbin/pg_ctl" -D "$pgdata" -m immediate stop >/dev/null 2>&1 || true
  [ -n "${KEEP_BENCH_WORK:-}" ] || rm -rf "$work"
}
trap cleanup EXIT INT TERM

echo "bench: PostgreSQL 15 on port $port in $work" >&2
as_server_user "$pgbin/initdb" -D "$pgdata" -U postgres --auth=trust >/dev/null
as_server_user "$pgbin/pg_ctl" -D "$pgdata" -l "$work/log/postgres.log" -w start \
  -o "-p $port -k $work/socket -c listen_addresses=127.0.0.1 -c fsync=off -c max_locks_per_transaction=1024" >/dev/null

/usr/bin/python3 -B "$here/bench.py" --repo "$repo" --work "$work" --port "$port" \
  --out "$repo/target/bench/results.md" "${args[@]}"
