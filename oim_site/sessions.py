"""Django's database sessions, for keys that Django could have made only.

The session cookie is a key looked up in the database. PostgreSQL refuses a query holding a
NUL byte, so a forged cookie with one made any page that reads the session a 500. Django
makes keys of lower-case letters and digits: a cookie with anything else is no session.
"""

from django.contrib.sessions.backends.base import VALID_KEY_CHARS
from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore


class SessionStore(DatabaseSessionStore):
    def _validate_session_key(self, key):
        return super()._validate_session_key(key) and set(key) <= set(VALID_KEY_CHARS)
