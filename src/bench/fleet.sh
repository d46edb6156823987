#!/usr/bin/env bash
# A fleet of tenant schemas: ws-migrate's fleet commands against the floor and a shell loop.
#
#   bash src/bench/fleet.sh              # 1000 schemas x 20 tables, a loop sample of 20
#   bash src/bench/fleet.sh 200 10       # schemas, loop sample
#
# Each tenant gets 20 tables (a baseline revision, stamped); the timed revision adds two columns
# and an index to one table. Measured in one run, on a throwaway PostgreSQL 15 (fsync off):
#   floor     the revision's SQL for every schema as one `psql -f` script, a transaction per schema
#   fleet     `upgrade head --all-targets` (after undoing the floor)
#   loop      ws-migrate started once per target (`--target NAME`) for a sample, extrapolated
#   current   `current --check-heads --all-targets`
# Prints seconds and the ratios the fleet issue asks for.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
pgbin=/usr/lib/postgresql/15/bin
schemas="${1:-1000}"
sample="${2:-20}"

as_server_user() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# WS_MIGRATE: another build's launcher (an older commit's, to compare); by default this checkout's.
# COMPARE_WITH: a second launcher whose `current` is timed on the same fleet, for a ratio.
launcher="${WS_MIGRATE:-$repo/bin/ws-migrate}"
"$launcher" --version >/dev/null  # the launcher builds when sources are newer than its jar

work="$(mktemp -d /tmp/ws-migrate-fleet.XXXXXX)"
chmod 755 "$work"
pgdata="$work/pgdata"
mkdir -p "$pgdata" "$work/socket" "$work/log" "$work/project/migrations/versions" "$work/project/config"
[ "$(id -u)" = 0 ] && chown postgres "$pgdata" "$work/socket" "$work/log"
port="$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
cleanup() {
  as_server_user "$pgbin/pg_ctl" -D "$pgdata" -m immediate stop >/dev/null 2>&1 || true
  [ -n "${KEEP_BENCH_WORK:-}" ] || rm -rf "$work"
}
trap cleanup EXIT INT TERM
as_server_user "$pgbin/initdb" -D "$pgdata" -U postgres --auth=trust >/dev/null
as_server_user "$pgbin/pg_ctl" -D "$pgdata" -l "$work/log/postgres.log" -w start \
  -o "-p $port -k $work/socket -c listen_addresses=127.0.0.1 -c fsync=off -c max_locks_per_transaction=1024" >/dev/null
psql_() { psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres "$@"; }

cd "$work/project"
cat >config/fleet.yaml <<YAML
database:
  url: jdbc:postgresql://127.0.0.1:$port/postgres
  user: postgres
migrations:
  package: com.example.fleet
  location: migrations
targets:
  schemas:
    query: SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tenant\_%' ORDER BY nspname
  jobs: 4
YAML
tables_sql() {
  local t
  for t in $(seq -w 1 20); do
    printf 'CREATE TABLE t%s (id bigint PRIMARY KEY, name text NOT NULL, created_at timestamptz);\n' "$t"
  done
}
up_sql="ALTER TABLE t01 ADD COLUMN note text; ALTER TABLE t01 ADD COLUMN score integer; CREATE INDEX t01_name_idx ON t01 (name);"
down_sql="DROP INDEX t01_name_idx; ALTER TABLE t01 DROP COLUMN score; ALTER TABLE t01 DROP COLUMN note;"
revision() { # id parent upgrade-sql downgrade-sql
  printf 'revision: %s\ndown_revision: %s\nmessage: %s\ntransactional: true\nupgrade:\n  - sql: "%s"\ndowngrade:\n  - sql: "%s"\n' \
    "$1" "$2" "$1" "$3" "$4" >"migrations/versions/$1.yaml"
}
revision a1 null "$(tables_sql | tr '\n' ' ')" "$(for t in $(seq -w 20 -1 1); do printf 'DROP TABLE t%s; ' "$t"; done)"

echo "fleet bench: $schemas schemas x 20 tables on port $port" >&2
{
  for i in $(seq -w 1 "$schemas"); do
    printf 'CREATE SCHEMA tenant_%s; SET search_path TO tenant_%s;\n' "$i" "$i"
    tables_sql
  done
} >"$work/tenants.sql"
psql_ -f "$work/tenants.sql"
ws() { "$launcher" -c config/fleet.yaml "$@"; }
ws stamp a1 --all-targets -q >/dev/null
revision b2 a1 "$up_sql" "$down_sql"

script() { # sql: one transaction per schema
  for i in $(seq -w 1 "$schemas"); do printf 'BEGIN; SET LOCAL search_path TO tenant_%s; %s COMMIT;\n' "$i" "$1"; done
}
script "$up_sql" >"$work/floor.sql"
script "$down_sql" >"$work/undo.sql"
seconds() { local s; s=$(date +%s.%N); "$@" >/dev/null; echo "$(date +%s.%N) - $s" | bc; }

floor=$(seconds psql_ -f "$work/floor.sql")
psql_ -f "$work/undo.sql"
fleet=$(seconds ws upgrade head --all-targets -q)
# the fastest of three, as other work on the machine only adds time
fastest() { local best=999999 t i; for i in 1 2 3; do t=$(seconds "$@"); best=$(echo "if ($t < $best) $t else $best" | bc); done; echo "$best"; }
current=$(fastest ws current --check-heads --all-targets -q)
if [ -n "${COMPARE_WITH:-}" ]; then
  current_other=$(fastest "$COMPARE_WITH" -c config/fleet.yaml current --check-heads --all-targets -q)
fi
ws downgrade a1 --all-targets -q >/dev/null
loop=0
for i in $(seq -w 1 "$sample"); do
  n=$(printf "%0${#schemas}d" "$((10#$i))")
  loop=$(echo "$loop + $(seconds ws upgrade head --target "tenant_$n" -q)" | bc)
done
loop_all=$(echo "$loop * $schemas / $sample" | bc -l)

printf 'schemas %s x 20 tables, one revision (two column adds, an index)\n' "$schemas"
printf 'floor (psql -f, a transaction per schema)   %8.2f s\n' "$floor"
printf 'upgrade head --all-targets                  %8.2f s   %.1fx the floor\n' "$fleet" "$(echo "$fleet / $floor" | bc -l)"
printf 'shell loop (%s targets, extrapolated)       %8.2f s   %.1fx the fleet run\n' "$sample" "$loop_all" \
  "$(echo "$loop_all / $fleet" | bc -l)"
printf 'current --check-heads --all-targets         %8.2f s   (fastest of 3)\n' "$current"
if [ -n "${COMPARE_WITH:-}" ]; then
  printf '  the same with COMPARE_WITH                 %8.2f s   %.2fx this build\n' "$current_other" \
    "$(echo "$current_other / $current" | bc -l)"
fi
