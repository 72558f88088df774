"""The search columns (oim_site.models.search_text) on PostgreSQL: kept in their rows, and
indexed by trigrams.

search() looks for each word in a search_<language> column with `contains`, which PostgreSQL
runs as LIKE '%word%'.

- A GIN index of pg_trgm on the column hands over only the rows that hold the word's
  trigrams: a rare word costs the same however many rows there are. Without fastupdate, each
  saved row goes into the index at once rather than into a pending list that every search
  reads until autovacuum merges it: content is saved by hand, a few rows a day.
- A common word leaves PostgreSQL reading the column of every row to count the matches.
  Stored MAIN, the column stays in its row, compressed, and the longest other texts are
  moved out of the row first: reading it then takes no lookup in the TOAST table, which
  halved that count at 3,000 projects.

SQLite has neither; these functions leave it alone.
"""

from django.contrib.postgres.indexes import GinIndex


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
