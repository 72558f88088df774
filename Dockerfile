# The OIM Maroc site: gunicorn on port 8000, as a non-root user.
# make check-image builds it, starts compose.yaml and checks the running stack (tests/image).

# Build stage: the virtual environment, compiled catalogues and collected static files.
FROM python:3.13-slim-trixie AS build

ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore \
    PYTHONDONTWRITEBYTECODE=1

WORKDIR /app

# requirements/s3.txt adds object storage for media (see README.md, "Deployment").
ARG REQUIREMENTS=requirements/base.txt
COPY requirements/ requirements/
RUN python -m venv /venv \
    && /venv/bin/pip install --no-cache-dir --require-hashes --no-deps -r "$REQUIREMENTS" \
    && pip install --no-cache-dir --require-hashes --no-deps -r requirements/i18n.txt

COPY . .
# Production settings refuse to load without these; nothing here reads a database or signs.
RUN python locale/compile.py \
    && DJANGO_DEBUG=false DJANGO_SECRET_KEY=build-only DJANGO_ALLOWED_HOSTS=build \
       DATABASE_URL=sqlite:////tmp/unused.sqlite3 \
       /venv/bin/python manage.py collectstatic --no-input --verbosity 0 \
    && /venv/bin/python -m compileall -q oim_site axes partners projects


FROM python:3.13-slim-trixie

ENV PATH=/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_DEBUG=false \
    GUNICORN_BIND=0.0.0.0:8000

# The group's ID is the user's: useradd --user-group would pick another, system one.
RUN groupadd --system --gid 10001 app \
    && useradd --system --no-log-init --uid 10001 --gid app \
       --no-create-home --home-dir /app --shell /usr/sbin/nologin app

COPY --from=build /venv /venv
COPY --from=build /app /app
WORKDIR /app
# The code belongs to root and is read-only for the site; only uploads are writable.
RUN mkdir -p var/media var/publications && chown 10001:10001 var/media var/publications

USER 10001:10001
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "deploy/healthcheck.py"]
CMD ["gunicorn", "--config", "deploy/gunicorn.conf.py"]
