"""The editors' home page (the admin index): what needs the person's attention.

Each panel reads a fixed number of queries per model of content, whatever the number of items
(tests/test_editors_home.py): a few rows each, counts by aggregation.
"""

import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Count, Exists, OuterRef, Q
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils import timezone
from reversion.models import Version

from oim_site.editorial.outdated import translations
from oim_site.editorial.translation_status import missing_language_condition
from oim_site.languages.fields import translated_fields
from oim_site.publishing.content import publishable_models

ROWS = 10
SCHEDULE_DAYS = 14


def _admin_url(model, name, *args):
    opts = model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{name}", args=args)


def _rows(queryset, limit=ROWS):
    model = queryset.model
    return [
        {
            "object": obj,
            "kind": model._meta.verbose_name,
            "url": _admin_url(model, "change", obj.pk),
        }
        for obj in queryset[:limit]
    ]


def panels(request, admin_site):
    """The panels of `request.user`'s home page."""
    user = request.user
    models = [
        model
        for model in publishable_models()
        if model in admin_site._registry and user.has_perm(_perm(model, "view"))
    ]
    content_types = ContentType.objects.get_for_models(*models)
    now = timezone.now()
    soon = now + datetime.timedelta(days=SCHEDULE_DAYS)
    drafts, review, scheduled, languages = [], [], [], []
    for model in models:
        manager = model._base_manager
        mine = Version.objects.filter(
            content_type=content_types[model],
            object_id=Cast(OuterRef("pk"), CharField()),
            revision__user=user,
        )
        drafts += _rows(manager.filter(Exists(mine), is_published=False).order_by("-updated_at"))
        if user.has_perm(_perm(model, "publish")):
            review += _rows(
                manager.filter(in_review=True, is_published=False)
                .select_related("review_requested_by")
                .order_by("updated_at")
            )
        upcoming = Q(publish_at__lte=soon) | Q(unpublish_at__lte=soon)
        for row in _rows(manager.filter(upcoming).order_by("publish_at"), limit=None):
            obj = row["object"]
            for step, moment in (("publish", obj.publish_at), ("unpublish", obj.unpublish_at)):
                if moment is not None and moment <= soon:
                    scheduled.append(row | {"step": step, "moment": moment})
        languages.append(_translation_counts(model))
    scheduled.sort(key=lambda row: row["moment"])
    changes = (
        Version.objects.filter(content_type__in=content_types.values())
        .exclude(revision__user=user)
        .select_related("revision__user", "content_type")
        .order_by("-revision__date_created")[:ROWS]
    )
    return {
        "my_drafts": sorted(drafts, key=lambda row: row["object"].updated_at, reverse=True)[:ROWS],
        "awaiting_review": review[:ROWS],
        "may_review": any(user.has_perm(_perm(model, "publish")) for model in models),
        "scheduled": scheduled,
        "translations": [row for row in languages if row["counts"]],
        "changes_by_others": [
            {"version": version, "url": _version_url(version)} for version in changes
        ],
    }


def _perm(model, action):
    return f"{model._meta.app_label}.{action}_{model._meta.model_name}"


def _translation_counts(model):
    """Items missing or with an outdated text, per language, with links to the filtered list."""
    if not translated_fields(model):
        return {"kind": model._meta.verbose_name_plural, "counts": []}
    aggregates = {}
    for code, _name in settings.LANGUAGES:
        aggregates[f"missing_{code}"] = Count("pk", filter=missing_language_condition(model, code))
        if code in translations():
            aggregates[f"outdated_{code}"] = Count(
                "pk", filter=Q(outdated_translations__has_key=code)
            )
    totals = model._base_manager.aggregate(**aggregates)
    changelist = _admin_url(model, "changelist")
    counts = []
    for code, name in settings.LANGUAGES:
        missing, outdated = totals[f"missing_{code}"], totals.get(f"outdated_{code}", 0)
        if missing or outdated:
            counts.append(
                {
                    "language": name,
                    "missing": missing,
                    "missing_url": f"{changelist}?translation={code}",
                    "outdated": outdated,
                    "outdated_url": f"{changelist}?outdated={code}",
                }
            )
    return {"kind": model._meta.verbose_name_plural, "counts": counts}


def _version_url(version):
    return _admin_url(version.content_type.model_class(), "change", version.object_id)
