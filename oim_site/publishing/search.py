"""Search: the columns it reads, kept in their rows and indexed on PostgreSQL.

Each searchable model has a stored search_<language> column per language (search_text()):
its texts as a visitor reading that language sees them, lower-cased and folded (FOLDED).
PublishedQuerySet.search() folds each word the same way and looks for it with `contains`,
which PostgreSQL runs as LIKE '%word%': the pattern is made of constants, which PostgreSQL
works out before planning, so the trigram index below still serves it.

- A GIN index of pg_trgm on the column hands over only the rows that hold the word's
  trigrams: a rare word costs the same however many rows there are. Without fastupdate, each
  saved row goes into the index at once rather than into a pending list that every search
  reads until autovacuum merges it: content is saved by hand, a few rows a day.
- A common word leaves PostgreSQL reading the column of every row to count the matches.
  Stored MAIN, the column stays in its row, compressed, and the longest other texts are
  moved out of the row first: reading it then needs no lookup in the TOAST table.
  Compressed with LZ4 rather than PostgreSQL's own pglz, it is read several times faster:
  the Arabic column, two bytes a letter, is the one compressed, and with pglz a search for
  a common Arabic word spent more time decompressing rows than comparing them.

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

# Letters that readers write one for the other, each with the one both sides are folded to.
# Arabic: the forms of alef with a hamza or madda, the closing ta marbuta and alef maqsura as
# many write them (ه, ي); the short vowels, shadda and sukun (tashkeel), the dagger alef and the
# tatweel, which most texts leave out. French and English: letters with accents, in both cases
# since SQLite's LOWER() leaves all but A to Z alone.
_ACCENTED = {
    "a": "àâäáÀÂÄÁ",
    "c": "çÇ",
    "e": "éèêëÉÈÊË",
    "i": "îïíÎÏÍ",
    "o": "ôöóÔÖÓ",
    "u": "ùûüúÙÛÜÚ",
    "y": "ÿŸ",
    "oe": "œŒ",
    "ae": "æÆ",
}
FOLDED = {
    **dict.fromkeys("أإآٱ", "ا"),
    "ة": "ه",
    "ى": "ي",
    **dict.fromkeys("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640", ""),
    **{letter: plain for plain, letters in _ACCENTED.items() for letter in letters},
}
_FOLD_TABLE = str.maketrans(FOLDED)

# Ends the heading (a title, a name) in a search column: a word found before it is found in
# the heading. A control character no one types, and one str.split() splits on, so that no
# word looked for holds it.
HEADING_END = "\x1f"


def fold(text):
    """`text` lower-cased and folded (FOLDED): what SQLite's generated columns call, and what
    a word looked for goes through on either engine."""
    return None if text is None else text.lower().translate(_FOLD_TABLE)


def register_fold(sender, connection, **kwargs):
    """Give each SQLite connection fold() as a deterministic function, which a generated
    column may call (connection_created, connected in PublishingConfig.ready)."""
    if connection.vendor == "sqlite":
        connection.connection.create_function("oim_fold", 1, fold, deterministic=True)


class Folded(models.Func):
    """`expression` folded as FOLDED says. PostgreSQL: one TRANSLATE() for the letters
    replaced by one letter or removed, a REPLACE() for each replaced by two. SQLite has no
    TRANSLATE(), and its parser overflows on some forty nested REPLACE(): it calls fold().

    Editing FOLDED needs a migration that removes and adds every search column again, which
    recomputes every row: the migrations write this function by name, not the letters."""

    output_field = models.TextField()

    def as_sql(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.source_expressions[0])
        single = {letter: plain for letter, plain in FOLDED.items() if len(plain) == 1}
        removed = [letter for letter, plain in FOLDED.items() if not plain]
        sql, params = (
            f"TRANSLATE({sql}, %s, %s)",
            (*params, "".join([*single, *removed]), "".join(single.values())),
        )
        for letter, plain in FOLDED.items():
            if len(plain) > 1:
                sql, params = f"REPLACE({sql}, %s, %s)", (*params, letter, plain)
        return sql, params

    def as_sqlite(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.source_expressions[0])
        return f"oim_fold({sql})", params


def folded_word(word):
    """A word to look for, folded as the search columns are, without its Arabic article."""
    return ARABIC_ARTICLE.sub("", fold(word))


def search_text(language, heading, *fields, files=None):
    """A stored column of `heading` then `fields` as a visitor reading `language` sees them,
    lower-cased and folded, the heading ended by HEADING_END.

    An empty translation shows the French text (modeltranslation's fallback), so it is the
    French text that is searched there. One column, compared byte for byte, is what
    PostgreSQL reads fastest: not each field in two languages, nor UPPER() of them.
    `files` names untranslated columns `<files>_<language>`, the text of a document in that
    language, searched in that language only: a document has no fallback.
    """
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    text = models.TextField()

    def shown(field):
        column = models.F(build_localized_fieldname(field, language))
        if language == default:
            return column
        fallback = models.F(build_localized_fieldname(field, default))
        empty = models.Value("", output_field=text)
        return Coalesce(NullIf(column, empty, output_field=text), fallback, output_field=text)

    parts = [shown(heading), models.Value(HEADING_END)]
    for field in fields:
        parts += [shown(field), models.Value(" ")]
    if files:
        parts += [models.F(f"{files}_{language}"), models.Value(" ")]
    return models.GeneratedField(
        expression=Folded(Lower(Concat(*parts[:-1], output_field=text))),
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
            _alter(schema_editor, model, column, "SET STORAGE MAIN")
            _alter(schema_editor, model, column, "SET COMPRESSION lz4")
            schema_editor.add_index(model, trigram_index(model, column))


def reset_search_columns(schema_editor, model, columns):
    if schema_editor.connection.vendor == "postgresql":
        for column in columns:
            schema_editor.remove_index(model, trigram_index(model, column))
            _alter(schema_editor, model, column, "SET COMPRESSION default")
            _alter(schema_editor, model, column, "SET STORAGE EXTENDED")


def compress_search_columns(schema_editor, model, columns, method):
    """Compress the search columns of the rows already there with `method` (lz4, or
    default), as set_up_search_columns() does for new rows."""
    if schema_editor.connection.vendor == "postgresql":
        for column in columns:
            _alter(schema_editor, model, column, f"SET COMPRESSION {method}")
        # An update of the columns a stored generated column is made from computes it anew,
        # and compresses it as its column now says.
        bases = sorted(
            {
                model._meta.get_field(expression.name).column
                for column in columns
                for expression in model._meta.get_field(column).expression.flatten()
                if isinstance(expression, models.F)
            }
        )
        table = schema_editor.quote_name(model._meta.db_table)
        assignments = ", ".join(f"{name} = {name}" for name in map(schema_editor.quote_name, bases))
        schema_editor.execute(f"UPDATE {table} SET {assignments}")


def _alter(schema_editor, model, column, change):
    table, column = (schema_editor.quote_name(name) for name in (model._meta.db_table, column))
    schema_editor.execute(f"ALTER TABLE {table} ALTER COLUMN {column} {change}")
