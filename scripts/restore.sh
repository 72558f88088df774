#!/usr/bin/env bash
# Restore a backup made by scripts/backup.sh, replacing the database's content, the uploaded
# media and the publications' files:
#
#     DATABASE_URL=postgres://... DJANGO_MEDIA_ROOT=/path/to/media \
#         DJANGO_PUBLICATIONS_ROOT=/path/to/publications scripts/restore.sh BACKUP
#
# Stop the site first. The database is restored in one transaction: on any error it is
# left as it was. The target database may be empty (a new server) or hold an older state.
set -euo pipefail

backup=${1:?usage: scripts/restore.sh BACKUP_DIRECTORY}
: "${DATABASE_URL:?Set DATABASE_URL (postgres://USER:PASSWORD@HOST:5432/NAME)}"
media_root=${DJANGO_MEDIA_ROOT:-$(dirname "$0")/../var/media}
publications_root=${DJANGO_PUBLICATIONS_ROOT:-$(dirname "$0")/../var/publications}

if [ ! -f "$backup/database.dump" ]; then
    echo "No database.dump in $backup: not a backup made by scripts/backup.sh." >&2
    exit 1
fi
pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction \
    --exit-on-error --dbname="$DATABASE_URL" "$backup/database.dump"
echo "Database restored from $backup/database.dump"

unpack() {  # NAME FOLDER
    [ -f "$backup/$1.tar.gz" ] || return 0
    mkdir -p "$2"
    if [ "$(cd "$2" && pwd -P)" = / ]; then
        echo "The $1 folder is /: refusing to empty it." >&2
        exit 1
    fi
    find "$2" -mindepth 1 -delete
    tar --extract --gzip --file="$backup/$1.tar.gz" --directory="$2"
    echo "The $1 files restored into $2"
}
unpack media "$media_root"
unpack publications "$publications_root"
