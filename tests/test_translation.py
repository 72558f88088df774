import pytest
from django.utils import translation

from tests.factories import make_axis

pytestmark = pytest.mark.django_db


def test_an_empty_translation_falls_back_to_french():
    axis = make_axis(title_fr="Protection et résilience", title_en="", title_ar="")
    with translation.override("en"):
        assert axis.title == "Protection et résilience"
    with translation.override("ar"):
        assert axis.title == "Protection et résilience"


def test_a_filled_translation_is_used():
    axis = make_axis(title_fr="Appui à la jeunesse", title_ar="دعم الشباب")
    with translation.override("ar"):
        assert axis.title == "دعم الشباب"
