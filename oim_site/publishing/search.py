"""Search: the columns it reads, kept in their rows and indexed on PostgreSQL.

Each searchable model has a stored search_<language> column per language (search_text()):
its texts as a visitor reading that language sees them, lower-cased.
PublishedQuerySet.search() looks for each word in it with `contains`, which PostgreSQL runs as
LIKE '%word%'.

- A GIN index of pg_trgm on the column hands over only the rows that hold the word's
  trigrams: a rare word costs the same however many rows there are. Without fastupdate, each
  saved row goes into the index at once rather than into a pending list that every search
  reads until autovacuum merges it: content is saved by hand, a few rows a day.
- A common word leaves PostgreSQL reading the column of every row to count the matches.
  Stored MAIN, the column stays in its row, compressed, and the longest other texts are
  moved out of the row first: reading it then needs no lookup in the TOAST table.

SQLite has neither; set_up_search_columns() and reset_search_columns() leave it alone.
"""

import re

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.db.models.functions import Coalesce, Concat, Lower, NullIf
from modeltranslation.utils import build_localized_fieldname

# The Arabic article, and the particles written onto it, before a word of three letters or
# more: a search for الشباب also finds لشباب and شباب, as a text may write the same word.
ARABIC_ARTICLE = re.compile(r"^(?:[وفبك]?ال|لل)(?=\w{3})")


def search_text(language, *fields, files=None):
    """A stored column of `fields` as a visitor reading `language` sees them, lower-cased.

    An empty translation shows the French text (modeltranslation's fallback), so it is the
    French text that is searched there. One column, compared byte for byte, is what
    PostgreSQL reads fastest: not each field in two languages, nor UPPER() of them.
    `files` names untranslated columns `<files>_<language>`, the text of a document in that
    language, searched in that language only: a document has no fallback.
    """
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    text = models.TextField()
    shown = []
    for field in fields:
        column = models.F(build_localized_fieldname(field, language))
        if language != default:
            fallback = models.F(build_localized_fieldname(field, default))
            empty = models.Value("", output_field=text)
            column = Coalesce(NullIf(column, empty, output_field=text), fallback, output_field=text)
        shown += [column, models.Value(" ")]
    if files:
        shown += [models.F(f"{files}_{language}"), models.Value(" ")]
    return models.GeneratedField(
        expression=Lower(Concat(*shown[:-1], output_field=text)),
        output_field=models.TextField(),
        db_persist=True,
    )


def trigram_index(model, column):
    return GinIndex(
        fields=[column],
        opclasses=["gin_trgm_ops"],
        name=f"{model._meta.model_name}_{column}_trigram",
        fastupdate=False,
    )


def set_up_search_columns(schema_editor, model, columns):
    if schema_editor.connection.vendor == "postgresql":
        for column in columns:
            _set_storage(schema_editor, model, column, "MAIN")
            schema_editor.add_index(model, trigram_index(model, column))


def reset_search_columns(schema_editor, model, columns):
    if schema_editor.connection.vendor == "postgresql":
        for column in columns:
            schema_editor.remove_index(model, trigram_index(model, column))
            _set_storage(schema_editor, model, column, "EXTENDED")


def _set_storage(schema_editor, model, column, storage):
    table, column = (schema_editor.quote_name(name) for name in (model._meta.db_table, column))
    schema_editor.execute(f"ALTER TABLE {table} ALTER COLUMN {column} SET STORAGE {storage}")
