"""The search columns folded (oim_site.publishing.search.FOLDED), their heading ended by
HEADING_END. A generated column cannot be altered: each is removed and added again, which
computes it anew for every row, then indexed again on PostgreSQL."""

import django.db.models.functions.comparison
import django.db.models.functions.text
import oim_site.publishing.search
from django.db import migrations, models

from oim_site.publishing.search import reset_search_columns, set_up_search_columns

COLUMNS = ["search_fr", "search_ar", "search_en"]


def set_up(apps, schema_editor):
    set_up_search_columns(schema_editor, apps.get_model("projects", "Project"), COLUMNS)


def reset(apps, schema_editor):
    reset_search_columns(schema_editor, apps.get_model("projects", "Project"), COLUMNS)


class Migration(migrations.Migration):

    dependencies = [
        ('projects', '0006_unguessable_image_names'),
    ]

    operations = [
        migrations.RemoveField(model_name='project', name='search_ar'),
        migrations.RemoveField(model_name='project', name='search_en'),
        migrations.RemoveField(model_name='project', name='search_fr'),
        migrations.AddField(
            model_name='project',
            name='search_ar',
            field=models.GeneratedField(db_persist=True, expression=oim_site.publishing.search.Folded(django.db.models.functions.text.Lower(django.db.models.functions.text.Concat(django.db.models.functions.comparison.Coalesce(django.db.models.functions.comparison.NullIf(models.F('title_ar'), models.Value('', output_field=models.TextField()), output_field=models.TextField()), models.F('title_fr'), output_field=models.TextField()), models.Value('\x1f'), django.db.models.functions.comparison.Coalesce(django.db.models.functions.comparison.NullIf(models.F('summary_ar'), models.Value('', output_field=models.TextField()), output_field=models.TextField()), models.F('summary_fr'), output_field=models.TextField()), models.Value(' '), django.db.models.functions.comparison.Coalesce(django.db.models.functions.comparison.NullIf(models.F('body_ar'), models.Value('', output_field=models.TextField()), output_field=models.TextField()), models.F('body_fr'), output_field=models.TextField()), output_field=models.TextField()))), output_field=models.TextField()),
        ),
        migrations.AddField(
            model_name='project',
            name='search_en',
            field=models.GeneratedField(db_persist=True, expression=oim_site.publishing.search.Folded(django.db.models.functions.text.Lower(django.db.models.functions.text.Concat(django.db.models.functions.comparison.Coalesce(django.db.models.functions.comparison.NullIf(models.F('title_en'), models.Value('', output_field=models.TextField()), output_field=models.TextField()), models.F('title_fr'), output_field=models.TextField()), models.Value('\x1f'), django.db.models.functions.comparison.Coalesce(django.db.models.functions.comparison.NullIf(models.F('summary_en'), models.Value('', output_field=models.TextField()), output_field=models.TextField()), models.F('summary_fr'), output_field=models.TextField()), models.Value(' '), django.db.models.functions.comparison.Coalesce(django.db.models.functions.comparison.NullIf(models.F('body_en'), models.Value('', output_field=models.TextField()), output_field=models.TextField()), models.F('body_fr'), output_field=models.TextField()), output_field=models.TextField()))), output_field=models.TextField()),
        ),
        migrations.AddField(
            model_name='project',
            name='search_fr',
            field=models.GeneratedField(db_persist=True, expression=oim_site.publishing.search.Folded(django.db.models.functions.text.Lower(django.db.models.functions.text.Concat(models.F('title_fr'), models.Value('\x1f'), models.F('summary_fr'), models.Value(' '), models.F('body_fr'), output_field=models.TextField()))), output_field=models.TextField()),
        ),
        migrations.RunPython(set_up, reset, elidable=False),
    ]
