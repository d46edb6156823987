#!/usr/bin/env bash
# A fleet of tenant schemas: ws-migrate's fleet commands against the floor and a shell loop.
#
#   bash src/bench/fleet.sh              # 1000 schemas x 20 tables, a loop sample of 20
#   bash src/bench/fleet.sh 200 10       # schemas, loop sample
#
# Each tenant gets 20 tables (a baseline revision, stamped) and the entities they map; the timed
# revision adds two columns and an index to one table. Measured in one run, on a throwaway
# PostgreSQL 15 (fsync off), so that the ratios hold however loaded the machine is:
#   floor     the revision's SQL for every schema as one `psql -f` script, a transaction per schema
#   fleet     `upgrade head --all-targets` (after undoing the floor)
#   loop      ws-migrate started once per target (`--target NAME`) for a sample, extrapolated
#   current   `current --check-heads --all-targets`
#   check     `check --all-targets` against `check` of one schema, times the schemas
#   memory    peak RSS of upgrade, current and check over a quarter of the fleet and over all of it
# Every run's outcome is checked in the database (each tenant at head, the revision's columns and
# index there once, its version rows right): a wrong outcome fails the benchmark (exit 1).
# COMPARE_WITH=LAUNCHER (another build's bin/ws-migrate) also times its upgrade and current.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
schemas="${1:-1000}"
sample="${2:-20}"
quarter=$((schemas / 4))

fail() { echo "fleet bench: FAILED: $*" >&2; exit 1; }
# shellcheck source=lib.sh
source "$here/lib.sh"  # pgbin, as_server_user, throwaway_server

launcher="${WS_MIGRATE:-$repo/bin/ws-migrate}"
"$launcher" --version >/dev/null  # the launcher builds when sources are newer than its jar
load_before="$(uptime)"

throwaway_server ws-migrate-fleet
project="$work/project"
mkdir -p "$project/migrations/versions" "$project/config" "$project/src"
# Commands as scripts, not functions, so that /usr/bin/time can run them.
mkdir -p "$work/bin"
printf '#!/bin/sh\nexec psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p %s -U postgres -d postgres "$@"\n' "$port" \
  >"$work/bin/psql_"
printf '#!/bin/sh\nexec "%s" -c "${FLEET_CONFIG:-config/fleet.yaml}" "$@"\n' "$launcher" >"$work/bin/ws"
printf '#!/bin/sh\nexec "%s" -c "${FLEET_CONFIG:-config/fleet.yaml}" "$@"\n' "${COMPARE_WITH:-false}" >"$work/bin/other"
chmod +x "$work/bin/"*
PATH="$work/bin:$PATH"

cd "$project"
# The entities: twenty tables as Hibernate maps them; t01 with the timed revision's columns and index.
for t in $(seq -w 1 20); do
  extra=""
  indexes=""
  if [ "$t" = 01 ]; then
    extra="public String note; public Integer score;"
    indexes=", indexes = @jakarta.persistence.Index(name = \"t01_name_idx\", columnList = \"name\")"
  fi
  cat >"src/T$t.java" <<JAVA
package com.example.fleet;
@jakarta.persistence.Entity
@jakarta.persistence.Table(name = "t$t"$indexes)
public class T$t {
    @jakarta.persistence.Id public Long id;
    @jakarta.persistence.Column(nullable = false) public String name;
    @jakarta.persistence.Column(name = "created_at") public java.time.OffsetDateTime createdAt;
    $extra
}
JAVA
done
javac -d classes -cp "$(ls "$repo"/target/lib/jakarta.persistence-api-*.jar)" src/*.java
cat >config/fleet.yaml <<YAML
database:
  url: jdbc:postgresql://127.0.0.1:$port/postgres
  user: postgres
migrations:
  package: com.example.fleet
  location: migrations
  classpath: [classes]
targets:
  schemas:
    query: SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tenant\_%' ORDER BY nspname
YAML
tables_sql() {
  local t
  for t in $(seq -w 1 20); do
    printf 'CREATE TABLE t%s (id bigint PRIMARY KEY, name varchar(255) NOT NULL, created_at timestamp(6) with time zone);\n' "$t"
  done
}
up_sql="ALTER TABLE t01 ADD COLUMN note varchar(255); ALTER TABLE t01 ADD COLUMN score integer; CREATE INDEX t01_name_idx ON t01 (name);"
down_sql="DROP INDEX t01_name_idx; ALTER TABLE t01 DROP COLUMN score; ALTER TABLE t01 DROP COLUMN note;"
revision() { # id parent upgrade-sql downgrade-sql
  printf 'revision: %s\ndown_revision: %s\nmessage: %s\ntransactional: true\nupgrade:\n  - sql: "%s"\ndowngrade:\n  - sql: "%s"\n' \
    "$1" "$2" "$1" "$3" "$4" >"migrations/versions/$1.yaml"
}
revision a1 null "$(tables_sql | tr '\n' ' ')" "$(for t in $(seq -w 20 -1 1); do printf 'DROP TABLE t%s; ' "$t"; done)"

echo "fleet bench: $schemas schemas x 20 tables on port $port" >&2
tenant() { printf "tenant_%0${#schemas}d" "$((10#$1))"; }
{
  for i in $(seq 1 "$schemas"); do
    printf 'CREATE SCHEMA %s; SET search_path TO %s;\n' "$(tenant "$i")" "$(tenant "$i")"
    tables_sql
  done
} >"$work/tenants.sql"
psql_ -f "$work/tenants.sql"
ws stamp a1 --all-targets -q >/dev/null
revision b2 a1 "$up_sql" "$down_sql"

script() { # sql: one transaction per schema
  for i in $(seq 1 "$schemas"); do printf 'BEGIN; SET LOCAL search_path TO %s; %s COMMIT;\n' "$(tenant "$i")" "$1"; done
}
script "$up_sql" >"$work/floor.sql"
script "$down_sql" >"$work/undo.sql"
quarter_targets=()
for i in $(seq 1 "$quarter"); do quarter_targets+=(--target "$(tenant "$i")"); done

# What every tenant must look like at $1 (a1 or b2), asked of the catalog and, unless $2 is
# "schema" (the floor writes no version rows), of the version tables.
expect_at() {
  local columns=0 indexes=0 b2_rows=0 versions=true
  [ "$1" = b2 ] && columns=2 && indexes=1 && b2_rows=1
  [ "${2:-}" = schema ] && versions=false
  psql_ -v ON_ERROR_STOP=1 >/dev/null <<SQL || fail "a tenant is not at $1 (see above)"
DO \$\$
DECLARE s text; n int; heads text; b2 int;
BEGIN
  FOR s IN SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tenant\_%' LOOP
    SELECT count(*) INTO n FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_namespace ns ON ns.oid = c.relnamespace
      WHERE ns.nspname = s AND c.relname = 't01' AND a.attname IN ('note', 'score') AND NOT a.attisdropped;
    IF n <> $columns THEN RAISE EXCEPTION '%: % of the revision''s columns, expected $columns', s, n; END IF;
    SELECT count(*) INTO n FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace
      WHERE ns.nspname = s AND c.relname = 't01_name_idx';
    IF n <> $indexes THEN RAISE EXCEPTION '%: % t01_name_idx, expected $indexes', s, n; END IF;
    CONTINUE WHEN NOT $versions;
    EXECUTE format('SELECT string_agg(version_num, '','') FILTER (WHERE is_head), count(*) FILTER (WHERE version_num = ''b2'')'
      ' FROM %I.ws_migrate_com_example_fleet', s) INTO heads, b2;
    IF heads IS DISTINCT FROM '$1' OR b2 <> $b2_rows THEN
      RAISE EXCEPTION '%: heads %, % b2 rows; expected $1 and $b2_rows', s, heads, b2;
    END IF;
  END LOOP;
END
\$\$;
SQL
}
# Runs a command that must exit 0 (in this shell, so that a failure ends the benchmark) and sets
# took (seconds), cpu (user + sys seconds) and rss (peak, MB).
measure() {
  /usr/bin/time -o "$work/time" -f '%e %M %U %S' "$@" >/dev/null 2>"$work/stderr" \
    || { cat "$work/stderr" >&2; fail "$* exited non-zero"; }
  local user sys
  read -r took rss user sys <"$work/time"
  rss=$((rss / 1024))
  cpu=$(echo "$user + $sys" | bc)
}
# The fastest of three (other work on the machine only adds time): sets took and cpu (its lowest).
fastest() {
  local best=999999 least=999999 i
  for i in 1 2 3; do
    measure "$@"
    best=$(echo "if ($took < $best) $took else $best" | bc)
    least=$(echo "if ($cpu < $least) $cpu else $least" | bc)
  done
  took=$best cpu=$least
}
ratio() { printf '%.1f' "$(echo "$1 / $2" | bc -l)"; }

# The shell loop: one ws-migrate per target. Its first run writes the launcher's class-data archive
# for `upgrade` (a one-off second); it is not timed, and so the fleet run below finds the archive.
expect_at a1
ws upgrade head --target "$(tenant 1)" -q >/dev/null
loop=0
for i in $(seq 2 $((sample + 1))); do
  measure ws upgrade head --target "$(tenant "$i")" -q
  loop=$(echo "$loop + $took" | bc)
done
loop_all=$(echo "$loop * $schemas / $sample" | bc -l)
loop_targets=()
for i in $(seq 1 $((sample + 1))); do loop_targets+=(--target "$(tenant "$i")"); done
ws downgrade a1 "${loop_targets[@]}" -q >/dev/null
expect_at a1

# Rounds of floor, fleet upgrade (and COMPARE_WITH's, alternating): the fastest of each is kept,
# and the ratio to the floor is taken within each round.
fleet=999999 fleet_cpu=999999 floor=999999 best_ratio=999999 worst_ratio=0
fleet_other=999999 fleet_other_cpu=999999 best_ratio_other=999999
[ -z "${COMPARE_WITH:-}" ] || other upgrade head --target "$(tenant 1)" -q >/dev/null  # its class-data archive, untimed
[ -z "${COMPARE_WITH:-}" ] || other downgrade a1 --target "$(tenant 1)" -q >/dev/null
expect_at a1
least() { echo "if ($1 < $2) $1 else $2" | bc -l; }
for round in $(seq 1 "${ROUNDS:-1}"); do
  measure psql_ -f "$work/floor.sql"
  round_floor=$took
  floor=$(least "$took" "$floor")
  expect_at b2 schema
  psql_ -f "$work/undo.sql"
  expect_at a1
  measure ws upgrade head --all-targets -q
  fleet_rss=$rss fleet=$(least "$took" "$fleet") fleet_cpu=$(least "$cpu" "$fleet_cpu")
  round_ratio=$(echo "$took / $round_floor" | bc -l)
  best_ratio=$(least "$round_ratio" "$best_ratio")
  worst_ratio=$(echo "if ($round_ratio > $worst_ratio) $round_ratio else $worst_ratio" | bc -l)
  echo "round $round: floor $round_floor s, upgrade $took s ($cpu s CPU)" >&2
  expect_at b2
  if [ -n "${COMPARE_WITH:-}" ]; then
    ws downgrade a1 --all-targets -q >/dev/null
    expect_at a1
    measure other upgrade head --all-targets -q
    fleet_other=$(least "$took" "$fleet_other") fleet_other_cpu=$(least "$cpu" "$fleet_other_cpu")
    best_ratio_other=$(least "$(echo "$took / $round_floor" | bc -l)" "$best_ratio_other")
    echo "round $round: COMPARE_WITH upgrade $took s ($cpu s CPU)" >&2
    expect_at b2
  fi
  if [ "$round" -lt "${ROUNDS:-1}" ]; then
    ws downgrade a1 --all-targets -q >/dev/null
    expect_at a1
  fi
done
fastest ws current --check-heads --all-targets -q
current=$took current_cpu=$cpu current_rss=$rss
fastest ws check --all-targets -q
check=$took check_cpu=$cpu check_rss=$rss
fastest ws check --target "$(tenant 1)" -q
check_one=$took
measure ws current --check-heads "${quarter_targets[@]}" -q
current_rss_quarter=$rss
measure ws check "${quarter_targets[@]}" -q
check_rss_quarter=$rss
ws downgrade a1 "${quarter_targets[@]}" -q >/dev/null
measure ws upgrade head "${quarter_targets[@]}" -q
upgrade_rss_quarter=$rss
expect_at b2
if [ -n "${COMPARE_WITH:-}" ]; then
  fastest other current --check-heads --all-targets -q
  current_other=$took current_other_cpu=$cpu
  fastest other check --all-targets -q
  check_other=$took check_other_cpu=$cpu check_other_rss=$rss
  measure other check "${quarter_targets[@]}" -q
  check_other_rss_quarter=$rss
fi
# ROUNDTRIPS=1: an upgrade of the whole fleet again, untimed, through a relay that counts round trips.
trips() { # launcher-script: sets per_target
  local relay_port pid
  relay_port="$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  sed "s/127.0.0.1:$port/127.0.0.1:$relay_port/" config/fleet.yaml >config/relay.yaml
  /usr/bin/python3 "$here/roundtrips.py" "$relay_port" "$port" "$work/trips" &
  pid=$!
  sleep 0.5
  ws downgrade a1 --all-targets -q >/dev/null
  expect_at a1
  FLEET_CONFIG=config/relay.yaml "$1" upgrade head --all-targets -q >/dev/null
  kill -TERM "$pid"
  wait "$pid" || true
  expect_at b2
  local count connections
  read -r count connections <"$work/trips"
  per_target=$(echo "scale=2; $count / $schemas" | bc)
  trips_detail="$count round trips over $connections connections"
}
if [ -n "${ROUNDTRIPS:-}" ]; then
  trips ws
  trips_ws=$per_target trips_ws_detail=$trips_detail
  if [ -n "${COMPARE_WITH:-}" ]; then
    trips other
    trips_other=$per_target trips_other_detail=$trips_detail
  fi
fi

printf 'schemas %s x 20 tables, one revision (two column adds, an index); every outcome checked\n' "$schemas"
printf 'load before: %s\nload after:  %s\n' "${load_before##*load}" "$(uptime | sed 's/.*load/load/')"
printf 'floor (psql -f, a transaction per schema)   %8.2f s   (fastest of %s)\n' "$floor" "${ROUNDS:-1}"
printf 'upgrade head --all-targets                  %8.2f s   %.1fx-%.1fx the floor (best-worst round; goal: 3x), %s s CPU\n' \
  "$fleet" "$best_ratio" "$worst_ratio" "$fleet_cpu"
printf 'shell loop (%s targets, extrapolated)       %8.2f s   %sx the fleet run (goal: 20x)\n' "$sample" "$loop_all" \
  "$(ratio "$loop_all" "$fleet")"
printf 'current --check-heads --all-targets         %8.2f s   (fastest of 3; goal: under 2 s), %s s CPU\n' \
  "$current" "$current_cpu"
printf 'check --all-targets                         %8.2f s   %sx faster than a one-schema check (%.2f s) times %s, %s s CPU\n' \
  "$check" "$(ratio "$(echo "$check_one * $schemas" | bc -l)" "$check")" "$check_one" "$schemas" "$check_cpu"
printf 'peak RSS, %s targets / %s targets: upgrade %s / %s MB, current %s / %s MB, check %s / %s MB\n' \
  "$quarter" "$schemas" "$upgrade_rss_quarter" "$fleet_rss" "$current_rss_quarter" \
  "$current_rss" "$check_rss_quarter" "$check_rss"
[ -z "${ROUNDTRIPS:-}" ] || printf 'round trips per target (upgrade):           %s (%s)\n' "$trips_ws" "$trips_ws_detail"
if [ -n "${COMPARE_WITH:-}" ]; then
  printf 'COMPARE_WITH: upgrade %.2f s (%.1fx the floor, best round), %s s CPU; current %.2f s, %s s CPU;' \
    "$fleet_other" "$best_ratio_other" "$fleet_other_cpu" "$current_other" "$current_other_cpu"
  printf ' check %.2f s, %s s CPU, peak RSS %s / %s MB\n' "$check_other" "$check_other_cpu" \
    "$check_other_rss_quarter" "$check_other_rss"
  [ -z "${ROUNDTRIPS:-}" ] || printf 'COMPARE_WITH round trips per target (upgrade): %s (%s)\n' "$trips_other" \
    "$trips_other_detail"
fi
