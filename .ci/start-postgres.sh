#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster on a local port for the list server's tests and bench,
# installing PostgreSQL with apt-get when it is missing. Prints `export TEST_DATABASE_URL=...`,
# so callers do: eval "$(.ci/start-postgres.sh)". Diagnostics go to stderr.
# Env: PG_PORT (default 55432), PG_DIR (default /tmp/claims-pg).
set -euo pipefail
PG_PORT="${PG_PORT:-55432}"
PG_DIR="${PG_DIR:-/tmp/claims-pg}"
DB=claims_test

bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "start-postgres: installing PostgreSQL" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >&2
  bindir="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
fi

# initdb refuses to run as root: run the cluster as the postgres user then.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "$(id -u)" -eq 0 ]; then mkdir -p "$PG_DIR" && chown postgres "$PG_DIR"; else mkdir -p "$PG_DIR"; fi
if [ ! -f "$PG_DIR/data/PG_VERSION" ]; then
  as_owner "$bindir/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 >&2
fi
if ! as_owner "$bindir/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1; then
  as_owner "$bindir/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=200" start >&2
fi
if ! as_owner "$bindir/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc \
  "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
  as_owner "$bindir/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres "$DB" >&2
fi
echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$PG_PORT/$DB"
