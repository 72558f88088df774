"""Formats that differ from Django's for the site's languages (FORMAT_MODULE_PATH).

Dates read and show day first in every language, as in Morocco and in Django's French formats:
Django's Arabic and English formats read a typed 04/03/2028 as the 3rd of April, refuse
31/12/2027, and show "Feb. 28, 2029" beside "March 1, 2027". The ISO form stays the first
input format: the admin's date widgets show and fill that one.
"""

from django.utils.translation import gettext_noop

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y H:i"
DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y"]

# Month names as Morocco writes them in Arabic (يوليوز, غشت, شتنبر…), as the site's own texts
# do, where Django's Arabic catalogue has the Middle Eastern ones (يوليو, أغسطس, سبتمبر…).
# Listed so that makemessages keeps them in our catalogues, which come before Django's.
MONTHS = [
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
]
