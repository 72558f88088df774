from oim_site.formats import DATE_INPUT_FORMATS  # noqa: F401
