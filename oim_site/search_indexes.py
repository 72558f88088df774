"""Trigram indexes that serve PublishedQuerySet.search() on PostgreSQL.

search() looks for each word with `icontains`, which PostgreSQL runs as
UPPER(column::text) LIKE UPPER('%word%'). Without an index, PostgreSQL reads and decompresses
the text of every project for every search. A GIN index of pg_trgm on that same expression
hands over only the rows that hold the word's trigrams.

Without fastupdate, each saved project goes into the index at once rather than into a pending
list that every search reads until autovacuum merges it: projects are saved by hand, a few a
day, and searched all the time.

SQLite has no such index and reads the table; these functions leave it alone.
"""

from django.contrib.postgres.indexes import GinIndex, OpClass
from django.db.models import TextField
from django.db.models.functions import Cast, Upper


def trigram_index(model, column):
    """The index of `column` that `column__icontains` can use."""
    expression = OpClass(Upper(Cast(column, TextField())), name="gin_trgm_ops")
    return GinIndex(expression, name=f"{model._meta.model_name}_{column}_trigram", fastupdate=False)


def add_trigram_indexes(schema_editor, model, columns):
    if schema_editor.connection.vendor == "postgresql":
        for column in columns:
            schema_editor.add_index(model, trigram_index(model, column))


def remove_trigram_indexes(schema_editor, model, columns):
    if schema_editor.connection.vendor == "postgresql":
        for column in columns:
            schema_editor.remove_index(model, trigram_index(model, column))
