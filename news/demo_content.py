"""Demonstration articles, entirely fictional, linked to the demonstration projects and
partners (projects/demo_content.py) and to the axes and regions of the initial content."""

CITIES = {
    "rabat": ("Rabat", "الرباط", "Rabat"),
    "oujda": ("Oujda", "وجدة", "Oujda"),
    "tanger": ("Tanger", "طنجة", "Tangier"),
    "casablanca": ("Casablanca", "الدار البيضاء", "Casablanca"),
    "fes": ("Fès", "فاس", "Fez"),
    "agadir": ("Agadir", "أكادير", "Agadir"),
    "errachidia": ("Errachidia", "الرشيدية", "Errachidia"),
    "marrakech": ("Marrakech", "مراكش", "Marrakesh"),
    "laayoune": ("Laâyoune", "العيون", "Laayoune"),
}


def _article(slug, kind, date, city, links, title, summary, body, featured=False):
    """One article; `links` maps axes, projects, partners and regions to slugs, and each text
    is (French, Arabic, English)."""
    languages = ("fr", "ar", "en")
    return {
        "slug": slug,
        "kind": kind,
        "date": date,
        "featured": featured,
        "links": links,
        "dateline": dict(zip(languages, CITIES[city], strict=True)),
        "title": dict(zip(languages, title, strict=True)),
        "summary": dict(zip(languages, summary, strict=True)),
        "body": dict(zip(languages, body, strict=True)),
    }


PROTECTION = "protection-resilience"
GOVERNANCE = "migration-gouvernance-developpement"
YOUTH = "appui-jeunesse"

ARTICLES = [
    _article(
        "accord-accueil-oriental",
        "press-release",
        "2026-11-12",
        "oujda",
        {
            "axes": [PROTECTION],
            "projects": ["accueil-orientation-oujda"],
            "partners": ["agence-nordique-cooperation", "observatoire-mobilites-oriental"],
            "regions": ["oriental"],
        },
        (
            "Signature d’un accord pour prolonger l’accueil des migrants vulnérables à Oujda",
            "توقيع اتفاق لتمديد استقبال المهاجرين في وضعية هشاشة بوجدة",
            "Agreement signed to extend the reception of vulnerable migrants in Oujda",
        ),
        (
            "La mission et ses partenaires s’engagent pour deux années de plus d’écoute, "
            "d’assistance et d’orientation dans l’Oriental.",
            "تلتزم البعثة وشركاؤها بسنتين إضافيتين من الإنصات والمساعدة والتوجيه بجهة الشرق.",
            "The mission and its partners commit to two more years of listening, assistance "
            "and referral in the Oriental region.",
        ),
        (
            "L’accord prévoit l’ouverture d’une permanence le samedi et la formation de vingt "
            "nouveaux intervenants.\n\nLes deux espaces d’accueil ont reçu plus de 1 200 "
            "personnes depuis leur ouverture.",
            "ينص الاتفاق على فتح مداومة يوم السبت وتكوين عشرين متدخلًا جديدًا.\n\nواستقبل "
            "الفضاءان أكثر من 1200 شخص منذ افتتاحهما.",
            "The agreement provides for a Saturday service and the training of twenty new "
            "frontline workers.\n\nThe two reception spaces have welcomed more than 1,200 "
            "people since they opened.",
        ),
        featured=True,
    ),
    _article(
        "atelier-traite-tanger",
        "news",
        "2026-10-21",
        "tanger",
        {
            "axes": [PROTECTION],
            "projects": ["victimes-traite-nord"],
            "partners": ["rive-des-femmes-tanger"],
            "regions": ["tanger-tetouan-al-hoceima"],
        },
        (
            "Un atelier à Tanger pour mieux repérer les victimes de la traite",
            "ورشة بطنجة لتحسين رصد ضحايا الاتجار بالبشر",
            "A workshop in Tangier to better identify victims of trafficking",
        ),
        (
            "Quarante professionnels de la santé, de la justice et du travail social ont "
            "échangé leurs pratiques pendant deux jours.",
            "تبادل أربعون مهنيًا من قطاعات الصحة والعدل والعمل الاجتماعي ممارساتهم على مدى يومين.",
            "Forty health, justice and social work professionals shared their practices over "
            "two days.",
        ),
        (
            "Les participants ont travaillé sur des cas fictifs et sur les circuits "
            "d’orientation vers une prise en charge adaptée.",
            "اشتغل المشاركون على حالات افتراضية وعلى مسارات التوجيه نحو تكفل ملائم.",
            "Participants worked on fictitious cases and on referral pathways towards "
            "suitable care.",
        ),
    ),
    _article(
        "temoignage-aminata-casablanca",
        "story",
        "2026-09-30",
        "casablanca",
        {
            "axes": [PROTECTION],
            "projects": ["sante-psychosocial-casablanca"],
            "partners": ["collectif-passerelles-droits"],
            "regions": ["casablanca-settat"],
        },
        (
            "Aminata, de l’isolement à l’entraide",
            "أميناتا، من العزلة إلى التضامن",
            "Aminata, from isolation to mutual support",
        ),
        (
            "Arrivée seule à Casablanca, une jeune femme a retrouvé confiance grâce à un "
            "groupe de parole. Son histoire est inventée pour la démonstration.",
            "وصلت شابة وحيدة إلى الدار البيضاء، فاستعادت ثقتها بفضل مجموعة للحوار. قصتها "
            "متخيلة لأغراض العرض.",
            "Arriving alone in Casablanca, a young woman regained confidence through a "
            "support group. Her story is invented for the demonstration.",
        ),
        (
            "« Ici, on m’a écoutée sans me juger », raconte-t-elle. Elle anime aujourd’hui "
            "elle-même des rencontres pour les nouvelles arrivantes.",
            "تقول: «هنا أنصتوا إلي دون أن يحكموا علي». وهي اليوم تنشط بنفسها لقاءات لفائدة "
            "الوافدات الجديدات.",
            "“Here, people listened to me without judging me,” she says. Today she leads "
            "meetings for newcomers herself.",
        ),
    ),
    _article(
        "donnees-mobilite-rapport-2026",
        "press-release",
        "2026-09-08",
        "rabat",
        {
            "axes": [GOVERNANCE],
            "projects": ["donnees-mobilite-regionales"],
            "partners": ["observatoire-mobilites-oriental"],
            "regions": ["rabat-sale-kenitra", "oriental"],
        },
        (
            "Premiers tableaux de bord régionaux sur les mobilités",
            "أولى لوحات القيادة الجهوية حول التنقلات",
            "First regional dashboards on mobility",
        ),
        (
            "Trois régions disposent désormais de données partagées pour planifier leurs "
            "services aux personnes migrantes.",
            "أصبحت ثلاث جهات تتوفر على معطيات مشتركة لتخطيط خدماتها الموجهة إلى الأشخاص المهاجرين.",
            "Three regions now have shared data to plan their services for migrants.",
        ),
        (
            "Les tableaux de bord rassemblent des indicateurs publics, mis à jour chaque "
            "trimestre.",
            "تجمع لوحات القيادة مؤشرات عمومية يتم تحيينها كل ثلاثة أشهر.",
            "The dashboards bring together public indicators, updated every quarter.",
        ),
    ),
    _article(
        "clubs-jeunes-fes-rentree",
        "news",
        "2026-09-15",
        "fes",
        {
            "axes": [YOUTH],
            "projects": ["clubs-dialogue-jeunes"],
            "partners": ["voix-migrantes-fes"],
            "regions": ["fes-meknes"],
        },
        (
            "Les clubs de dialogue des jeunes reprennent à Fès",
            "استئناف أنشطة نوادي الحوار الشبابية بفاس",
            "Youth dialogue clubs start again in Fez",
        ),
        (
            "Dix clubs rouvrent dans les maisons de jeunes avec un programme consacré à "
            "l’engagement citoyen.",
            "تعيد عشرة نوادٍ فتح أبوابها في دور الشباب ببرنامج مخصص للانخراط المواطن.",
            "Ten clubs reopen in youth centres with a programme on civic engagement.",
        ),
        (
            "Chaque club réunit des jeunes marocains et des jeunes migrants autour de "
            "projets communs.",
            "يجمع كل نادٍ شبابًا مغاربة وشبابًا مهاجرين حول مشاريع مشتركة.",
            "Each club brings together young Moroccans and young migrants around shared projects.",
        ),
    ),
    _article(
        "diaspora-forum-investissement",
        "news",
        "2026-07-18",
        "marrakech",
        {
            "axes": [GOVERNANCE],
            "projects": ["diaspora-investissement-territoires"],
            "partners": ["fonds-alpin-developpement"],
            "regions": ["marrakech-safi"],
        },
        (
            "Un forum pour les porteurs de projets de la diaspora",
            "منتدى لحاملي مشاريع مغاربة العالم",
            "A forum for diaspora entrepreneurs",
        ),
        (
            "Des Marocains résidant à l’étranger ont rencontré les acteurs économiques de la "
            "région de Marrakech-Safi.",
            "التقى مغاربة مقيمون بالخارج بالفاعلين الاقتصاديين في جهة مراكش-آسفي.",
            "Moroccans living abroad met economic actors of the Marrakech-Safi region.",
        ),
        (
            "Une trentaine de projets ont été présentés, dans l’agriculture, le tourisme et "
            "le numérique.",
            "قُدم نحو ثلاثين مشروعًا في مجالات الفلاحة والسياحة والرقمنة.",
            "About thirty projects were presented, in agriculture, tourism and digital services.",
        ),
    ),
    _article(
        "recit-youssef-incubateur",
        "story",
        "2026-06-04",
        "oujda",
        {
            "axes": [YOUTH],
            "projects": ["incubateur-jeunes-oriental"],
            "partners": ["horizons-solidaires-oujda"],
            "regions": ["oriental"],
        },
        (
            "Youssef a choisi de créer son atelier à Oujda",
            "يوسف اختار إنشاء ورشته بوجدة",
            "Youssef chose to set up his workshop in Oujda",
        ),
        (
            "Accompagné par l’incubateur, un jeune menuisier a ouvert son entreprise plutôt "
            "que de partir. Un récit inventé pour la démonstration.",
            "بمواكبة من الحاضنة، افتتح نجار شاب مقاولته بدل الهجرة. قصة متخيلة لأغراض العرض.",
            "Supported by the incubator, a young carpenter opened his business rather than "
            "leave. A story invented for the demonstration.",
        ),
        (
            "Il emploie aujourd’hui deux apprentis et forme à son tour les jeunes du quartier.",
            "يشغل اليوم متدربين اثنين، ويكوّن بدوره شباب الحي.",
            "He now employs two apprentices and trains young people from the neighbourhood "
            "in turn.",
        ),
    ),
    _article(
        "campagne-information-mobilite-sure",
        "news",
        "2026-05-12",
        "agadir",
        {
            "axes": [YOUTH],
            "projects": ["information-mobilite-sure"],
            "partners": ["jeunes-batisseurs-agadir"],
            "regions": ["souss-massa"],
        },
        (
            "Campagne d’information sur la mobilité sûre dans le Souss-Massa",
            "حملة تحسيسية حول التنقل الآمن بجهة سوس-ماسة",
            "Information campaign on safe mobility in Souss-Massa",
        ),
        (
            "Des jeunes ambassadeurs ont parlé des voies régulières de migration dans douze "
            "lycées.",
            "تحدث سفراء شباب عن مسارات الهجرة النظامية في اثنتي عشرة ثانوية.",
            "Young ambassadors spoke about regular migration pathways in twelve secondary schools.",
        ),
        (
            "La campagne s’appuie sur des vidéos réalisées par les élèves eux-mêmes.",
            "تعتمد الحملة على مقاطع فيديو أنجزها التلاميذ أنفسهم.",
            "The campaign relies on videos made by the pupils themselves.",
        ),
    ),
    _article(
        "preparation-risques-oasis-exercice",
        "news",
        "2026-04-02",
        "errachidia",
        {
            "axes": [PROTECTION],
            "projects": ["preparation-risques-oasis"],
            "partners": ["oasis-vivantes-errachidia"],
            "regions": ["draa-tafilalet"],
        },
        (
            "Exercice de préparation aux inondations dans les oasis",
            "تمرين للاستعداد للفيضانات في الواحات",
            "Flood preparedness exercise in the oases",
        ),
        (
            "Les habitants de trois ksour ont simulé une évacuation avec les autorités locales.",
            "حاكى سكان ثلاثة قصور عملية إخلاء بتنسيق مع السلطات المحلية.",
            "Residents of three ksour rehearsed an evacuation with local authorities.",
        ),
        (
            "L’exercice a permis de tester les messages d’alerte et les points de rassemblement.",
            "مكن التمرين من اختبار رسائل الإنذار ونقاط التجمع.",
            "The exercise tested the alert messages and the assembly points.",
        ),
    ),
    _article(
        "recrutement-equitable-charte",
        "press-release",
        "2026-02-19",
        "rabat",
        {
            "axes": [GOVERNANCE],
            "projects": ["recrutement-equitable"],
            "partners": ["programme-onusien-mobilite-durable"],
            "regions": ["rabat-sale-kenitra"],
        },
        (
            "Une charte pour un recrutement équitable des travailleurs migrants",
            "ميثاق من أجل توظيف منصف للعمال المهاجرين",
            "A charter for the fair recruitment of migrant workers",
        ),
        (
            "Quinze agences de recrutement s’engagent à ne faire payer aucun frais aux candidats.",
            "تلتزم خمس عشرة وكالة توظيف بعدم تحميل المترشحين أي رسوم.",
            "Fifteen recruitment agencies commit to charging candidates no fees.",
        ),
        (
            "La charte prévoit aussi des contrats traduits dans la langue du travailleur.",
            "ينص الميثاق كذلك على عقود مترجمة إلى لغة العامل.",
            "The charter also provides for contracts translated into the worker’s language.",
        ),
    ),
    _article(
        "competences-vertes-remise-diplomes",
        "news",
        "2026-01-27",
        "errachidia",
        {
            "axes": [YOUTH],
            "projects": ["competences-vertes-oasis"],
            "partners": ["fonds-onusien-jeunesse-avenir"],
            "regions": ["draa-tafilalet"],
        },
        (
            "Soixante jeunes diplômés des métiers verts",
            "ستون شابًا يتخرجون في المهن الخضراء",
            "Sixty young people graduate in green trades",
        ),
        (
            "Irrigation économe, énergie solaire et recyclage : la première promotion a "
            "reçu ses certificats.",
            "الري المقتصد والطاقة الشمسية وإعادة التدوير: تسلم الفوج الأول شواهده.",
            "Water-saving irrigation, solar energy and recycling: the first class received "
            "its certificates.",
        ),
        (
            "La moitié des diplômés ont déjà trouvé un emploi ou un stage dans la région.",
            "وجد نصف الخريجين بالفعل عملًا أو تدريبًا في الجهة.",
            "Half of the graduates have already found a job or an internship in the region.",
        ),
    ),
    _article(
        "recit-fatima-mentorat",
        "story",
        "2025-12-10",
        "casablanca",
        {
            "axes": [YOUTH, GOVERNANCE],
            "projects": ["mentorat-diaspora-jeunes"],
            "partners": ["pont-des-deux-rives"],
            "regions": ["casablanca-settat"],
        },
        (
            "Fatima, mentore depuis Lyon pour une étudiante de Casablanca",
            "فاطمة، مرشدة من ليون لطالبة من الدار البيضاء",
            "Fatima, a mentor in Lyon for a student in Casablanca",
        ),
        (
            "Une ingénieure de la diaspora raconte une année d’échanges en ligne. Récit "
            "inventé pour la démonstration.",
            "تحكي مهندسة من مغاربة العالم عن سنة من اللقاءات عن بعد. قصة متخيلة لأغراض العرض.",
            "An engineer from the diaspora describes a year of online exchanges. A story "
            "invented for the demonstration.",
        ),
        (
            "Elles se parlent chaque quinzaine, du choix d’un stage à la préparation d’un "
            "entretien.",
            "تتحدثان كل خمسة عشر يومًا، من اختيار تدريب إلى التحضير لمقابلة.",
            "They talk every fortnight, from choosing an internship to preparing for an interview.",
        ),
    ),
    _article(
        "journee-internationale-migrants-2025",
        "press-release",
        "2025-12-18",
        "rabat",
        {"axes": [PROTECTION, GOVERNANCE, YOUTH], "regions": ["rabat-sale-kenitra"]},
        (
            "Journée internationale des migrants : la mission ouvre ses portes",
            "اليوم الدولي للمهاجرين: البعثة تفتح أبوابها",
            "International Migrants Day: the mission opens its doors",
        ),
        (
            "Expositions, débats et concerts ont réuni partenaires et habitants à Rabat.",
            "جمعت معارض ونقاشات وحفلات موسيقية الشركاء والسكان بالرباط.",
            "Exhibitions, debates and concerts brought partners and residents together in Rabat.",
        ),
        (
            "La journée a rappelé l’apport des personnes migrantes à la vie du pays.",
            "ذكّر هذا اليوم بإسهام الأشخاص المهاجرين في حياة البلد.",
            "The day recalled the contribution of migrants to the life of the country.",
        ),
        featured=True,
    ),
    _article(
        "cohesion-sociale-fes-festival",
        "news",
        "2025-11-05",
        "fes",
        {
            "axes": [PROTECTION],
            "projects": ["cohesion-sociale-fes"],
            "partners": ["voix-migrantes-fes"],
            "regions": ["fes-meknes"],
        },
        (
            "Un festival de quartier pour la cohésion sociale à Fès",
            "مهرجان حي من أجل التماسك الاجتماعي بفاس",
            "A neighbourhood festival for social cohesion in Fez",
        ),
        (
            "Cuisine, musique et sport ont rassemblé familles marocaines et migrantes.",
            "جمع الطبخ والموسيقى والرياضة أسرًا مغربية ومهاجرة.",
            "Food, music and sport brought Moroccan and migrant families together.",
        ),
        (
            "Le festival a été préparé pendant trois mois par un comité d’habitants.",
            "أعدت لجنة من السكان المهرجان على مدى ثلاثة أشهر.",
            "A residents’ committee prepared the festival over three months.",
        ),
    ),
    _article(
        "formation-administrations-locales-bilan",
        "press-release",
        "2025-10-14",
        "marrakech",
        {
            "axes": [GOVERNANCE],
            "projects": ["formation-administrations-locales"],
            "partners": ["commission-parcours-migratoires"],
            "regions": ["marrakech-safi", "souss-massa"],
        },
        (
            "Trois cents agents territoriaux formés à l’accueil des personnes migrantes",
            "تكوين ثلاثمائة موظف ترابي في استقبال الأشخاص المهاجرين",
            "Three hundred local officials trained to serve migrants",
        ),
        (
            "Le bilan de la formation montre des démarches plus rapides dans les communes "
            "participantes.",
            "تُظهر حصيلة التكوين تسريعًا للإجراءات في الجماعات المشاركة.",
            "The training review shows quicker procedures in the participating municipalities.",
        ),
        (
            "Un guide pratique a été remis à chaque service d’état civil.",
            "سُلم دليل عملي لكل مصلحة للحالة المدنية.",
            "A practical guide was handed to every civil registry office.",
        ),
    ),
    _article(
        "mobilite-climatique-etude",
        "news",
        "2025-09-23",
        "laayoune",
        {
            "axes": [GOVERNANCE],
            "projects": ["mobilite-climatique-planification"],
            "partners": ["institut-citoyen-mobilites"],
            "regions": ["laayoune-sakia-el-hamra", "guelmim-oued-noun"],
        },
        (
            "Climat et mobilités : une étude dans les provinces du Sud",
            "المناخ والتنقلات: دراسة في الأقاليم الجنوبية",
            "Climate and mobility: a study in the southern provinces",
        ),
        (
            "Enquêteurs et élus ont recueilli les témoignages de familles touchées par la "
            "sécheresse.",
            "جمع باحثون ومنتخبون شهادات أسر تضررت من الجفاف.",
            "Researchers and local councillors gathered accounts from families hit by drought.",
        ),
        (
            "Les résultats alimenteront les plans locaux d’adaptation.",
            "ستغني النتائج مخططات التكيف المحلية.",
            "The findings will feed into local adaptation plans.",
        ),
    ),
    _article(
        "recit-grace-accueil",
        "story",
        "2025-08-20",
        "oujda",
        {
            "axes": [PROTECTION],
            "projects": ["accueil-orientation-oujda"],
            "partners": ["horizons-solidaires-oujda"],
            "regions": ["oriental"],
        },
        (
            "Grace, bénévole après avoir été accueillie",
            "غرايس، متطوعة بعد أن كانت مستفيدة من الاستقبال",
            "Grace, a volunteer after being welcomed herself",
        ),
        (
            "Une mère de famille accueillie à Oujda aide désormais les nouvelles arrivantes. "
            "Récit inventé pour la démonstration.",
            "أم استُقبلت بوجدة تساعد اليوم الوافدات الجديدات. قصة متخيلة لأغراض العرض.",
            "A mother welcomed in Oujda now helps newly arrived women. A story invented for "
            "the demonstration.",
        ),
        (
            "Elle traduit, accompagne aux rendez-vous médicaux et rassure par sa présence.",
            "تترجم وترافق إلى المواعيد الطبية وتبعث الطمأنينة بحضورها.",
            "She interprets, goes along to medical appointments and reassures by being there.",
        ),
    ),
    _article(
        "visite-delegation-nordique",
        "news",
        "2025-06-11",
        "tanger",
        {
            "axes": [PROTECTION],
            "projects": ["victimes-traite-nord"],
            "partners": ["agence-nordique-cooperation"],
            "regions": ["tanger-tetouan-al-hoceima"],
        },
        (
            "Visite d’une délégation de donateurs dans le Nord",
            "زيارة وفد من المانحين إلى الشمال",
            "Donor delegation visits the North",
        ),
        (
            "Les donateurs ont rencontré les équipes qui accompagnent les victimes de la traite.",
            "التقى المانحون بالفرق التي تواكب ضحايا الاتجار بالبشر.",
            "The donors met the teams that support victims of trafficking.",
        ),
        (
            "La visite a porté sur les besoins en hébergement d’urgence.",
            "ركزت الزيارة على الحاجيات في مجال الإيواء الاستعجالي.",
            "The visit focused on emergency shelter needs.",
        ),
    ),
    _article(
        "sante-mentale-guide",
        "press-release",
        "2025-05-06",
        "casablanca",
        {
            "axes": [PROTECTION],
            "projects": ["sante-psychosocial-casablanca"],
            "partners": ["bureau-onusien-resilience"],
            "regions": ["casablanca-settat"],
        },
        (
            "Un guide de soutien psychosocial pour les intervenants",
            "دليل للدعم النفسي والاجتماعي لفائدة المتدخلين",
            "A psychosocial support guide for frontline workers",
        ),
        (
            "Le guide, en arabe et en français, aide à repérer la détresse et à orienter.",
            "يساعد الدليل، باللغتين العربية والفرنسية، على رصد الضيق النفسي والتوجيه.",
            "The guide, in Arabic and French, helps to recognise distress and to refer people.",
        ),
        (
            "Il a été rédigé avec des psychologues et des associations de migrants.",
            "تمت صياغته بمشاركة أخصائيين نفسانيين وجمعيات للمهاجرين.",
            "It was written with psychologists and migrant associations.",
        ),
    ),
    _article(
        "jeunes-batisseurs-chantier",
        "news",
        "2025-04-15",
        "agadir",
        {
            "axes": [YOUTH],
            "projects": ["information-mobilite-sure"],
            "partners": ["jeunes-batisseurs-agadir"],
            "regions": ["souss-massa"],
        },
        (
            "Un chantier solidaire réunit les jeunes d’Agadir",
            "ورش تضامني يجمع شباب أكادير",
            "A volunteer work camp brings Agadir’s young people together",
        ),
        (
            "Pendant une semaine, cinquante jeunes ont rénové une école de quartier.",
            "رمم خمسون شابًا مدرسة حي على مدى أسبوع.",
            "For a week, fifty young people renovated a neighbourhood school.",
        ),
        (
            "Le chantier a aussi été l’occasion d’ateliers sur l’orientation professionnelle.",
            "شكل الورش أيضًا مناسبة لتنظيم ورشات حول التوجيه المهني.",
            "The camp also included workshops on career guidance.",
        ),
    ),
    _article(
        "recit-karim-retour",
        "story",
        "2025-03-03",
        "fes",
        {
            "axes": [GOVERNANCE],
            "projects": ["diaspora-investissement-territoires"],
            "partners": ["racines-et-routes"],
            "regions": ["fes-meknes"],
        },
        (
            "Karim, revenu d’Europe pour ouvrir une fromagerie",
            "كريم، عاد من أوروبا لافتتاح معمل للأجبان",
            "Karim came back from Europe to open a cheese dairy",
        ),
        (
            "Après quinze ans à l’étranger, il investit dans son village natal. Récit inventé "
            "pour la démonstration.",
            "بعد خمسة عشر عامًا في الخارج، يستثمر في قريته الأصلية. قصة متخيلة لأغراض العرض.",
            "After fifteen years abroad, he invests in his home village. A story invented for "
            "the demonstration.",
        ),
        (
            "Sa coopérative achète le lait de trente éleveurs de la région.",
            "تشتري تعاونيته الحليب من ثلاثين مربيًا في المنطقة.",
            "His cooperative buys milk from thirty farmers in the area.",
        ),
    ),
    _article(
        "gouvernance-migration-dialogue-regional",
        "press-release",
        "2025-02-11",
        "rabat",
        {
            "axes": [GOVERNANCE],
            "partners": ["commission-parcours-migratoires", "programme-iberique-mobilite"],
            "regions": ["rabat-sale-kenitra"],
        },
        (
            "Dialogue régional sur la gouvernance des migrations",
            "حوار جهوي حول حكامة الهجرة",
            "Regional dialogue on migration governance",
        ),
        (
            "Des représentants de six pays ont comparé leurs politiques d’intégration.",
            "قارن ممثلو ستة بلدان سياساتهم في مجال الإدماج.",
            "Representatives of six countries compared their integration policies.",
        ),
        (
            "Les conclusions du dialogue seront publiées au printemps.",
            "ستُنشر خلاصات الحوار في فصل الربيع.",
            "The conclusions of the dialogue will be published in the spring.",
        ),
    ),
    _article(
        "incubateur-jeunes-appel",
        "news",
        "2025-01-20",
        "oujda",
        {
            "axes": [YOUTH],
            "projects": ["incubateur-jeunes-oriental"],
            "partners": ["delegation-insertion-jeunes"],
            "regions": ["oriental"],
        },
        (
            "L’incubateur de l’Oriental lance son deuxième appel à projets",
            "حاضنة جهة الشرق تطلق طلب المشاريع الثاني",
            "The Oriental incubator opens its second call for projects",
        ),
        (
            "Les jeunes de 18 à 30 ans peuvent proposer leur idée d’entreprise jusqu’en mars.",
            "يمكن للشباب بين 18 و30 سنة تقديم أفكار مقاولاتهم إلى غاية شهر مارس.",
            "Young people aged 18 to 30 can submit their business idea until March.",
        ),
        (
            "Vingt projets seront accompagnés pendant un an.",
            "ستتم مواكبة عشرين مشروعًا لمدة سنة.",
            "Twenty projects will be supported for a year.",
        ),
    ),
    _article(
        "traite-journee-mondiale-2024",
        "press-release",
        "2024-07-30",
        "tanger",
        {
            "axes": [PROTECTION],
            "projects": ["victimes-traite-nord"],
            "partners": ["rive-des-femmes-tanger", "bureau-onusien-resilience"],
            "regions": ["tanger-tetouan-al-hoceima"],
        },
        (
            "Journée mondiale contre la traite : un numéro d’écoute renforcé",
            "اليوم العالمي لمناهضة الاتجار بالبشر: تعزيز خط الإنصات",
            "World Day against Trafficking: a stronger helpline",
        ),
        (
            "La ligne d’écoute des associations partenaires sera ouverte sept jours sur sept.",
            "سيُفتح خط الإنصات التابع للجمعيات الشريكة طيلة أيام الأسبوع.",
            "The partner associations’ helpline will be open seven days a week.",
        ),
        (
            "Des écoutants supplémentaires ont été formés à l’identification des victimes.",
            "تم تكوين منصتين إضافيين في مجال تحديد هوية الضحايا.",
            "Additional helpline staff were trained in identifying victims.",
        ),
    ),
    _article(
        "recit-mariam-clubs",
        "story",
        "2024-11-26",
        "fes",
        {
            "axes": [YOUTH],
            "projects": ["clubs-dialogue-jeunes"],
            "partners": ["voix-migrantes-fes"],
            "regions": ["fes-meknes"],
        },
        (
            "Mariam a trouvé sa voix au club de débat",
            "مريم وجدت صوتها في نادي المناظرة",
            "Mariam found her voice at the debate club",
        ),
        (
            "Timide à son arrivée, une lycéenne anime désormais les débats de son club. "
            "Récit inventé pour la démonstration.",
            "كانت تلميذة خجولة عند وصولها، وأصبحت اليوم تنشط مناظرات ناديها. قصة متخيلة "
            "لأغراض العرض.",
            "Shy when she arrived, a secondary school pupil now leads her club’s debates. A "
            "story invented for the demonstration.",
        ),
        (
            "Elle prépare un concours national d’éloquence avec deux camarades.",
            "تستعد لمسابقة وطنية في فن الخطابة رفقة زميلين.",
            "She is preparing for a national public speaking contest with two classmates.",
        ),
    ),
    _article(
        "accueil-oujda-ouverture",
        "press-release",
        "2024-04-10",
        "oujda",
        {
            "axes": [PROTECTION],
            "projects": ["accueil-orientation-oujda"],
            "partners": ["agence-nordique-cooperation", "horizons-solidaires-oujda"],
            "regions": ["oriental"],
        },
        (
            "Ouverture de deux espaces d’accueil à Oujda",
            "افتتاح فضاءين للاستقبال بوجدة",
            "Two reception spaces open in Oujda",
        ),
        (
            "Les personnes migrantes vulnérables y trouveront écoute, assistance et orientation.",
            "سيجد فيهما الأشخاص المهاجرون في وضعية هشاشة الإنصات والمساعدة والتوجيه.",
            "Vulnerable migrants will find a listening ear, assistance and referral there.",
        ),
        (
            "Les espaces sont ouverts du lundi au vendredi, avec une permanence médicale.",
            "الفضاءان مفتوحان من الاثنين إلى الجمعة، مع مداومة طبية.",
            "The spaces are open Monday to Friday, with a medical service.",
        ),
    ),
    _article(
        "donnees-mobilite-lancement",
        "news",
        "2024-06-18",
        "rabat",
        {
            "axes": [GOVERNANCE],
            "projects": ["donnees-mobilite-regionales"],
            "partners": ["institut-citoyen-mobilites"],
            "regions": ["rabat-sale-kenitra"],
        },
        (
            "Lancement d’un projet sur les données de mobilité",
            "إطلاق مشروع حول معطيات التنقل",
            "A project on mobility data starts",
        ),
        (
            "Statisticiens et associations ont défini ensemble les premiers indicateurs.",
            "حدد الإحصائيون والجمعيات معًا المؤشرات الأولى.",
            "Statisticians and associations defined the first indicators together.",
        ),
        (
            "Le projet respecte les règles de protection des données personnelles.",
            "يحترم المشروع قواعد حماية المعطيات الشخصية.",
            "The project follows the rules on personal data protection.",
        ),
    ),
    _article(
        "oasis-vivantes-reboisement",
        "news",
        "2024-03-21",
        "errachidia",
        {
            "axes": [PROTECTION, YOUTH],
            "projects": ["preparation-risques-oasis", "competences-vertes-oasis"],
            "partners": ["oasis-vivantes-errachidia"],
            "regions": ["draa-tafilalet"],
        },
        (
            "Mille palmiers plantés par les jeunes des oasis",
            "شباب الواحات يغرسون ألف نخلة",
            "Young people of the oases plant a thousand palm trees",
        ),
        (
            "La Journée internationale des forêts a mobilisé écoles et associations.",
            "حشد اليوم الدولي للغابات المدارس والجمعيات.",
            "The International Day of Forests brought schools and associations together.",
        ),
        (
            "Les plants protègeront les cultures contre l’ensablement.",
            "ستحمي الشتلات المزروعات من زحف الرمال.",
            "The saplings will protect the crops from encroaching sand.",
        ),
    ),
    _article(
        "recit-ibrahima-formation",
        "story",
        "2024-09-12",
        "agadir",
        {
            "axes": [YOUTH],
            "projects": ["information-mobilite-sure"],
            "partners": ["jeunes-batisseurs-agadir"],
            "regions": ["souss-massa"],
        },
        (
            "Ibrahima, électricien et ambassadeur de la mobilité sûre",
            "إبراهيما، كهربائي وسفير للتنقل الآمن",
            "Ibrahima, electrician and safe mobility ambassador",
        ),
        (
            "Formé à Agadir, il parle aux jeunes des risques des routes irrégulières. Récit "
            "inventé pour la démonstration.",
            "تلقى تكوينه بأكادير، ويحدث الشباب عن مخاطر الطرق غير النظامية. قصة متخيلة "
            "لأغراض العرض.",
            "Trained in Agadir, he talks to young people about the risks of irregular routes. "
            "A story invented for the demonstration.",
        ),
        (
            "Son message : s’informer avant de partir, et connaître les voies régulières.",
            "رسالته: الاستعلام قبل الرحيل، ومعرفة المسارات النظامية.",
            "His message: find out before leaving, and know the regular pathways.",
        ),
    ),
    _article(
        "partenariat-fonds-jeunesse",
        "press-release",
        "2024-01-29",
        "rabat",
        {
            "axes": [YOUTH],
            "partners": ["fonds-onusien-jeunesse-avenir", "delegation-insertion-jeunes"],
            "regions": ["rabat-sale-kenitra", "oriental"],
        },
        (
            "Un nouveau partenariat pour l’emploi des jeunes",
            "شراكة جديدة من أجل تشغيل الشباب",
            "A new partnership for youth employment",
        ),
        (
            "La mission et un fonds des Nations unies unissent leurs efforts sur trois ans.",
            "توحد البعثة وصندوق تابع للأمم المتحدة جهودهما على مدى ثلاث سنوات.",
            "The mission and a United Nations fund join forces for three years.",
        ),
        (
            "Le partenariat cible en priorité les jeunes sans diplôme.",
            "تستهدف الشراكة بالأساس الشباب غير الحاصلين على شهادات.",
            "The partnership targets young people without qualifications first.",
        ),
    ),
    _article(
        "laayoune-atelier-autorites",
        "news",
        "2024-10-08",
        "laayoune",
        {
            "axes": [GOVERNANCE],
            "projects": ["formation-administrations-locales"],
            "regions": ["laayoune-sakia-el-hamra"],
        },
        (
            "Atelier à Laâyoune sur l’accès des migrants aux services",
            "ورشة بالعيون حول ولوج المهاجرين إلى الخدمات",
            "Workshop in Laayoune on migrants’ access to services",
        ),
        (
            "Agents de santé, d’éducation et d’état civil ont travaillé sur des cas concrets.",
            "اشتغل أطر الصحة والتعليم والحالة المدنية على حالات ملموسة.",
            "Health, education and civil registry staff worked on practical cases.",
        ),
        (
            "L’atelier s’est conclu par une feuille de route locale.",
            "اختُتمت الورشة بخارطة طريق محلية.",
            "The workshop closed with a local roadmap.",
        ),
    ),
]
