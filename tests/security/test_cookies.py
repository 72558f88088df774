"""The language cookie is sent over HTTPS only in production, and never on cross-site posts."""

import json

from tests.environments import PRODUCTION, run_django

SET_LANGUAGE = """
import json
from django.test import Client
response = Client(headers={"host": "oim.example.org", "x-forwarded-proto": "https"}).post(
    "/i18n/setlang/", {"language": "ar", "next": "/ar/"}
)
cookie = response.cookies["django_language"]
print(json.dumps({"status": response.status_code, "secure": cookie["secure"],
                  "samesite": cookie["samesite"]}))
"""


def language_cookie(environment):
    result = run_django(SET_LANGUAGE, environment)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_language_cookie_is_secure_and_same_site_in_production(tmp_path):
    cookie = language_cookie(PRODUCTION | {"DATABASE_URL": f"sqlite:///{tmp_path / 'db'}"})
    assert cookie == {"status": 302, "secure": True, "samesite": "Lax"}


def test_the_language_cookie_works_over_plain_http_in_development():
    cookie = language_cookie({"DJANGO_ALLOWED_HOSTS": "oim.example.org"})
    assert cookie == {"status": 302, "secure": "", "samesite": "Lax"}
