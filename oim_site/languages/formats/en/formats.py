from oim_site.languages.formats import DATE_FORMAT, DATE_INPUT_FORMATS, DATETIME_FORMAT  # noqa: F401
