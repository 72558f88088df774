"""Review: an Editor submits a draft, a Publisher publishes it or sends it back.

Each step is an ordinary save in a revision of the item's history, whose comment is stored as
data (the step and what the person wrote) and shown in the reader's language
(templatetags/editorial.py). The people concerned get an email in the language they last used
the admin in (publishing.models.StaffLanguage).
"""

import json
import logging

import reversion
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from oim_site.publishing.models import ReviewState, StaffLanguage

SUBMIT, PUBLISH, SEND_BACK = "submit", "publish", "send_back"
STEPS = {
    SUBMIT: _("Submitted for review"),
    PUBLISH: _("Published after review"),
    SEND_BACK: _("Sent back to its author"),
}
SUBJECTS = {
    SUBMIT: _("To review: “%(object)s”"),
    PUBLISH: _("Published: “%(object)s”"),
    SEND_BACK: _("Sent back: “%(object)s”"),
}
STEP_BUTTONS = {
    SUBMIT: _("Submit for review"),
    PUBLISH: _("Publish"),
    SEND_BACK: _("Send back to its author"),
}
STEP_DONE = {
    SUBMIT: _("Submitted for review: the publishers are told by email."),
    PUBLISH: _("Published."),
    SEND_BACK: _("Sent back: its author is told by email."),
}
COMMENT_MAX_LENGTH = 2000
logger = logging.getLogger(__name__)


class StepRefused(Exception):
    """A step the item's state does not allow (a double click, a stale page)."""


def allowed_steps(model_admin, request, obj):
    """The steps this person may take on `obj` now."""
    state = obj.review_state
    may_publish = model_admin.has_publish_permission(request, obj)
    steps = []
    if state == ReviewState.DRAFT and model_admin.has_change_permission(request, obj):
        steps.append(SUBMIT)
    if state != ReviewState.PUBLISHED and may_publish:
        steps.append(PUBLISH)
    if state == ReviewState.IN_REVIEW and may_publish:
        steps.append(SEND_BACK)
    return steps


def take_step(model_admin, request, obj, step, comment):
    """Take `step` on `obj` for the person of `request`, and tell who must know; return how
    many emails could not be sent.

    A step the person's role never allows is refused with PermissionDenied, whatever the
    request says; one the item's state does not allow now raises StepRefused.
    """
    if step not in STEPS:
        raise PermissionDenied
    if step in (PUBLISH, SEND_BACK) and not model_admin.has_publish_permission(request, obj):
        raise PermissionDenied
    if not model_admin.has_change_permission(request, obj):
        raise PermissionDenied
    comment = comment.strip()[:COMMENT_MAX_LENGTH]
    with transaction.atomic():
        obj = type(obj)._base_manager.select_for_update().get(pk=obj.pk)
        if step not in allowed_steps(model_admin, request, obj):
            raise StepRefused
        author = obj.review_requested_by
        if step == SUBMIT:
            obj.in_review, obj.review_requested_by = True, request.user
        elif step == PUBLISH:
            obj.is_published, obj.publish_at = True, None
        else:
            obj.in_review = False
        with reversion.create_revision():
            obj.save()
            reversion.set_user(request.user)
            reversion.set_comment(history_comment(step, comment))
    recipients = publishers_of(type(obj)) if step == SUBMIT else [author]
    return notify(
        request, obj, step, comment, [user for user in recipients if user != request.user]
    )


def history_comment(step, comment):
    return json.dumps([{"review": {"step": step, "comment": comment}}])


def publishers_of(model):
    """Active staff who may publish items of `model`, with an email address."""
    opts = model._meta
    permission = Q(codename=f"publish_{opts.model_name}", content_type__app_label=opts.app_label)
    return list(
        get_user_model()
        .objects.filter(is_active=True, is_staff=True)
        .exclude(email="")
        .filter(
            Q(is_superuser=True)
            | Q(groups__permissions__in=Permission.objects.filter(permission))
            | Q(user_permissions__in=Permission.objects.filter(permission))
        )
        .distinct()
    )


def notify(request, obj, step, comment, recipients):
    """One email to each recipient, written in the language they last used the admin in; the
    number that could not be sent. The step is saved already: a mail server that does not
    answer is logged and said, not a failed step."""
    recipients = [user for user in recipients if user is not None and user.email]
    languages = StaffLanguage.objects.of(recipients)
    opts = obj._meta
    link = request.build_absolute_uri(
        reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    )
    actor = request.user.get_full_name() or request.user.get_username()
    failed = 0
    for user in recipients:
        with translation.override(languages.get(user.pk, settings.LANGUAGE_CODE)):
            context = {
                "object": obj,
                "kind": opts.verbose_name,
                "step": STEPS[step],
                "comment": comment,
                "actor": actor,
                "link": link,
                "recipient": user.get_full_name() or user.get_username(),
            }
            subject = str(SUBJECTS[step]) % {"object": obj}
            body = render_to_string(f"editorial/email/{step}.txt", context)
        try:
            send_mail(subject, body, None, [user.email])
        except OSError:  # smtplib's errors included
            logger.exception("The review's email to %s could not be sent", user.email)
            failed += 1
    return failed
