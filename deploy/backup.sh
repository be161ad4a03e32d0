#!/usr/bin/env bash
# Back up or restore the portal's database and media files.
#
#   deploy/backup.sh dump DIR      write DIR/database.* and DIR/media.tar.gz
#   deploy/backup.sh restore DIR   load them into DATABASE_URL and MEDIA_ROOT
#   deploy/backup.sh nightly DIR   dump into DIR/<today's date>, then remove the
#                                  dated dumps older than BACKUP_KEEP_DAYS (14)
#
# Reads the same environment as the portal (set -a; . /etc/portal.env; set +a):
# DATABASE_URL (PostgreSQL: pg_dump/pg_restore; SQLite: a consistent copy made
# with SQLite's online backup, safe while the portal runs; default db.sqlite3)
# and MEDIA_ROOT (default media/). Media in object storage
# (AWS_STORAGE_BUCKET_NAME) is the bucket's job: version it or sync it with
# the provider's tools. Redis holds only cache and needs no backup.
# A restore replaces what is there. Afterwards run `manage.py migrate`,
# `update_index` and `rebuild_search_entries` (see docs/operations.md).
set -euo pipefail

usage() { echo "usage: $0 dump|restore|nightly DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
action=$1 dir=$2
url=${DATABASE_URL:-sqlite:///db.sqlite3}
media=${MEDIA_ROOT:-media}
python=${PYTHON:-python3}

sqlite_copy() { # sqlite_copy FROM TO: SQLite's online backup, atomic at TO
  "$python" - "$1" "$2" <<'PY'
import os, sqlite3, sys
source, target = sys.argv[1], sys.argv[2]
partial = f"{target}.partial"
if os.path.exists(partial):
    os.remove(partial)
with sqlite3.connect(source) as src, sqlite3.connect(partial) as dst:
    src.backup(dst)
os.replace(partial, target)
PY
}

case "$url" in
  postgres://* | postgresql://*) engine=postgresql ;;
  sqlite:///*) engine=sqlite database=${url#sqlite:///} ;;
  *) echo "$0: cannot back up DATABASE_URL=${url%%:*}://…" >&2; exit 2 ;;
esac

case "$action" in
  dump)
    mkdir -p "$dir"
    if [ "$engine" = postgresql ]; then
      pg_dump --format=custom --no-owner --file="$dir/database.pgdump" "$url"
    else
      sqlite_copy "$database" "$dir/database.sqlite3"
    fi
    if [ -d "$media" ]; then
      tar -czf "$dir/media.tar.gz" -C "$media" .
    else
      tar -czf "$dir/media.tar.gz" --files-from /dev/null
    fi
    echo "Backed up the $engine database and $media to $dir"
    ;;
  restore)
    if [ "$engine" = postgresql ]; then
      pg_restore --clean --if-exists --no-owner --exit-on-error \
        --dbname="$url" "$dir/database.pgdump"
    else
      sqlite_copy "$dir/database.sqlite3" "$database"
    fi
    mkdir -p "$media"
    tar -xzf "$dir/media.tar.gz" -C "$media"
    echo "Restored the $engine database and $media from $dir"
    ;;
  nightly)
    "$0" dump "$dir/$(date +%F)"
    # Only the dated folders this action makes: a hand-made dump stays.
    find "$dir" -mindepth 1 -maxdepth 1 -type d -name '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' \
      -mtime +"${BACKUP_KEEP_DAYS:-14}" -exec rm -rf {} +
    ;;
  *) usage ;;
esac
