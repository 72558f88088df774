from oim_site.languages.formats import DATE_FORMAT, DATE_INPUT_FORMATS, DATETIME_FORMAT  # noqa: F401

# Django's Arabic formats group no digits: 1800000 MAD. With its separator: 1.800.000 MAD.
NUMBER_GROUPING = 3
