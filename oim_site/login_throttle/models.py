"""Failed admin logins, counted in the database: the one store every worker and instance shares.

A per-process cache would multiply every limit by the number of processes, and the Redis of
compose.yaml evicts keys under memory pressure (allkeys-lru), so a crawl filling the page
cache could wipe the counts. Logins are rare: a row read and written per attempt costs nothing.
"""

import datetime
import hashlib

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone


def key_for(kind, value):
    """A digest rather than the text: people type passwords into the user name field."""
    return f"{kind}:{hashlib.sha256(value.encode()).hexdigest()}"


class LoginFailuresQuerySet(models.QuerySet):
    def wait(self, key, free):
        """Seconds before the next attempt for `key` may be made (0: now)."""
        row = self.filter(key=key).first()
        return row.wait(free) if row else 0

    def claim(self, key, free):
        """Count an attempt for `key` before it is made, unless it must wait; return the wait
        (0: counted). `free` None counts it whatever the count.

        Counted before the password is checked, under the row's lock: attempts sent in
        parallel cannot all slip through the same opening.
        """
        now = timezone.now()
        # Names nobody failed on for a while: an attacker trying many leaves no lasting rows.
        self.filter(last__lt=now - settings.ADMIN_LOGIN_FORGET_AFTER).delete()
        with transaction.atomic():
            row, created = self.select_for_update().get_or_create(
                key=key, defaults={"count": 1, "last": now}
            )
            if created:
                return 0
            if waiting := row.wait(free, now):
                return waiting
            row.count = 1 if row.forgotten(now) else row.count + 1
            row.last = now
            row.save(update_fields=["count", "last"])
        return 0


class LoginFailures(models.Model):
    """The failed admin logins of one user name or one client address, and the last one's time."""

    key = models.CharField(max_length=80, unique=True)
    count = models.PositiveIntegerField()
    last = models.DateTimeField(db_index=True)

    objects = LoginFailuresQuerySet.as_manager()

    def __str__(self):
        return self.key

    def forgotten(self, now):
        return self.last < now - settings.ADMIN_LOGIN_FORGET_AFTER

    def wait(self, free, now=None):
        """Past `free` failures, each attempt waits twice as long as the one before (first
        ADMIN_LOGIN_FIRST_DELAY), up to ADMIN_LOGIN_MAX_DELAY since the last failure: slow
        enough against guessing, and never a lock longer than that for the owner of a name
        strangers fail on."""
        now = now or timezone.now()
        if free is None or self.forgotten(now) or self.count < free:
            return 0
        delay = settings.ADMIN_LOGIN_FIRST_DELAY * 2 ** min(self.count - free, 32)
        delay = min(delay, settings.ADMIN_LOGIN_MAX_DELAY)
        return max(0, -(-(self.last + delay - now) // datetime.timedelta(seconds=1)))
