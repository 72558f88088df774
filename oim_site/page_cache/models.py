from django.db import models


class ContentVersion(models.Model):
    """One row whose token changes with any content a public page shows.

    Database triggers replace the token (oim_site.page_cache.content_version); nothing in
    Python writes it.
    """

    token = models.CharField(max_length=36)
    # The earliest publish_at or unpublish_at of any publishable item, set by the same
    # triggers: from that moment the stored pages may show a state that is no longer true.
    next_change = models.DateTimeField(null=True, blank=True)

    class Meta:
        # The name the triggers' SQL uses (content_version.py), from the app that created it.
        db_table = "oim_site_contentversion"
        constraints = [
            models.CheckConstraint(condition=models.Q(id=1), name="one_content_version"),
        ]

    def __str__(self):
        return self.token
