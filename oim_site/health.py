"""/healthz, for the HEALTHCHECK and load balancers: it says up or down, nothing else."""

import logging

from django.db import DatabaseError, connection, transaction
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


@require_safe
@never_cache
def healthz(request):
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                # A server that accepts the connection but hangs must not hang the check.
                cursor.execute("SET LOCAL statement_timeout = 2000")
            cursor.execute("SELECT 1")
    except DatabaseError as error:
        logger.error("Health check failed: the database does not answer: %s", error)
        return JsonResponse({"status": "unavailable"}, status=503)
    return JsonResponse({"status": "ok"})
