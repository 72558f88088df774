"""Formats that differ from Django's for the site's languages (FORMAT_MODULE_PATH).

A date typed in the admin reads day first in every language, as in Morocco and as Django's
French formats do: Django's Arabic and English read 04/03/2028 as the 3rd of April, and
refuse 31/12/2027. The ISO form stays first: the date widgets show and fill that one.
"""

DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y"]
