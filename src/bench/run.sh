#!/usr/bin/env bash
# ws-migrate against Alembic, side by side: see src/bench/README.md.
#
#   bash src/bench/run.sh            # N = 50, 200, 1000 tables, 1000 revisions, 5 runs each
#   bash src/bench/run.sh --quick    # N = 50, 100 revisions, 3 runs: checks the benchmark works
#   bash src/bench/run.sh --only large   # N = 200, 1000, 5000 on a deep chain and a hub shape
#
# Extra arguments go to bench.py (e.g. --sizes 1000 --only schema). WS_MIGRATE_JAVA_HOME=<a JDK> runs
# ws-migrate's rows on that JDK (e.g. a JDK 25, with its ahead-of-time caches), the peers on the
# PATH's. Results: stdout and target/bench/results.md. Installs python3-alembic, python3-psycopg2 and time from Debian, fetches
# Flyway's jars with Maven (once, kept in target/bench/flyway), and runs a throwaway PostgreSQL 15
# (fsync off) on a free local port, stopped at the end.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
# shellcheck source=lib.sh
source "$here/lib.sh"  # pgbin, as_server_user, throwaway_server
# flyway-core and flyway-database-postgresql at this version (see README.md for why not the CLI).
flyway_version=13.12.0
flyway_dir="$repo/target/bench/flyway"
# Liquibase's command line needs picocli, an optional dependency of liquibase-core that ws-migrate
# compiles into its own jar rather than shipping in target/lib: fetched for the bench, at the version
# liquibase-core 4.33.0 declares.
liquibase_picocli=4.7.7
liquibase_dir="$repo/target/bench/liquibase"

args=()
with_flyway=1  # cleared by --no-flyway, or by an --only that leaves out the chain scenarios
with_chain=1   # cleared by an --only that leaves out the chain scenarios
previous=
for arg in "$@"; do
  if [ "$arg" = "--quick" ]; then
    args+=(--sizes 50 --revisions 100 --runs 3)
  else
    args+=("$arg")
  fi
  [ "$arg" = "--no-flyway" ] && with_flyway=
  if [ "$previous" = "--only" ]; then
    case ",$arg," in *,chain,*) ;; *) with_flyway= ; with_chain= ;; esac
  fi
  previous="$arg"
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
  echo "bench: building ws-migrate and its release jar" >&2
  # the launcher's archives for the Java that runs ws-migrate too, when it is not the build's
  local train=(-Dws-migrate.cds.java-homes="${WS_MIGRATE_JAVA_HOME:-}")
  (cd "$repo" && { mvn -B -q -o -Prelease package -DskipTests "${train[@]}" \
                   || mvn -B -q -Prelease package -DskipTests "${train[@]}"; }) >&2
  # The launcher rebuilds when sources are newer than the jar; make sure no timed run does.
  "$repo/bin/ws-migrate" --version >/dev/null
}

# Flyway's jars (flyway-core, flyway-database-postgresql and what they need) go to $flyway_dir/lib,
# fetched once per version through a throwaway pom, offline first; the bench's FlywayMigrate main is
# compiled against them. The PostgreSQL driver is the one ws-migrate ships in target/lib. Called in
# an `||` list, where `set -e` does not apply: every step returns on failure itself.
fetch_flyway() {
  local lib="$flyway_dir/lib"
  local stamp="$lib/.fetched"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$flyway_version" ]; then
    echo "bench: fetching Flyway $flyway_version with Maven" >&2
    rm -rf "$lib"
    mkdir -p "$lib"
    write_flyway_pom >"$flyway_dir/pom.xml"
    local copy=(-f "$flyway_dir/pom.xml" dependency:copy-dependencies "-DoutputDirectory=$lib")
    { mvn -B -q -o "${copy[@]}" || mvn -B -q "${copy[@]}"; } >&2 || return 1
    echo "$flyway_version" >"$stamp"
  fi
  rm -rf "$flyway_dir/classes"
  javac -nowarn -d "$flyway_dir/classes" -cp "$lib/*" "$here/flyway/FlywayMigrate.java" || return 1
}

# picocli for Liquibase's command line, into $liquibase_dir (see liquibase_command in projects.py).
fetch_liquibase_cli() {
  local jar="$liquibase_dir/picocli-$liquibase_picocli.jar"
  [ -f "$jar" ] && return 0
  echo "bench: fetching picocli $liquibase_picocli for Liquibase's command line" >&2
  mkdir -p "$liquibase_dir"
  local copy=(dependency:copy "-Dartifact=info.picocli:picocli:$liquibase_picocli" "-DoutputDirectory=$liquibase_dir")
  { mvn -B -q -o "${copy[@]}" || mvn -B -q "${copy[@]}"; } >&2 && [ -f "$jar" ]
}

write_flyway_pom() {
  printf '%s\n' \
    '<project xmlns="http://maven.apache.org/POM/4.0.0">' \
    '  <modelVersion>4.0.0</modelVersion>' \
    '  <groupId>bench</groupId>' \
    '  <artifactId>flyway-jars</artifactId>' \
    '  <version>1</version>' \
    '  <packaging>pom</packaging>' \
    '  <dependencies>'
  local module
  for module in flyway-core flyway-database-postgresql; do
    printf '    <dependency><groupId>org.flywaydb</groupId><artifactId>%s</artifactId><version>%s</version></dependency>\n' \
      "$module" "$flyway_version"
  done
  printf '%s\n' '  </dependencies>' '</project>'
}

install_packages
build
# A peer that cannot start is a failed run, never a missing row: without picocli the bench stops here.
if [ -n "$with_chain" ] && [[ " ${args[*]} " != *" --no-liquibase "* ]]; then
  fetch_liquibase_cli || { echo "bench: picocli for Liquibase's command line could not be fetched; rerun with --no-liquibase" >&2; exit 1; }
fi
if [ -n "$with_flyway" ]; then
  mkdir -p "$flyway_dir"
  fetch_flyway || { echo "bench: Flyway $flyway_version could not be fetched; measuring without it" >&2
                    args+=(--no-flyway); }
fi

throwaway_server ws-migrate-bench
echo "bench: PostgreSQL 15 on port $port in $work" >&2

# bench.py exits non-zero when a run of any tool failed or an outcome check did not hold (after
# printing the table), and so does this script.
/usr/bin/python3 -B "$here/bench.py" --repo "$repo" --work "$work" --port "$port" \
  --out "$repo/target/bench/results.md" "${args[@]}"
