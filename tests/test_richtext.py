import pytest

from tests.factories import make_project

pytestmark = pytest.mark.django_db


def test_long_text_is_escaped_and_split_into_paragraphs(client):
    make_project(slug="texte", body_fr="Premier <script>x</script> paragraphe.\n\nSecond\nligne.")
    html = client.get("/fr/projects/texte/").content.decode()
    assert "<p>Premier &lt;script&gt;x&lt;/script&gt; paragraphe.</p>" in html
    assert "<p>Second<br>ligne.</p>" in html
