#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL server: a fresh data directory in a temp dir,
# listening on 127.0.0.1 at a free port, with a database "chanjiao" named to the command by
# CHANJIAO_TEST_POSTGRES_URL (over TCP) and CHANJIAO_TEST_POSTGRES_SOCKET_URL (the same database
# over the server's Unix socket, as a server on the same host may reach it). The server is stopped
# and the directory removed when the command ends, whether it passes or fails. Needs Debian's
# PostgreSQL server (apt-get install postgresql); no system service is used. As root, the server
# runs as the "postgres" user (it refuses root). With CHANJIAO_TEST_POSTGRES_URL already set (a
# server of your own, whose user may create and drop databases), the command runs against that
# instead, and CHANJIAO_TEST_POSTGRES_SOCKET_URL is left as it is.
#
#   scripts/with-postgres.sh node --test test/*.test.ts
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 COMMAND [ARG...]" >&2
  exit 2
fi
if [ -n "${CHANJIAO_TEST_POSTGRES_URL:-}" ]; then
  exec "$@"
fi

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "with-postgres: no PostgreSQL server in /usr/lib/postgresql; install it with: apt-get install -y postgresql" >&2
  exit 1
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/chanjiao-pg-XXXXXX")
as_server=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$dir"
  as_server=(runuser -u postgres --)
fi
started=""
cleanup() {
  if [ -n "$started" ]; then
    "${as_server[@]}" "$bin/pg_ctl" stop -D "$dir/data" -m fast -w >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

# A default collation that is not byte order (ICU's en-US) where initdb offers one, so that the
# tests show the schema does not depend on the server's locale.
locale=(--locale=C.UTF-8)
if "$bin/initdb" --help | grep -q -- --locale-provider; then
  locale=(--locale=C.UTF-8 --locale-provider=icu --icu-locale=en-US)
fi
"${as_server[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 "${locale[@]}" --no-sync >"$dir/initdb.log" 2>&1 || {
  cat "$dir/initdb.log" >&2
  exit 1
}

port=$(node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
started=1
"${as_server[@]}" "$bin/pg_ctl" start -D "$dir/data" -l "$dir/server.log" -w -t 60 >/dev/null || {
  cat "$dir/server.log" >&2
  exit 1
}
"$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres chanjiao

export CHANJIAO_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$port/chanjiao"
export CHANJIAO_TEST_POSTGRES_SOCKET_URL="postgres://postgres@localhost:$port/chanjiao?host=$dir"
# In the background, so that a signal to this script alone (as from `timeout`) is handled at once:
# the command gets it too, then the server is stopped.
"$@" <&0 &
child=$!
trap 'kill -INT "$child" 2>/dev/null; wait "$child"; exit 130' INT
trap 'kill -TERM "$child" 2>/dev/null; wait "$child"; exit 143' TERM HUP
status=0
wait "$child" || status=$?
exit "$status"
