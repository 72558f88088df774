"""The image's HEALTHCHECK: exit 0 when /healthz answers 200, 1 otherwise.

It asks the gunicorn of this container (port from GUNICORN_BIND) with a Host header that
DJANGO_ALLOWED_HOSTS accepts, as the proxy in front would. Standard library only: it must
stay quick and light, every 30 seconds.
"""

import os
import sys
import urllib.request


def main():
    port = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000").split(",")[0].rpartition(":")[2]
    first_host = os.environ.get("DJANGO_ALLOWED_HOSTS", "localhost").split(",")[0].strip()
    # ".example.org" allows example.org itself; "*" allows any host.
    host = first_host.lstrip(".").replace("*", "") or "localhost"
    request = urllib.request.Request(f"http://127.0.0.1:{port}/healthz", headers={"Host": host})
    try:
        with urllib.request.urlopen(request, timeout=4) as response:
            return 0 if response.status == 200 else 1
    except OSError as error:  # refused, timed out, or an HTTP error status
        print(f"healthz: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
