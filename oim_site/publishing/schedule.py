"""Scheduled publishing and expiry: the changes whose moment has come, made by ordinary saves.

Two callers: the `publish_scheduled` command, which a long-running process runs every 30
seconds (compose.yaml's `scheduler`), and the page cache, which calls it before serving when
the content version says a moment has passed (oim_site.page_cache.middleware), so that no
stored page shows the state from before it, on any worker, even while the scheduler is late.
"""

import json

import reversion
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from oim_site.publishing.content import publishable_models


def history_comment(steps):
    """A revision's comment, stored as data and read in the reader's language
    (oim_site.editorial.templatetags.editorial)."""
    return json.dumps([{"schedule": {"steps": steps}}])


def apply_due(now=None):
    """Apply every change due by `now`; return the items changed.

    Each item is locked first: two processes at the same moment change it once, and the second
    waits for the first, then reads its new state (and the new content version) after it.
    """
    now = now or timezone.now()
    due = Q(publish_at__lte=now) | Q(unpublish_at__lte=now)
    changed = []
    for model in publishable_models():
        for pk in model._base_manager.filter(due).values_list("pk", flat=True):
            with transaction.atomic(), reversion.create_revision(manage_manually=True):
                # None when another process applied it meanwhile: the lock waited for it,
                # and PostgreSQL then reads the condition again on the row it committed.
                obj = model._base_manager.select_for_update().filter(due, pk=pk).first()
                if obj is None:
                    continue
                steps = obj.apply_schedule(now)
                obj.save()
                if reversion.is_registered(model):
                    reversion.set_comment(history_comment(steps))
                    reversion.add_to_revision(obj)
                changed.append(obj)
    return changed
