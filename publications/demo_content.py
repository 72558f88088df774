"""Demonstration publications, entirely fictional, with PDF files made here (fpdf2).

Each file goes through the checks an upload meets (publications.pdf), so that its cover, page
count and text come from it as they would from an editor's file.
"""

import functools
from pathlib import Path

from django.core.files.base import ContentFile

from publications import pdf

# A font with Arabic letters, shaped by HarfBuzz (uharfbuzz): DejaVu Sans, which Debian's
# fonts-dejavu-core installs. Without it the Arabic files are left out rather than written
# as boxes. French and English use a core PDF font, which needs no embedding: writing a file
# with an embedded font takes most of a second.
FONT_FOLDERS = [Path("/usr/share/fonts/truetype/dejavu")]
NOTICE = {
    "fr": "Document de démonstration, entièrement fictif.",
    "ar": "وثيقة للعرض، متخيلة بالكامل.",
    "en": "Demonstration document, entirely fictitious.",
}


def _t(fr, ar, en):
    return {"fr": fr, "ar": ar, "en": en}


PUBLICATIONS = [
    {
        "slug": "rapport-annuel-2025",
        "kind": "annual-report",
        "year": 2025,
        "month": 6,
        "languages": ["fr", "ar", "en"],
        "axes": ["protection-resilience", "migration-gouvernance-developpement", "appui-jeunesse"],
        "projects": ["accueil-orientation-oujda", "incubateur-jeunes-oriental"],
        "title": _t("Rapport annuel 2025", "التقرير السنوي 2025", "Annual report 2025"),
        "summary": _t(
            "Une année d’activité de la mission, axe par axe : protection, gouvernance des "
            "migrations et jeunesse, avec les chiffres clés des projets de démonstration.",
            "سنة من عمل البعثة، محوراً بمحور: الحماية وحكامة الهجرة والشباب، مع الأرقام "
            "الرئيسية لمشاريع العرض.",
            "A year of the mission’s work, axis by axis: protection, migration governance and "
            "youth, with the key figures of the demonstration projects.",
        ),
    },
    {
        "slug": "rapport-annuel-2024",
        "kind": "annual-report",
        "year": 2024,
        "month": 5,
        "languages": ["fr", "ar"],
        "axes": ["protection-resilience", "migration-gouvernance-developpement"],
        "projects": ["accueil-orientation-oujda"],
        "title": _t("Rapport annuel 2024", "التقرير السنوي 2024", "Annual report 2024"),
        "summary": _t(
            "Ce que la mission a fait en 2024, ses partenaires et ses régions d’intervention.",
            "ما أنجزته البعثة سنة 2024، وشركاؤها وجهات تدخلها.",
            "What the mission did in 2024, its partners and the regions where it worked.",
        ),
    },
    {
        "slug": "rapport-annuel-2023",
        "kind": "annual-report",
        "year": 2023,
        "month": 6,
        "languages": ["fr"],
        "axes": ["protection-resilience"],
        "projects": [],
        "title": _t("Rapport annuel 2023", "التقرير السنوي 2023", "Annual report 2023"),
        "summary": _t(
            "Le bilan de l’année 2023 : accueil, orientation et appui aux autorités locales.",
            "حصيلة سنة 2023: الاستقبال والتوجيه ودعم السلطات المحلية.",
            "The year 2023 in review: reception, guidance and support to local authorities.",
        ),
    },
    {
        "slug": "etude-mobilites-climatiques-oasis",
        "kind": "study",
        "year": 2024,
        "month": 11,
        "languages": ["fr", "en"],
        "axes": ["migration-gouvernance-developpement"],
        "projects": ["mobilite-climatique-planification", "preparation-risques-oasis"],
        "title": _t(
            "Climat et mobilités dans les oasis",
            "المناخ والتنقلات في الواحات",
            "Climate and mobility in the oases",
        ),
        "summary": _t(
            "Une étude fictive sur les départs liés à la sécheresse dans les oasis du sud-est "
            "et sur ce que les communes peuvent planifier.",
            "دراسة متخيلة حول حالات المغادرة المرتبطة بالجفاف في واحات الجنوب الشرقي وما "
            "يمكن للجماعات التخطيط له.",
            "A fictitious study of drought-related departures from the south-eastern oases and "
            "of what municipalities can plan for.",
        ),
    },
    {
        "slug": "etude-diaspora-investissement",
        "kind": "study",
        "year": 2022,
        "month": 3,
        "languages": ["fr", "ar", "en"],
        "axes": ["migration-gouvernance-developpement"],
        "projects": ["diaspora-investissement-territoires"],
        "title": _t(
            "La diaspora, investisseuse des territoires",
            "مغاربة العالم مستثمرون في المجالات الترابية",
            "The diaspora as investors in the regions",
        ),
        "summary": _t(
            "Une enquête de démonstration auprès de Marocains de l’étranger qui investissent "
            "dans leur région d’origine.",
            "بحث للعرض شمل مغاربة مقيمين بالخارج يستثمرون في جهاتهم الأصلية.",
            "A demonstration survey of Moroccans abroad who invest in their home region.",
        ),
    },
    {
        "slug": "fiche-traite-des-personnes",
        "kind": "fact-sheet",
        "year": 2025,
        "month": 2,
        "languages": ["fr", "ar"],
        "axes": ["protection-resilience"],
        "projects": ["victimes-traite-nord"],
        "title": _t(
            "Fiche : repérer la traite des personnes",
            "بطاقة: رصد الاتجار بالبشر",
            "Fact sheet: recognising human trafficking",
        ),
        "summary": _t(
            "Les signes qui doivent alerter, et qui appeler, en une page.",
            "العلامات التي تستدعي الانتباه، والجهات التي يجب الاتصال بها، في صفحة واحدة.",
            "The signs to watch for, and whom to call, on one page.",
        ),
    },
    {
        "slug": "fiche-migration-en-chiffres-2023",
        "kind": "fact-sheet",
        "year": 2023,
        "month": 12,
        "languages": ["en"],
        "axes": ["migration-gouvernance-developpement"],
        "projects": ["donnees-mobilite-regionales"],
        "title": _t(
            "La migration en chiffres, 2023",
            "الهجرة بالأرقام، 2023",
            "Migration in figures, 2023",
        ),
        "summary": _t(
            "Des chiffres de démonstration sur les mobilités, région par région.",
            "أرقام للعرض حول التنقلات، جهة بجهة.",
            "Demonstration figures on mobility, region by region.",
        ),
    },
    {
        "slug": "guide-accueil-communes",
        "kind": "guide",
        "year": 2021,
        "month": 9,
        "languages": ["fr", "ar"],
        "axes": ["protection-resilience"],
        "projects": ["formation-administrations-locales"],
        "title": _t(
            "Guide de l’accueil pour les communes",
            "دليل الاستقبال لفائدة الجماعات",
            "A reception guide for municipalities",
        ),
        "summary": _t(
            "Un guide pratique pour les agents communaux qui reçoivent des personnes migrantes.",
            "دليل عملي لموظفي الجماعات الذين يستقبلون المهاجرين.",
            "A practical guide for municipal staff who receive migrants.",
        ),
    },
    {
        "slug": "manuel-recrutement-equitable",
        "kind": "guide",
        "year": 2022,
        "month": 10,
        "languages": ["fr", "en"],
        "axes": ["migration-gouvernance-developpement"],
        "projects": ["recrutement-equitable"],
        "title": _t(
            "Manuel du recrutement équitable",
            "دليل التوظيف المنصف",
            "Fair recruitment handbook",
        ),
        "summary": _t(
            "Les étapes d’un recrutement à l’étranger sans frais pour le travailleur.",
            "مراحل التوظيف بالخارج دون تحميل العامل أي رسوم.",
            "The steps of recruiting abroad at no cost to the worker.",
        ),
    },
    {
        "slug": "note-politique-jeunes-mobilite",
        "kind": "policy-brief",
        "year": 2024,
        "month": 3,
        "languages": ["fr", "ar", "en"],
        "axes": ["appui-jeunesse"],
        "projects": ["incubateur-jeunes-oriental"],
        "title": _t(
            "Note : les jeunes et la mobilité",
            "مذكرة: الشباب والتنقل",
            "Brief: young people and mobility",
        ),
        "summary": _t(
            "Trois recommandations fictives pour que les jeunes choisissent de partir ou de "
            "rester en connaissance de cause.",
            "ثلاث توصيات متخيلة كي يختار الشباب الرحيل أو البقاء عن بينة.",
            "Three fictitious recommendations so that young people choose to leave or to stay "
            "knowing what is at stake.",
        ),
    },
    {
        "slug": "note-politique-sante-migrants",
        "kind": "policy-brief",
        "year": 2021,
        "month": 4,
        "languages": ["fr"],
        "axes": ["protection-resilience"],
        "projects": ["sante-psychosocial-casablanca"],
        "title": _t(
            "Note : l’accès des migrants aux soins",
            "مذكرة: ولوج المهاجرين إلى العلاج",
            "Brief: migrants’ access to health care",
        ),
        "summary": _t(
            "Ce qui empêche encore l’accès aux soins, et ce qui l’a facilité ailleurs.",
            "ما يزال يعيق الولوج إلى العلاج، وما يسّره في أماكن أخرى.",
            "What still stands in the way of health care, and what eased it elsewhere.",
        ),
    },
    {
        "slug": "recueil-temoignages-2022",
        "kind": "other",
        "year": 2022,
        "month": None,
        "languages": ["ar", "en"],
        "axes": ["appui-jeunesse"],
        "projects": [],
        "title": _t(
            "Paroles de parcours",
            "كلمات من المسارات",
            "Voices along the way",
        ),
        "summary": _t(
            "Un recueil de témoignages imaginaires de personnes en chemin.",
            "مجموعة من الشهادات المتخيلة لأشخاص في طريقهم.",
            "A collection of imaginary accounts by people on the move.",
        ),
    },
]


def _font_folder():
    return next((folder for folder in FONT_FOLDERS if (folder / "DejaVuSans.ttf").exists()), None)


def available_languages(entry):
    """The entry's languages this machine can write: Arabic needs the font."""
    return [code for code in entry["languages"] if code != "ar" or _font_folder()]


def pdf_file(entry, language):
    """A small PDF of the entry in `language`: a title page, then its summary."""
    # Imported here: fpdf2 is a development dependency, which the image goes without.
    from fpdf import FPDF

    document = FPDF()
    document.set_title(_printable(entry["title"][language], language))
    document.set_creator("OIM Maroc (demonstration)")
    family, align = "helvetica", "L"
    if language == "ar":
        folder = _font_folder()
        document.add_font("body", "", folder / "DejaVuSans.ttf")
        document.add_font("body", "B", folder / "DejaVuSans-Bold.ttf")
        family = "body"
        document.set_text_shaping(
            use_shaping_engine=True, direction="rtl", script="arab", language="ar"
        )
        align = "R"

    def write(text, size, style="", height=None):
        document.set_font(family, style, size)
        document.multi_cell(
            0,
            height or size * 0.6,
            _printable(text, language),
            align=align,
            new_x="LMARGIN",
            new_y="NEXT",
        )

    document.add_page()
    document.set_fill_color(0, 51, 160)
    document.rect(0, 0, 210, 60, style="F")
    document.set_text_color(255, 255, 255)
    document.set_y(20)
    write(entry["title"][language], 26, "B", 13)
    document.set_text_color(0, 0, 0)
    document.set_y(80)
    write(str(entry["year"]), 18, "B")
    write(NOTICE[language], 12)
    document.add_page()
    write(entry["summary"][language], 12, height=7)
    return ContentFile(bytes(document.output()), name=f"{entry['slug']}-{language}.pdf")


def _printable(text, language):
    # The core fonts hold Latin-1 only: typographic quotes and dashes become plain ones.
    if language == "ar":
        return text
    return text.replace("’", "'").replace("–", "-").encode("latin-1", "replace").decode("latin-1")


@functools.cache
def _made(slug, language):
    entry = next(entry for entry in PUBLICATIONS if entry["slug"] == slug)
    upload = pdf_file(entry, language)
    return upload.read(), pdf.check(upload)


def checked_file(entry, language):
    """The entry's file in `language` and what the checks read of it; made once per process
    (the tests load the demonstration content many times)."""
    content, checked = _made(entry["slug"], language)
    return ContentFile(content, name=f"{entry['slug']}-{language}.pdf"), checked
