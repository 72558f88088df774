"""The search columns folded (oim_site.publishing.search.FOLDED), their heading ended by
HEADING_END. A generated column cannot be altered: each is removed and added again, which
computes it anew for every row."""

import django.db.models.functions.comparison
import django.db.models.functions.text
import oim_site.publishing.search
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('partners', '0004_unguessable_logo_names'),
    ]

    operations = [
        migrations.RemoveField(model_name='partner', name='search_ar'),
        migrations.RemoveField(model_name='partner', name='search_en'),
        migrations.RemoveField(model_name='partner', name='search_fr'),
        migrations.AddField(
            model_name='partner',
            name='search_ar',
            field=models.GeneratedField(db_persist=True, expression=oim_site.publishing.search.Folded(django.db.models.functions.text.Lower(django.db.models.functions.text.Concat(django.db.models.functions.comparison.Coalesce(django.db.models.functions.comparison.NullIf(models.F('name_ar'), models.Value('', output_field=models.TextField()), output_field=models.TextField()), models.F('name_fr'), output_field=models.TextField()), models.Value('\x1f'), django.db.models.functions.comparison.Coalesce(django.db.models.functions.comparison.NullIf(models.F('acronym_ar'), models.Value('', output_field=models.TextField()), output_field=models.TextField()), models.F('acronym_fr'), output_field=models.TextField()), models.Value(' '), django.db.models.functions.comparison.Coalesce(django.db.models.functions.comparison.NullIf(models.F('description_ar'), models.Value('', output_field=models.TextField()), output_field=models.TextField()), models.F('description_fr'), output_field=models.TextField()), output_field=models.TextField()))), output_field=models.TextField()),
        ),
        migrations.AddField(
            model_name='partner',
            name='search_en',
            field=models.GeneratedField(db_persist=True, expression=oim_site.publishing.search.Folded(django.db.models.functions.text.Lower(django.db.models.functions.text.Concat(django.db.models.functions.comparison.Coalesce(django.db.models.functions.comparison.NullIf(models.F('name_en'), models.Value('', output_field=models.TextField()), output_field=models.TextField()), models.F('name_fr'), output_field=models.TextField()), models.Value('\x1f'), django.db.models.functions.comparison.Coalesce(django.db.models.functions.comparison.NullIf(models.F('acronym_en'), models.Value('', output_field=models.TextField()), output_field=models.TextField()), models.F('acronym_fr'), output_field=models.TextField()), models.Value(' '), django.db.models.functions.comparison.Coalesce(django.db.models.functions.comparison.NullIf(models.F('description_en'), models.Value('', output_field=models.TextField()), output_field=models.TextField()), models.F('description_fr'), output_field=models.TextField()), output_field=models.TextField()))), output_field=models.TextField()),
        ),
        migrations.AddField(
            model_name='partner',
            name='search_fr',
            field=models.GeneratedField(db_persist=True, expression=oim_site.publishing.search.Folded(django.db.models.functions.text.Lower(django.db.models.functions.text.Concat(models.F('name_fr'), models.Value('\x1f'), models.F('acronym_fr'), models.Value(' '), models.F('description_fr'), output_field=models.TextField()))), output_field=models.TextField()),
        ),
    ]
