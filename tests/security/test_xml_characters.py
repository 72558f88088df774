"""A character XML cannot hold takes no feed or export down.

Word writes its manual line break (Shift+Enter) as a vertical tab, and pasted text brings other
control characters with it. The admin stores none of them, in any text field of any model of
the content; whatever the database holds all the same (a row written by SQL), every XML answer
of the site is well-formed.
"""

import re

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group, User
from django.db import connection
from django.utils import translation
from lxml import etree

from axes.models import Axis, Theme
from oim_site.editorial.admin import EditorialAdmin
from oim_site.mission.models import MissionProfile
from oim_site.publishing.characters import xml_text
from partners.models import Partner
from projects.models import Project, Region
from tests.admin_forms import form_data
from tests.routes import LANGUAGES
from tests.security.conftest import text_fields

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db]

# What XML 1.0 cannot hold: C0 controls but tab, line feed and carriage return; a lone
# surrogate; U+FFFE and U+FFFF.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# A line broken with Word's Shift+Enter, with two more control characters pasted in.
TYPED = "Un\x0bdeux\x01\x1f"
# A break in a one-line field reads as a space; in a text area, as the line break it was.
STORED_LINE, STORED_TEXT = "Un deux", "Un\ndeux"
# A code of a fixed format, with a stray control character that is left out before it is
# checked.
TYPED_AS = {
    "code": ("MA-\x0101", "MA-01"),
    # A redirect's addresses start with a slash (Redirect.clean()).
    "old_path": ("/fr/Un\x0bdeux\x01\x1f/", "/fr/Un deux/"),
    "new_path": ("/fr/Trois\x0bquatre\x01/", "/fr/Trois quatre/"),
    "iati_identifier": ("XX-OIM-MAROC-SITE-PX.\x010453", "XX-OIM-MAROC-SITE-PX.0453"),
}
ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un\x0bdeux", "Un\ndeux"),
        ("Un\x0cdeux", "Un\ndeux"),
        ("\x00\x01\x08\x0e\x1f\x7fa", "\x7fa"),
        ("tab\tline\ncarriage\r", "tab\tline\ncarriage\r"),
        ("lone \ud800 surrogate \udfff", "lone  surrogate "),
        ("not \ufffe characters \uffff", "not  characters "),
        ("نص عربي 🙂 \U0010fffd", "نص عربي 🙂 \U0010fffd"),
        ("", ""),
        (None, None),
    ],
)
def test_xml_text_keeps_only_what_xml_holds(text, expected):
    assert xml_text(text) == expected


def test_a_break_may_read_as_a_space():
    assert xml_text("Un\x0bdeux\x0ctrois", line_break=" ") == "Un deux trois"


def content_admins():
    admins = {
        model: model_admin
        for model, model_admin in admin.site._registry.items()
        if isinstance(model_admin, EditorialAdmin)
    }
    # Django's own admins of users and groups: their names are no content of the site.
    assert set(admin.site._registry) - set(admins) == {User, Group}
    return admins


def typed_and_stored(field):
    if field.name in TYPED_AS:
        return TYPED_AS[field.name]
    is_text = field.get_internal_type() == "TextField"
    return TYPED, STORED_TEXT if is_text else STORED_LINE


def edited_fields(model_admin, data):
    """The text fields of the form in `data`, the inlines' rows included: {name: model field}."""
    models = {}
    for inline in model_admin.inlines:
        # An inline's rows are named after the relation from the model: keyfigures-0-label_fr.
        [link] = [
            field
            for field in inline.model._meta.fields
            if field.is_relation and field.related_model is model_admin.model
        ]
        models[link.remote_field.get_accessor_name()] = inline.model
    fields = {}
    for name in data:
        formset_prefix, _dash, rest = name.rpartition("-")
        if formset_prefix:
            prefix, _dash, index = formset_prefix.rpartition("-")
            initial = int(data.get(f"{prefix}-INITIAL_FORMS", 0))
            if prefix not in models or not index.isdigit() or int(index) >= initial:
                continue  # an empty row, which stays empty
            model = models[prefix]
        else:
            model, rest = model_admin.model, name
        by_name = {field.name: field for field in text_fields(model)}
        if rest in by_name:
            fields[name] = by_name[rest]
    return fields


def stored_texts(model):
    """Each text column's value in each row, read by SQL: the managers would give another
    language's text for an untranslated column name."""
    columns = [field.column for field in text_fields(model)]
    if not columns:
        return []
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {', '.join(map(quote, columns))} FROM {quote(model._meta.db_table)}"
        )
        rows = cursor.fetchall()
    return [
        (column, value) for row in rows for column, value in zip(columns, row, strict=True) if value
    ]


def test_the_admin_stores_no_character_xml_cannot_hold_in_any_text_field(
    admin_client, hostile_content
):
    admins = content_admins()
    edited = set()
    for model, model_admin in admins.items():
        obj = hostile_content[model]
        url = f"/admin/{model._meta.app_label}/{model._meta.model_name}/{obj.pk}/change/"
        data = form_data(admin_client.get(url))
        fields = edited_fields(model_admin, data)
        for name, field in fields.items():
            data[name] = typed_and_stored(field)[0]
            edited.add(field.model)
        response = admin_client.post(url, data)
        assert response.status_code == 302, (url, response.context["errors"])
        for name, field in fields.items():
            stored = {
                value for column, value in stored_texts(field.model) if column == field.column
            }
            assert typed_and_stored(field)[1] in stored, (url, name)
    # Every text field of every model of the content: the models' own forms and the inlines.
    assert edited == {model for model in admins if text_fields(model)}
    for model in admins:
        for column, value in stored_texts(model):
            assert not NOT_XML.search(value), (model, column, value)


@pytest.mark.parametrize(
    ("model", "field", "typed", "stored"),
    [
        (Partner, "website", "https://example.org/a\x01b", "https://example.org/ab"),
        (MissionProfile, "email", '"a\x01b"@example.org', '"ab"@example.org'),
    ],
)
def test_the_admin_stores_no_control_character_in_an_address(
    admin_client, hostile_content, model, field, typed, stored
):
    obj = hostile_content[model]
    url = f"/admin/{model._meta.app_label}/{model._meta.model_name}/{obj.pk}/change/"
    data = form_data(admin_client.get(url)) | {field: typed}
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["errors"]
    obj.refresh_from_db()
    assert getattr(obj, field) == stored


@pytest.fixture
def control_characters_in_the_database(hostile_content):
    """Every text column of what the XML answers show, each language's, written by SQL."""
    for model in (Project, Axis, Theme, Partner, Region):
        columns = [field.column for field in text_fields(model)]
        assignments = ", ".join(f"{connection.ops.quote_name(column)} = %s" for column in columns)
        with connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {connection.ops.quote_name(model._meta.db_table)} SET {assignments}",
                [TYPED[: field.max_length] for field in text_fields(model)],
            )
    assert Project.objects.filter(title_ar=TYPED, summary_en=TYPED).exists()
    return hostile_content


def well_formed(response):
    assert response.status_code == 200
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return etree.fromstring(body)  # raises unless well-formed


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_feed_is_well_formed_whatever_the_database_holds(
    client, control_characters_in_the_database, language
):
    feed = well_formed(client.get(f"/{language}/projects/feed.atom"))
    [entry] = feed.findall(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}title") == STORED_TEXT
    assert entry.findtext(f"{ATOM}summary") == STORED_TEXT


def test_the_iati_file_is_well_formed_whatever_the_database_holds(
    client, control_characters_in_the_database
):
    document = well_formed(client.get("/fr/open-data/iati-activities.xml"))
    for path in ("title", "description", "participating-org", "location/name"):
        texts = {
            (narrative.get(XML_LANG), narrative.text)
            for narrative in document.xpath(f"//iati-activity/{path}/narrative")
        }
        assert texts >= {(language, STORED_TEXT) for language in LANGUAGES}, path
    # An attribute too: the region's code, the location's reference.
    assert document.xpath("//location/@ref") == ["Un\ndeu"]


def test_the_sitemap_is_well_formed_whatever_the_database_holds(
    client, control_characters_in_the_database
):
    # It has no text of the content, only addresses made of the slugs, which are checked.
    sitemap = well_formed(client.get("/sitemap.xml"))
    with translation.override("ar"):
        page = control_characters_in_the_database[Project].get_absolute_url()
    assert any(page in (url.text or "") for url in sitemap.iter())
