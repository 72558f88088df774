"""The site's URLs plus /reference/, the page the site's pages are measured against.

The reference is a bare Django view rendering a constant page of about 10 KB through a
template, under the same settings, middleware and server as the site's pages.
"""

from django.shortcuts import render
from django.urls import path

from oim_site.urls import urlpatterns as site_urlpatterns

PARAGRAPH = (
    "Ce paragraphe d’exemple tient la place d’un résumé de projet : quelques phrases sur les "
    "personnes accompagnées, les partenaires qui agissent ensemble, les régions où le travail "
    "se fait et les résultats attendus. Il a la longueur d’un vrai résumé, pour que la page de "
    "référence pèse autant que les pages du site, et il ne change jamais."
)
ITEMS = [{"number": number, "text": PARAGRAPH} for number in range(1, 17)]


def reference(request):
    return render(request, "reference.html", {"items": ITEMS})


urlpatterns = [path("reference/", reference), *site_urlpatterns]
