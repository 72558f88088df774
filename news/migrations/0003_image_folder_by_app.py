import oim_site.images.uploads
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('news', '0002_review_schedule_outdated'),
    ]

    # upload_to lives in Python only: the database is left as it is (on SQLite an AlterField
    # would copy the whole table).
    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='article',
                    name='image',
                    field=models.ImageField(blank=True, height_field='image_height', help_text='A JPEG, PNG or WebP image.', upload_to=oim_site.images.uploads.UnguessableName(), verbose_name='image', width_field='image_width'),
                ),
            ],
        ),
    ]
