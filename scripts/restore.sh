#!/usr/bin/env bash
# Restore a backup made by scripts/backup.sh, replacing the database's content and the
# uploaded media:
#
#     DATABASE_URL=postgres://... DJANGO_MEDIA_ROOT=/path/to/media scripts/restore.sh BACKUP
#
# Stop the site first. The database is restored in one transaction: on any error it is
# left as it was. The target database may be empty (a new server) or hold an older state.
set -euo pipefail

backup=${1:?usage: scripts/restore.sh BACKUP_DIRECTORY}
: "${DATABASE_URL:?Set DATABASE_URL (postgres://USER:PASSWORD@HOST:5432/NAME)}"
media_root=${DJANGO_MEDIA_ROOT:-$(dirname "$0")/../var/media}

if [ ! -f "$backup/database.dump" ]; then
    echo "No database.dump in $backup: not a backup made by scripts/backup.sh." >&2
    exit 1
fi
pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction \
    --exit-on-error --dbname="$DATABASE_URL" "$backup/database.dump"
echo "Database restored from $backup/database.dump"

if [ -f "$backup/media.tar.gz" ]; then
    mkdir -p "$media_root"
    if [ "$(cd "$media_root" && pwd -P)" = / ]; then
        echo "DJANGO_MEDIA_ROOT is /: refusing to empty it." >&2
        exit 1
    fi
    find "$media_root" -mindepth 1 -delete
    tar --extract --gzip --file="$backup/media.tar.gz" --directory="$media_root"
    echo "Media restored into $media_root"
fi
