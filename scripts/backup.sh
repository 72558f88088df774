#!/usr/bin/env bash
# Back up the database, the uploaded media and the publications' files into a new dated folder
# of DESTINATION:
#
#     DATABASE_URL=postgres://... DJANGO_MEDIA_ROOT=/path/to/media \
#         DJANGO_PUBLICATIONS_ROOT=/path/to/publications scripts/backup.sh DESTINATION
#
# database.dump is pg_dump's custom format (compressed, restorable table by table);
# media.tar.gz holds MEDIA_ROOT and publications.tar.gz PUBLICATIONS_ROOT, which the site keeps
# apart so that no one reaches a draft's file. scripts/restore.sh puts them all back.
# With docker compose: `docker compose run --rm backup` (see README.md).
set -euo pipefail

destination=${1:?usage: scripts/backup.sh DESTINATION_DIRECTORY}
: "${DATABASE_URL:?Set DATABASE_URL (postgres://USER:PASSWORD@HOST:5432/NAME)}"
media_root=${DJANGO_MEDIA_ROOT:-$(dirname "$0")/../var/media}
publications_root=${DJANGO_PUBLICATIONS_ROOT:-$(dirname "$0")/../var/publications}

target="$destination/$(date -u +%Y-%m-%dT%H%M%SZ)"
# Written aside, renamed when complete: a folder without .partial is a whole backup.
mkdir -p "$target.partial"
pg_dump --format=custom --no-owner --no-privileges --file="$target.partial/database.dump" "$DATABASE_URL"
archive() {  # NAME FOLDER
    if [ -d "$2" ]; then
        tar --create --gzip --file="$target.partial/$1.tar.gz" --directory="$2" .
    else
        echo "No $1 folder at $2: it is not in the backup." >&2
    fi
}
archive media "$media_root"
archive publications "$publications_root"
mv "$target.partial" "$target"
echo "$target"
