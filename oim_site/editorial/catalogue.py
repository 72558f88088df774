"""Interface strings of the admin's libraries that ship without Arabic (or French).

Django 6.1's admin, django-reversion and django-reversion-compare leave these untranslated;
an Arabic admin would show them in French, the fallback language. Listed here only so that
``makemessages`` copies them into our catalogues, which come first. Drop an entry once its
library translates it well.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

DJANGO_ADMIN = [
    gettext_noop('The app "%s" could not be found.'),
    gettext_noop("Run"),
    gettext_noop("Filter by %(field_name)s"),
    gettext_noop(
        "Deleting the %(object_name)s “%(escaped_object)s” would result in deleting related objects, but your account doesn't have permission to delete the following types of objects:"
    ),
    gettext_noop(
        "Deleting the %(object_name)s “%(escaped_object)s” would require deleting the following protected related objects:"
    ),
    gettext_noop(
        "Are you sure you want to delete the %(object_name)s “%(escaped_object)s”? All of the following related items will be deleted:"
    ),
    gettext_noop("Pagination %(name)s entries"),
    gettext_noop("Pagination %(name)s"),
    gettext_noop("Search %(name)s"),
    gettext_noop("Logout"),
    gettext_noop("- Select an option -"),
    # Django's Arabic says "added" for this one.
    gettext_noop("The {name} “{obj}” was changed successfully."),
    ngettext_lazy("…and %(count)d more object.", "…and %(count)d more objects.", "count"),
]

REVERSION = [
    gettext_noop("Recover deleted %(name)s"),
    gettext_noop("Deleted %(verbose_name)s."),
    gettext_noop("Reverted to previous version, saved on %(datetime)s"),
    gettext_noop(
        'The %(model)s "%(name)s" was reverted successfully. You may edit it again below.'
    ),
    gettext_noop("Recover %(name)s"),
    gettext_noop("Revert %(name)s"),
    gettext_noop("Initial version."),
    gettext_noop(
        "Choose a date from the list below to revert to a previous version of this object."
    ),
    gettext_noop(
        "This object doesn't have a change history. It probably wasn't added via this admin site."
    ),
    gettext_noop("Press the save button below to recover this version of the object."),
    gettext_noop("Choose a date from the list below to recover a deleted version of an object."),
    gettext_noop("There are no deleted objects to recover."),
    gettext_noop("Revert %(verbose_name)s"),
    gettext_noop("Press the save button below to revert to this version of the object."),
    gettext_noop("Compare %(name)s"),
    gettext_noop("Field didn't exist!"),
    gettext_noop("compare"),
    gettext_noop(
        "\n                Compare <strong>%(date1)s</strong> with <strong>%(date2)s</strong>:\n            "
    ),
    gettext_noop("Go back to history list"),
    gettext_noop("Revert to this version"),
    gettext_noop("changed to:"),
    gettext_noop("time since that date:"),
    gettext_noop("add:"),
    gettext_noop("remove:"),
    gettext_noop("previous"),
    gettext_noop("next"),
    gettext_noop("There are no differences."),
    gettext_noop("Edit comment:"),
    gettext_noop("(no comment exists)"),
    gettext_noop("Note:"),
    gettext_noop(
        '\n        Fields/entries marked with <sup class="follow">*</sup> are not under reversion control.\n        It may be that not all marked information are correct.\n    '
    ),
    gettext_noop(
        "\n    This is the fallback compare, because the normal compare can't be applied\n    between the two selected version:\n    "
    ),
    gettext_noop("Revert to the old version will probably not work!"),
    gettext_noop("More info:"),
]
