import signal
import sys
import time
from pathlib import Path

from django.core.management.base import BaseCommand
from django.db import close_old_connections
from django.utils import timezone

from oim_site.publishing.schedule import apply_due


class Command(BaseCommand):
    help = (
        "Publish and unpublish the items whose scheduled moment has come, every 30 seconds "
        "(--once: once, then stop)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Apply what is due, then stop.")
        parser.add_argument("--interval", type=float, default=30, help="Seconds between runs.")
        parser.add_argument(
            "--heartbeat",
            type=Path,
            help="A file touched after each run: its age tells a health check the loop goes on.",
        )

    def handle(self, *args, once=False, interval=30, heartbeat=None, **options):
        # `docker compose stop`: a clean exit between two runs, or in the middle of a save,
        # whose transaction is then rolled back and applied at the next start.
        signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(0))
        while True:
            for obj in apply_due():
                self.stdout.write(f"{timezone.now().isoformat()} {obj._meta.label} {obj.pk}")
            if heartbeat:
                heartbeat.touch()
            if once:
                return
            time.sleep(interval)
            # A connection the database closed meanwhile (a restart) is opened again.
            close_old_connections()
