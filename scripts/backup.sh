#!/usr/bin/env bash
# Back up the database and the uploaded media into a new dated folder of DESTINATION:
#
#     DATABASE_URL=postgres://... DJANGO_MEDIA_ROOT=/path/to/media scripts/backup.sh DESTINATION
#
# database.dump is pg_dump's custom format (compressed, restorable table by table);
# media.tar.gz holds MEDIA_ROOT. scripts/restore.sh puts both back.
# With docker compose: `docker compose run --rm backup` (see README.md).
set -euo pipefail

destination=${1:?usage: scripts/backup.sh DESTINATION_DIRECTORY}
: "${DATABASE_URL:?Set DATABASE_URL (postgres://USER:PASSWORD@HOST:5432/NAME)}"
media_root=${DJANGO_MEDIA_ROOT:-$(dirname "$0")/../var/media}

target="$destination/$(date -u +%Y-%m-%dT%H%M%SZ)"
# Written aside, renamed when complete: a folder without .partial is a whole backup.
mkdir -p "$target.partial"
pg_dump --format=custom --no-owner --no-privileges --file="$target.partial/database.dump" "$DATABASE_URL"
if [ -d "$media_root" ]; then
    tar --create --gzip --file="$target.partial/media.tar.gz" --directory="$media_root" .
else
    echo "No media folder at $media_root: only the database is backed up." >&2
fi
mv "$target.partial" "$target"
echo "$target"
