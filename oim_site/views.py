from django.shortcuts import render

from oim_site.models import MissionProfile


def home(request):
    return render(request, "home.html", {"profile": MissionProfile.objects.first()})
