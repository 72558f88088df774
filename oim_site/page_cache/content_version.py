"""The content version: a token the database replaces whenever public content changes.

Triggers on every table of content replace it in the same transaction as the change, whatever
made it: an admin form or action, a restore from history, a management command, a bulk
update or raw SQL. A request that reads the token therefore never pairs a new token with old
content, and the page cache (oim_site.page_cache.middleware) keys every page on it. The tables
of content are those of the models that inherit TimeStamped (oim_site.publishing.content).
"""

from datetime import UTC, datetime

from django.apps import apps as global_apps
from django.db import connection, connections

from oim_site.publishing.content import content_models, publishable_models

_NEW_TOKEN = {
    "postgresql": "gen_random_uuid()::text",
    "sqlite": "lower(hex(randomblob(16)))",
}
# An upsert: after a test's flush (TRUNCATE) the row is back at the next change.
_REPLACE = (
    "INSERT INTO oim_site_contentversion (id, token, next_change) "
    "VALUES (1, {token}, {next_change}) "
    "ON CONFLICT (id) DO UPDATE SET token = excluded.token, next_change = excluded.next_change"
)
_REPLACE_TOKEN = (
    "INSERT INTO oim_site_contentversion (id, token) VALUES (1, {token}) "
    "ON CONFLICT (id) DO UPDATE SET token = excluded.token"
)
SCHEDULE_COLUMNS = ("publish_at", "unpublish_at")


def current():
    """The current token, or None when there is none yet (no page is cached then)."""
    return current_and_next_change()[0]


def current_and_next_change():
    """The token, and the moment of the next scheduled change (None if none), in one query."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT token, next_change FROM oim_site_contentversion WHERE id = 1")
        row = cursor.fetchone()
    if row is None:
        return None, None
    token, next_change = row
    if isinstance(next_change, str):  # SQLite gives the text the trigger wrote.
        next_change = datetime.fromisoformat(next_change)
    if next_change is not None and next_change.tzinfo is None:
        next_change = next_change.replace(tzinfo=UTC)
    return token, next_change


def content_tables(using_connection):
    """The tables of content, many-to-many tables included, that the database has now.

    Read from the models as the code defines them, not from a migration's historical models
    (which do not know their abstract bases), and only those already created: a migration
    run part of the way has not made the others yet.
    """
    existing = set(using_connection.introspection.table_names())
    return sorted(
        model._meta.db_table
        for content_model in content_models()
        for model in [
            content_model,
            *(field.remote_field.through for field in content_model._meta.local_many_to_many),
        ]
        if model._meta.db_table in existing
    )


def install_after_migrate(using, apps=global_apps, **kwargs):
    """post_migrate (and flush): the triggers on every table of content.

    A migration that adds a model leaves its tables without triggers, and SQLite drops a
    table's triggers when a migration rebuilds it (to add a generated column, say). Creating
    them is idempotent, so every migrate does it rather than each such migration.
    """
    try:
        apps.get_model("page_cache", "ContentVersion")
    except LookupError:  # Migrated back to before the content version.
        return
    with connections[using].schema_editor() as schema_editor:
        install_triggers(schema_editor, content_tables(schema_editor.connection))


def scheduled_tables(using_connection):
    """The tables of publishable content that have the schedule's columns now."""
    existing = set(using_connection.introspection.table_names())
    tables = []
    with using_connection.cursor() as cursor:
        for model in publishable_models():
            table = model._meta.db_table
            if table in existing:
                columns = {
                    column.name
                    for column in using_connection.introspection.get_table_description(
                        cursor, table
                    )
                }
                if set(SCHEDULE_COLUMNS) <= columns:
                    tables.append(table)
    return sorted(tables)


def _next_change(schema_editor, tables):
    """SQL of the earliest scheduled moment over `tables` (NULL when nothing is scheduled)."""
    if not tables:
        return "NULL"
    quote = schema_editor.quote_name
    minima = " UNION ALL ".join(
        f"SELECT min({column}) AS moment FROM {quote(table)}"
        for table in tables
        for column in SCHEDULE_COLUMNS
    )
    return f"(SELECT min(moment) FROM ({minima}) AS moments)"


def install_triggers(schema_editor, tables, scheduled=None):
    vendor = schema_editor.connection.vendor
    if scheduled is None:
        scheduled = scheduled_tables(schema_editor.connection)
    with schema_editor.connection.cursor() as cursor:
        version_columns = {
            column.name
            for column in schema_editor.connection.introspection.get_table_description(
                cursor, "oim_site_contentversion"
            )
        }
    if "next_change" in version_columns:
        replace = _REPLACE.format(
            token=_NEW_TOKEN[vendor], next_change=_next_change(schema_editor, scheduled)
        )
    else:  # A migration from before the schedule (oim_site 0004).
        replace = _REPLACE_TOKEN.format(token=_NEW_TOKEN[vendor])
    if vendor == "postgresql":
        schema_editor.execute(
            "CREATE OR REPLACE FUNCTION oim_site_content_changed() RETURNS trigger "
            f"LANGUAGE plpgsql AS $$ BEGIN {replace}; RETURN NULL; END $$"
        )
        for table in tables:
            # Once per statement: a bulk insert of thousands of rows replaces the token once.
            schema_editor.execute(
                f"CREATE OR REPLACE TRIGGER content_changed AFTER INSERT OR UPDATE OR DELETE "
                f"OR TRUNCATE ON {schema_editor.quote_name(table)} "
                "FOR EACH STATEMENT EXECUTE FUNCTION oim_site_content_changed()"
            )
    else:
        for table in tables:
            for event in ("INSERT", "UPDATE", "DELETE"):
                # Made anew: the tables the next change is read from may have changed.
                name = f"{table}_content_changed_{event.lower()}"
                schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}")
                schema_editor.execute(
                    f"CREATE TRIGGER {name} "
                    f"AFTER {event} ON {schema_editor.quote_name(table)} "
                    f"BEGIN {replace}; END"
                )


def tables_with_triggers():
    """The tables of the default database that have the content triggers."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT tgrelid::regclass::text FROM pg_trigger WHERE tgname = 'content_changed'"
            )
        else:
            cursor.execute(
                "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' "
                "AND name LIKE '%content_changed_%'"
            )
        return {row[0].strip('"') for row in cursor.fetchall()}
