"""The content version: a token the database replaces whenever public content changes.

Triggers on every table of content replace it in the same transaction as the change, whatever
made it: an admin form or action, a restore from history, a management command, a bulk
update or raw SQL. A request that reads the token therefore never pairs a new token with old
content, and the page cache (oim_site.page_cache) keys every page on it.
"""

from django.apps import apps as global_apps
from django.db import connection, connections

# The apps whose tables hold what public pages show; their tables get the triggers after
# every migrate (tests/test_page_cache.py checks).
CONTENT_APPS = ("oim_site", "axes", "partners", "projects")
# Tables of those apps that no public page shows.
NOT_CONTENT = {"oim_site_contentversion"}

_NEW_TOKEN = {
    "postgresql": "gen_random_uuid()::text",
    "sqlite": "lower(hex(randomblob(16)))",
}
# An upsert: after a test's flush (TRUNCATE) the row is back at the next change.
_REPLACE = (
    "INSERT INTO oim_site_contentversion (id, token) VALUES (1, {token}) "
    "ON CONFLICT (id) DO UPDATE SET token = excluded.token"
)


def current():
    """The current token, or None when there is none yet (no page is cached then)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT token FROM oim_site_contentversion WHERE id = 1")
        row = cursor.fetchone()
    return row[0] if row else None


def content_tables(apps):
    """The tables of content, many-to-many tables included, from the migration's apps."""
    return sorted(
        model._meta.db_table
        for app in CONTENT_APPS
        for model in apps.get_app_config(app).get_models(include_auto_created=True)
        if model._meta.db_table not in NOT_CONTENT
    )


def install_after_migrate(using, apps=global_apps, **kwargs):
    """post_migrate (and flush): the triggers on every table of content, as the migrations
    left them.

    A migration that adds a model leaves its tables without triggers, and SQLite drops a
    table's triggers when a migration rebuilds it (to add a generated column, say). Creating
    them is idempotent, so every migrate does it rather than each such migration.
    """
    try:
        apps.get_model("oim_site", "ContentVersion")
    except LookupError:  # Migrated back to before the content version.
        return
    with connections[using].schema_editor() as schema_editor:
        install_triggers(schema_editor, content_tables(apps))


def install_triggers(schema_editor, tables):
    vendor = schema_editor.connection.vendor
    replace = _REPLACE.format(token=_NEW_TOKEN[vendor])
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
                schema_editor.execute(
                    f"CREATE TRIGGER IF NOT EXISTS {table}_content_changed_{event.lower()} "
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
