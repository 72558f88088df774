"""The open-data page and the exports of published projects, filtered like the projects list."""

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from oim_site.page_cache.query import reads_query
from projects.forms import ProjectFilterForm
from projects.models import Project
from projects.opendata import iati, records

JSON_PAGE_SIZE = 100
JSON_MAX_PAGE_SIZE = 500


class BadParameter(ValueError):
    pass


def _language(request, choices):
    language = request.GET.get("lang") or translation.get_language()
    if language not in choices:
        raise BadParameter(
            _("Unknown language “%(value)s”: use one of %(choices)s.")
            % {"value": language, "choices": ", ".join(choices)}
        )
    return language


def _page_size(request):
    try:
        size = int(request.GET.get("page_size", JSON_PAGE_SIZE))
    except ValueError:
        size = 0
    if size < 1:
        raise BadParameter(_("page_size must be a whole number from 1 up."))
    return min(size, JSON_MAX_PAGE_SIZE)


def _projects(request):
    """Published projects, with the filters of the projects list (a bad value is left out)."""
    return ProjectFilterForm(request.GET).filter(Project.objects.published())


def _open_to_all(response):
    # Open data: any web application may read it from the browser.
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _licence():
    return {"name": settings.OPEN_DATA_LICENCE_NAME, "url": settings.OPEN_DATA_LICENCE_URL}


@require_safe
def page(request):
    return render(
        request,
        "projects/opendata.html",
        {
            "licence": _licence(),
            "reporting_org_ref": settings.IATI_REPORTING_ORG_REF,
            "left_out": iati.left_out(Project.objects.published()).only("slug", "title"),
            "max_page_size": JSON_MAX_PAGE_SIZE,
            "page_size": JSON_PAGE_SIZE,
        },
    )


def _json(data, status=200):
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})


def _json_error(message, status):
    return _open_to_all(_json({"error": message}, status=status))


@require_safe
@reads_query("lang", "page", "page_size", lenient_filters=ProjectFilterForm)
def projects_json(request):
    try:
        language = _language(request, [*records.LANGUAGES, records.ALL_LANGUAGES])
        paginator = Paginator(records.for_export(_projects(request)), _page_size(request))
        page_obj = paginator.page(request.GET.get("page", 1))
    except BadParameter as error:
        return _json_error(str(error), 400)
    except PageNotAnInteger:
        return _json_error(_("page must be a whole number from 1 up."), 400)
    except EmptyPage:
        return _json_error(_("There is no such page."), 404)

    def page_url(number):
        query = request.GET.copy()
        query["page"] = number
        return request.build_absolute_uri(f"?{query.urlencode()}")

    data = {
        "count": paginator.count,
        "page": page_obj.number,
        "page_size": paginator.per_page,
        "num_pages": paginator.num_pages,
        "next": page_url(page_obj.next_page_number()) if page_obj.has_next() else None,
        "previous": (
            page_url(page_obj.previous_page_number()) if page_obj.has_previous() else None
        ),
        "language": language,
        "licence": _licence(),
        "results": [
            records.record(project, language, request.build_absolute_uri) for project in page_obj
        ],
    }
    return _open_to_all(_json(data))


@require_safe
@reads_query("lang", lenient_filters=ProjectFilterForm)
def projects_csv(request):
    try:
        language = _language(request, records.LANGUAGES)
    except BadParameter as error:
        return _open_to_all(
            HttpResponse(str(error), status=400, content_type="text/plain; charset=utf-8")
        )
    response = StreamingHttpResponse(
        records.csv_lines(_projects(request), language, request.build_absolute_uri),
        content_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="projects-{language}.csv"',
            "Content-Language": language,
        },
    )
    return _open_to_all(response)


@require_safe
@reads_query(lenient_filters=ProjectFilterForm)
def iati_activities(request):
    projects = _projects(request)
    if not iati.in_file(projects).exists():
        # The schema wants one activity at least: an empty file would be an invalid one.
        return render(request, "projects/iati_empty.html", status=404)
    response = StreamingHttpResponse(
        iati.activities_file(projects, request.build_absolute_uri),
        content_type="application/xml; charset=utf-8",
        headers={"Content-Disposition": 'inline; filename="iati-activities.xml"'},
    )
    return _open_to_all(response)
