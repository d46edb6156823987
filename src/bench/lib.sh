# Shared by run.sh and fleet.sh (sourced): a throwaway PostgreSQL 15 server for a benchmark run.
pgbin=/usr/lib/postgresql/15/bin

# initdb refuses to run as root: run the server as the postgres user then.
as_server_user() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# throwaway_server NAME: a new folder /tmp/NAME.XXXXXX (sets work) holding a new server's data
# (sets pgdata), started on a free local port (sets port) with fsync off. The server stops and the
# folder goes when the script exits, also on failure; KEEP_BENCH_WORK=1 keeps the folder.
throwaway_server() {
  work="$(mktemp -d "/tmp/$1.XXXXXX")"
  chmod 755 "$work"
  pgdata="$work/pgdata"
  mkdir -p "$pgdata" "$work/socket" "$work/log"
  if [ "$(id -u)" = 0 ]; then chown postgres "$pgdata" "$work/socket" "$work/log"; fi
  port="$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  trap throwaway_cleanup EXIT INT TERM
  as_server_user "$pgbin/initdb" -D "$pgdata" -U postgres --auth=trust >/dev/null
  as_server_user "$pgbin/pg_ctl" -D "$pgdata" -l "$work/log/postgres.log" -w start \
    -o "-p $port -k $work/socket -c listen_addresses=127.0.0.1 -c fsync=off -c max_locks_per_transaction=1024" >/dev/null
}

throwaway_cleanup() {
  as_server_user "$pgbin/pg_ctl" -D "$pgdata" -m immediate stop >/dev/null 2>&1 || true
  [ -n "${KEEP_BENCH_WORK:-}" ] || rm -rf "$work"
}
