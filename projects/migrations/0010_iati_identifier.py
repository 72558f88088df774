"""Each project's IATI identifier, stored once and for all.

Existing projects keep the identifier the IATI file gave them until now (the reporting
organisation's identifier, a hyphen and the slug): it is the one already published. From here
on it is stored, and a change of slug no longer changes it.
"""

import django.core.validators
from django.conf import settings
from django.db import migrations, models


def identify(apps, schema_editor):
    Project = apps.get_model("projects", "Project")
    for project in Project.objects.filter(iati_identifier=None).only("slug"):
        project.iati_identifier = f"{settings.IATI_REPORTING_ORG_REF}-{project.slug}"
        project.save(update_fields=["iati_identifier"])


class Migration(migrations.Migration):

    dependencies = [
        ('projects', '0009_review_schedule_outdated'),
    ]

    operations = [
        migrations.AddField(
            model_name='project',
            name='iati_identifier',
            field=models.CharField(help_text='The activity’s identifier in the IATI file, set once when the project is created; changing the address of the page does not change it. Only publishers may change it.', max_length=150, null=True, validators=[django.core.validators.RegexValidator('\\A[A-Za-z0-9][A-Za-z0-9._:-]*\\Z', 'Use letters, digits, dots, hyphens, underscores and colons only (no space, / & | or ?).')], verbose_name='IATI identifier'),
        ),
        migrations.RunPython(identify, migrations.RunPython.noop, elidable=False),
        migrations.AlterField(
            model_name='project',
            name='iati_identifier',
            field=models.CharField(help_text='The activity’s identifier in the IATI file, set once when the project is created; changing the address of the page does not change it. Only publishers may change it.', max_length=150, unique=True, validators=[django.core.validators.RegexValidator('\\A[A-Za-z0-9][A-Za-z0-9._:-]*\\Z', 'Use letters, digits, dots, hyphens, underscores and colons only (no space, / & | or ?).')], verbose_name='IATI identifier'),
        ),
    ]
