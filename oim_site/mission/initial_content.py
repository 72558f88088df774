"""Initial site content in French, Arabic and English: mission profile, axes, themes, regions."""

PROFILE = {
    "name": {
        "fr": "Mission OIM Maroc",
        "ar": "بعثة المنظمة الدولية للهجرة في المغرب",
        "en": "IOM Morocco Mission",
    },
    "lead": {
        "fr": (
            "Installée à Rabat depuis 2007, la Mission OIM Maroc accompagne le Royaume dans la "
            "gestion d’une migration aux multiples visages, en lien étroit avec les institutions "
            "nationales, la société civile, les agences des Nations unies et les migrants "
            "eux-mêmes."
        ),
        "ar": (
            "تعمل بعثة المنظمة الدولية للهجرة في المغرب، منذ افتتاحها بالرباط سنة 2007، على مواكبة "
            "المملكة في تدبير الهجرة بمختلف أوجهها، بتنسيق وثيق مع المؤسسات الوطنية والمجتمع "
            "المدني ووكالات الأمم المتحدة والمهاجرين أنفسهم."
        ),
        "en": (
            "Based in Rabat since 2007, the IOM Morocco Mission supports the Kingdom in managing "
            "migration in all its forms, working closely with national institutions, civil "
            "society, United Nations agencies and migrants themselves."
        ),
    },
    "context": {
        "fr": (
            "Le Maroc occupe une place singulière sur les routes migratoires. On le quitte, on le "
            "traverse et l’on s’y installe, ce qui en fait tout à la fois un pays de départ, de "
            "transit et de destination. Dans un environnement national et international en "
            "constante évolution, cette triple position rend la situation migratoire du pays "
            "particulièrement complexe."
            "\n\n"
            "Y répondre demande une politique d’ensemble, attentive à toutes les facettes du "
            "phénomène, qu’il s’agisse de migration économique, des mouvements de réfugiés et de "
            "demandeurs d’asile, de migration irrégulière, de traite des personnes, de migration "
            "interne ou encore de migration liée à l’environnement."
        ),
        "ar": (
            "يحتل المغرب موقعا متميزا على مسارات الهجرة، فهو في الوقت ذاته بلد انطلاق وبلد عبور "
            "وبلد استقرار. وفي ظل سياق وطني ودولي دائم التحول، يزيد هذا الموقع الثلاثي من تعقيد "
            "واقع الهجرة في المملكة."
            "\n\n"
            "ويتطلب التعامل مع هذا الواقع سياسة شاملة تراعي مختلف أبعاد الظاهرة، سواء تعلق الأمر "
            "بالهجرة الاقتصادية، أو بتنقلات اللاجئين وطالبي اللجوء، أو بالهجرة غير النظامية، أو "
            "بالاتجار بالبشر، أو بالهجرة الداخلية، أو بالهجرة المرتبطة بالبيئة."
        ),
        "en": (
            "Morocco holds a distinctive place on migration routes. People leave it, cross it and "
            "settle in it, which makes it at once a country of departure, transit and destination. "
            "Against a national and international backdrop that keeps changing, this threefold "
            "position makes the country’s migration situation particularly complex."
            "\n\n"
            "Responding to it calls for a comprehensive policy that takes every facet of migration "
            "into account, whether economic migration, movements of refugees and asylum seekers, "
            "irregular migration, trafficking in persons, internal migration or migration driven "
            "by the environment."
        ),
    },
    "diaspora": {
        "fr": (
            "Plus de cinq millions de Marocains vivent aujourd’hui hors du pays, pour la plupart "
            "en Europe, dans les pays du Golfe et aux États-Unis. Ces communautés gardent avec le "
            "Maroc des attaches sociales, culturelles et économiques très fortes. Consolider le "
            "lien entre migration et développement permet d’accroître les bénéfices de la mobilité "
            "pour les pays d’origine, de transit et d’accueil."
        ),
        "ar": (
            "يعيش اليوم أكثر من خمسة ملايين مغربي خارج أرض الوطن، يقيم معظمهم في أوروبا ودول "
            "الخليج والولايات المتحدة الأمريكية. وتحافظ هذه الجاليات على روابط اجتماعية وثقافية "
            "واقتصادية متينة مع المغرب. ومن شأن توطيد الصلة بين الهجرة والتنمية أن يضاعف المنافع "
            "التي تعود بها الهجرة على بلدان الأصل والعبور والاستقبال."
        ),
        "en": (
            "More than five million Moroccans live abroad today, most of them in Europe, the Gulf "
            "countries and the United States. These communities keep very strong social, cultural "
            "and economic ties with Morocco. Strengthening the link between migration and "
            "development helps countries of origin, transit and destination gain more from "
            "mobility."
        ),
    },
    "approach": {
        "fr": (
            "Par sa nature même, la question migratoire appelle une réponse multisectorielle. Le "
            "contexte marocain se prête à une action conjointe et complémentaire, qui repose sur "
            "une coopération étroite entre le gouvernement, la société civile, les agences des "
            "Nations unies et les migrants."
            "\n\n"
            "La Mission OIM Maroc travaille ainsi avec les autorités marocaines, les partenaires "
            "gouvernementaux internationaux, les agences onusiennes, les organisations de la "
            "société civile et les associations locales pour concevoir des projets adaptés au "
            "contexte national. Son action s’articule autour de trois axes thématiques, à savoir "
            "la protection et la résilience, puis la migration, la gouvernance et le "
            "développement, et enfin l’appui à la jeunesse."
        ),
        "ar": (
            "تستدعي قضية الهجرة، بحكم طبيعتها، استجابة متعددة القطاعات. ويوفر السياق المغربي أرضية "
            "ملائمة لمعالجة مشتركة ومتكاملة لهذه القضية، تقوم على تعاون وثيق بين الحكومة والمجتمع "
            "المدني ووكالات الأمم المتحدة والمهاجرين."
            "\n\n"
            "وفي هذا الإطار، تعمل بعثة المنظمة الدولية للهجرة في المغرب جنبا إلى جنب مع السلطات "
            "الحكومية المغربية والشركاء الحكوميين الدوليين ووكالات الأمم المتحدة ومنظمات المجتمع "
            "المدني والجمعيات المحلية، من أجل بلورة مشاريع تستجيب لخصوصيات السياق الوطني. ويتمحور "
            "عملها حول ثلاثة محاور موضوعاتية: الحماية والقدرة على الصمود؛ والهجرة والحكامة "
            "والتنمية؛ ودعم الشباب."
        ),
        "en": (
            "By its very nature, migration calls for a multisectoral response. The Moroccan "
            "context lends itself to joint and complementary action, built on close cooperation "
            "between the government, civil society, United Nations agencies and migrants."
            "\n\n"
            "The IOM Morocco Mission therefore works with the Moroccan authorities, international "
            "government partners, UN agencies, civil society organisations and local associations "
            "to design projects suited to the national context. Its work is organised around three "
            "thematic axes: protection and resilience; migration, governance and development; and "
            "youth support."
        ),
    },
    "address": {"fr": "Rabat, Maroc", "ar": "الرباط، المغرب", "en": "Rabat, Morocco"},
    "email": "",
    "phone": "",
}

KEY_FIGURES = [
    {
        "value": {"fr": "5 M+", "ar": "أكثر من 5 ملايين", "en": "5M+"},
        "label": {
            "fr": (
                "Marocains établis à l’étranger, principalement en Europe, dans les pays du Golfe "
                "et aux États-Unis"
            ),
            "ar": "مغاربة مقيمون بالخارج، أساسا في أوروبا ودول الخليج والولايات المتحدة الأمريكية",
            "en": (
                "Moroccans living abroad, mainly in Europe, the Gulf countries and the United "
                "States"
            ),
        },
    },
    {
        "value": {"fr": "1998", "ar": "1998", "en": "1998"},
        "label": {
            "fr": "Année de l’adhésion du Maroc à l’OIM en tant qu’État membre",
            "ar": "سنة انضمام المغرب إلى المنظمة الدولية للهجرة دولة عضوا",
            "en": "Year Morocco became a member state of IOM",
        },
    },
    {
        "value": {"fr": "2007", "ar": "2007", "en": "2007"},
        "label": {
            "fr": "Ouverture de la mission de l’OIM à Rabat",
            "ar": "افتتاح بعثة المنظمة الدولية للهجرة في الرباط",
            "en": "IOM opens its mission in Rabat",
        },
    },
    {
        "value": {"fr": "3", "ar": "3", "en": "3"},
        "label": {
            "fr": "Axes thématiques qui structurent l’action de la mission",
            "ar": "محاور موضوعاتية تؤطر عمل البعثة",
            "en": "Thematic axes that shape the mission’s work",
        },
    },
]

MILESTONES = [
    {
        "date": {"fr": "1998", "ar": "1998", "en": "1998"},
        "text": {
            "fr": "Le Maroc adhère à l’Organisation internationale pour les migrations (OIM).",
            "ar": "المغرب ينضم إلى المنظمة الدولية للهجرة ويصبح دولة عضوا فيها.",
            "en": "Morocco joins the International Organization for Migration (IOM).",
        },
    },
    {
        "date": {"fr": "juillet 2006", "ar": "يوليوز 2006", "en": "July 2006"},
        "text": {
            "fr": "L’accord de siège conclu entre le Royaume du Maroc et l’OIM entre en vigueur.",
            "ar": (
                "دخول اتفاق المقر المبرم بين المملكة المغربية والمنظمة الدولية للهجرة حيز التنفيذ."
            ),
            "en": (
                "The headquarters agreement between the Kingdom of Morocco and IOM enters into "
                "force."
            ),
        },
    },
    {
        "date": {"fr": "2007", "ar": "2007", "en": "2007"},
        "text": {
            "fr": "Dans le prolongement de cet accord, l’OIM ouvre sa mission à Rabat.",
            "ar": "في أعقاب هذا الاتفاق، تفتتح المنظمة الدولية للهجرة بعثتها في الرباط.",
            "en": "Following this agreement, IOM opens its mission in Rabat.",
        },
    },
]

AXES = [
    {
        "slug": "protection-resilience",
        "icon": "shield",
        "title": {
            "fr": "Protection et résilience",
            "ar": "الحماية والقدرة على الصمود",
            "en": "Protection and resilience",
        },
        "summary": {
            "fr": (
                "Cet axe vise à ce que les migrants en situation de vulnérabilité puissent "
                "bénéficier d’une assistance adaptée, et à renforcer leur capacité, comme celle "
                "des communautés qui les accueillent, à surmonter les difficultés."
            ),
            "ar": (
                "يسعى هذا المحور إلى تمكين المهاجرين في وضعية هشاشة من الاستفادة من مساعدة ملائمة، "
                "وإلى تعزيز قدرتهم، وقدرة المجتمعات المستقبلة لهم، على تجاوز الصعوبات."
            ),
            "en": (
                "This axis seeks to ensure that migrants in vulnerable situations can receive "
                "suitable assistance, and to strengthen their ability, and that of the communities "
                "hosting them, to overcome hardship."
            ),
        },
        "body": {
            "fr": (
                "Au fil de leur parcours, les personnes en mobilité peuvent être exposées à des "
                "risques de nature très diverse. Cet axe rassemble les actions qui répondent à ces "
                "besoins, comme l’orientation et l’assistance directe, le soutien psychosocial ou "
                "l’accès aux services essentiels, avec une attention particulière portée aux "
                "victimes de la traite et aux enfants non accompagnés."
                "\n\n"
                "La résilience est envisagée sous l’angle de l’autonomie et de la cohésion "
                "sociale. Il s’agit d’aider les personnes à se projeter à nouveau dans l’avenir et "
                "de soutenir les communautés d’accueil, en coordination avec les institutions "
                "nationales et la société civile, dans le respect des droits et de la dignité de "
                "chacun."
            ),
            "ar": (
                "قد يتعرض الأشخاص المتنقلون، خلال مسار هجرتهم، لمخاطر متعددة ومتنوعة. ويجمع هذا "
                "المحور الأنشطة التي تستجيب لهذه الاحتياجات، مثل التوجيه والمساعدة المباشرة والدعم "
                "النفسي والاجتماعي وتيسير الولوج إلى الخدمات الأساسية، مع إيلاء عناية خاصة لضحايا "
                "الاتجار بالبشر والأطفال غير المصحوبين."
                "\n\n"
                "أما القدرة على الصمود فيُنظر إليها من زاوية الاستقلالية والتماسك الاجتماعي، إذ "
                "يتعلق الأمر بمساعدة الأشخاص على استعادة آفاقهم المستقبلية ودعم المجتمعات "
                "المستقبلة، بتنسيق مع المؤسسات الوطنية والمجتمع المدني، وفي ظل احترام حقوق الجميع "
                "وكرامتهم."
            ),
            "en": (
                "Along their journey, people on the move may face a wide range of risks. This axis "
                "brings together activities that respond to these needs, such as guidance and "
                "direct assistance, psychosocial support and access to essential services, with "
                "particular attention to victims of trafficking and unaccompanied children."
                "\n\n"
                "Resilience is approached in terms of self-reliance and social cohesion. The aim "
                "is to help people look to the future again and to support host communities, in "
                "coordination with national institutions and civil society, while respecting "
                "everyone’s rights and dignity."
            ),
        },
    },
    {
        "slug": "migration-gouvernance-developpement",
        "icon": "compass",
        "title": {
            "fr": "Migration, gouvernance et développement",
            "ar": "الهجرة والحكامة والتنمية",
            "en": "Migration, governance and development",
        },
        "summary": {
            "fr": (
                "Cet axe appuie le renforcement des politiques et des capacités publiques en "
                "matière de migration et cherche à tirer pleinement parti du lien entre migration "
                "et développement."
            ),
            "ar": (
                "يدعم هذا المحور تعزيز السياسات العمومية والقدرات المؤسساتية في مجال الهجرة، ويسعى "
                "إلى استثمار الصلة بين الهجرة والتنمية على أفضل وجه."
            ),
            "en": (
                "This axis supports stronger public policies and capacities on migration and seeks "
                "to make the most of the link between migration and development."
            ),
        },
        "body": {
            "fr": (
                "Une migration bien gérée et respectueuse des droits suppose des politiques "
                "cohérentes, des données fiables et des institutions bien outillées. Cet axe "
                "couvre notamment l’appui technique aux autorités, la formation des acteurs "
                "publics, la coordination entre administrations et le dialogue avec les "
                "partenaires internationaux."
                "\n\n"
                "Il porte aussi sur la contribution des migrants, et en particulier de la diaspora "
                "marocaine, au développement économique et social. Cela peut passer par "
                "l’encouragement de l’investissement et du partage de compétences, ou par la prise "
                "en compte de la mobilité dans la planification des territoires."
            ),
            "ar": (
                "تقتضي الهجرة المحكمة التدبير والمحترمة للحقوق سياسات منسجمة ومعطيات موثوقة "
                "ومؤسسات تتوفر على الأدوات اللازمة. ويشمل هذا المحور على وجه الخصوص الدعم التقني "
                "للسلطات، وتكوين الفاعلين العموميين، والتنسيق بين الإدارات، والحوار مع الشركاء "
                "الدوليين."
                "\n\n"
                "كما يهتم بمساهمة المهاجرين، ولا سيما مغاربة العالم، في التنمية الاقتصادية "
                "والاجتماعية، وذلك من خلال تشجيع الاستثمار وتقاسم الكفاءات، أو من خلال إدماج بعد "
                "التنقل في تخطيط المجالات الترابية."
            ),
            "en": (
                "Well-managed, rights-based migration depends on coherent policies, reliable data "
                "and well-equipped institutions. This axis covers, among other things, technical "
                "support to the authorities, training for public officials, coordination between "
                "administrations and dialogue with international partners."
                "\n\n"
                "It also looks at the contribution of migrants, and of the Moroccan diaspora in "
                "particular, to economic and social development. This can mean encouraging "
                "investment and the sharing of skills, or taking mobility into account in "
                "territorial planning."
            ),
        },
    },
    {
        "slug": "appui-jeunesse",
        "icon": "sprout",
        "title": {"fr": "Appui à la jeunesse", "ar": "دعم الشباب", "en": "Youth support"},
        "summary": {
            "fr": (
                "Cet axe s’adresse aux jeunes, marocains comme migrants, pour élargir leurs "
                "perspectives et les aider à faire des choix de mobilité éclairés et sûrs."
            ),
            "ar": (
                "يتوجه هذا المحور إلى الشباب، مغاربة ومهاجرين، من أجل توسيع آفاقهم ومساعدتهم على "
                "اتخاذ قرارات واعية وآمنة بشأن التنقل."
            ),
            "en": (
                "This axis is aimed at young people, both Moroccan and migrant, to broaden their "
                "prospects and help them make informed and safe choices about mobility."
            ),
        },
        "body": {
            "fr": (
                "Les jeunes occupent une place centrale dans les dynamiques migratoires. Cet axe "
                "regroupe des actions d’information, de formation et d’accompagnement vers "
                "l’emploi ou l’entrepreneuriat, afin d’ouvrir davantage d’opportunités là où ils "
                "vivent."
                "\n\n"
                "Il favorise aussi l’engagement des jeunes dans la vie de leur communauté et les "
                "échanges entre jeunes Marocains et jeunes migrants, en lien avec les "
                "établissements éducatifs, le tissu associatif et les collectivités."
            ),
            "ar": (
                "يحتل الشباب مكانة محورية في ديناميات الهجرة. ويضم هذا المحور أنشطة للإعلام "
                "والتكوين والمواكبة نحو الشغل أو المقاولة، بهدف إتاحة مزيد من الفرص في الأماكن "
                "التي يعيشون فيها."
                "\n\n"
                "كما يشجع انخراط الشباب في حياة مجتمعاتهم المحلية، والتبادل بين الشباب المغاربة "
                "والشباب المهاجرين، بتعاون مع المؤسسات التعليمية والنسيج الجمعوي والجماعات "
                "الترابية."
            ),
            "en": (
                "Young people are at the heart of migration dynamics. This axis brings together "
                "information, training and support towards employment or entrepreneurship, so as "
                "to open up more opportunities where they live."
                "\n\n"
                "It also encourages young people to take part in the life of their communities and "
                "fosters exchanges between young Moroccans and young migrants, together with "
                "schools, associations and local authorities."
            ),
        },
    },
]

THEMES = [
    {
        "slug": "migration-economique",
        "title": {
            "fr": "Migration économique",
            "ar": "الهجرة الاقتصادية",
            "en": "Economic migration",
        },
        "description": {
            "fr": (
                "Déplacements de personnes qui partent travailler ou chercher de meilleures "
                "conditions de vie, avec les enjeux de protection et de développement qui les "
                "accompagnent."
            ),
            "ar": (
                "تنقل الأشخاص بحثا عن العمل أو عن ظروف عيش أفضل، وما يرافق ذلك من رهانات تتعلق "
                "بالحماية والتنمية."
            ),
            "en": (
                "Movement of people who leave to work or to seek better living conditions, and the "
                "protection and development issues that come with it."
            ),
        },
    },
    {
        "slug": "refugies-demandeurs-asile",
        "title": {
            "fr": "Réfugiés et demandeurs d’asile",
            "ar": "اللاجئون وطالبو اللجوء",
            "en": "Refugees and asylum seekers",
        },
        "description": {
            "fr": (
                "Personnes contraintes de fuir leur pays et ayant besoin d’une protection "
                "internationale, y compris celles dont la demande est en cours d’examen."
            ),
            "ar": (
                "أشخاص اضطروا إلى الفرار من بلدانهم ويحتاجون إلى حماية دولية، بمن فيهم من لا تزال "
                "طلباتهم قيد الدراسة."
            ),
            "en": (
                "People forced to flee their country who need international protection, including "
                "those whose claims are still being examined."
            ),
        },
    },
    {
        "slug": "migration-irreguliere",
        "title": {
            "fr": "Migration irrégulière",
            "ar": "الهجرة غير النظامية",
            "en": "Irregular migration",
        },
        "description": {
            "fr": (
                "Déplacements effectués en dehors des voies légales, qui exposent souvent les "
                "personnes à de graves dangers."
            ),
            "ar": "تنقلات تتم خارج المسالك القانونية، وكثيرا ما تعرض أصحابها لمخاطر جسيمة.",
            "en": (
                "Movements that take place outside legal channels and often expose people to "
                "serious danger."
            ),
        },
    },
    {
        "slug": "traite-des-personnes",
        "title": {
            "fr": "Traite des personnes",
            "ar": "الاتجار بالبشر",
            "en": "Trafficking in persons",
        },
        "description": {
            "fr": (
                "Recrutement ou déplacement de personnes par la contrainte ou la tromperie en vue "
                "de les exploiter, ce qui constitue une grave atteinte aux droits humains."
            ),
            "ar": (
                "تجنيد الأشخاص أو نقلهم بالإكراه أو الخداع بغرض استغلالهم، وهو ما يشكل انتهاكا "
                "جسيما لحقوق الإنسان."
            ),
            "en": (
                "The recruitment or movement of people through coercion or deception in order to "
                "exploit them, a serious violation of human rights."
            ),
        },
    },
    {
        "slug": "migration-interne",
        "title": {"fr": "Migration interne", "ar": "الهجرة الداخلية", "en": "Internal migration"},
        "description": {
            "fr": (
                "Déplacements à l’intérieur des frontières du Maroc, par exemple des zones rurales "
                "vers les villes."
            ),
            "ar": "تنقلات داخل حدود المغرب، كالانتقال من المناطق القروية نحو المدن.",
            "en": "Movements within Morocco’s borders, for example from rural areas to cities.",
        },
    },
    {
        "slug": "migration-environnementale",
        "title": {
            "fr": "Migration environnementale",
            "ar": "الهجرة البيئية",
            "en": "Environmental migration",
        },
        "description": {
            "fr": (
                "Mobilité liée à la dégradation de l’environnement, aux catastrophes naturelles ou "
                "aux effets du changement climatique."
            ),
            "ar": "تنقل مرتبط بتدهور البيئة أو بالكوارث الطبيعية أو بآثار التغير المناخي.",
            "en": (
                "Mobility linked to environmental degradation, natural disasters or the effects of "
                "climate change."
            ),
        },
    },
]

REGIONS = [
    {
        "slug": "tanger-tetouan-al-hoceima",
        "code": "MA-01",
        "name": {
            "fr": "Tanger-Tétouan-Al Hoceïma",
            "ar": "طنجة تطوان الحسيمة",
            "en": "Tanger-Tetouan-Al Hoceima",
        },
    },
    {
        "slug": "oriental",
        "code": "MA-02",
        "name": {"fr": "L’Oriental", "ar": "الشرق", "en": "Oriental"},
    },
    {
        "slug": "fes-meknes",
        "code": "MA-03",
        "name": {"fr": "Fès-Meknès", "ar": "فاس مكناس", "en": "Fez-Meknes"},
    },
    {
        "slug": "rabat-sale-kenitra",
        "code": "MA-04",
        "name": {
            "fr": "Rabat-Salé-Kénitra",
            "ar": "الرباط سلا القنيطرة",
            "en": "Rabat-Sale-Kenitra",
        },
    },
    {
        "slug": "beni-mellal-khenifra",
        "code": "MA-05",
        "name": {
            "fr": "Béni Mellal-Khénifra",
            "ar": "بني ملال خنيفرة",
            "en": "Beni Mellal-Khenifra",
        },
    },
    {
        "slug": "casablanca-settat",
        "code": "MA-06",
        "name": {"fr": "Casablanca-Settat", "ar": "الدار البيضاء سطات", "en": "Casablanca-Settat"},
    },
    {
        "slug": "marrakech-safi",
        "code": "MA-07",
        "name": {"fr": "Marrakech-Safi", "ar": "مراكش آسفي", "en": "Marrakesh-Safi"},
    },
    {
        "slug": "draa-tafilalet",
        "code": "MA-08",
        "name": {"fr": "Drâa-Tafilalet", "ar": "درعة تافيلالت", "en": "Draa-Tafilalet"},
    },
    {
        "slug": "souss-massa",
        "code": "MA-09",
        "name": {"fr": "Souss-Massa", "ar": "سوس ماسة", "en": "Souss-Massa"},
    },
    {
        "slug": "guelmim-oued-noun",
        "code": "MA-10",
        "name": {"fr": "Guelmim-Oued Noun", "ar": "كلميم واد نون", "en": "Guelmim-Oued Noun"},
    },
    {
        "slug": "laayoune-sakia-el-hamra",
        "code": "MA-11",
        "name": {
            "fr": "Laâyoune-Sakia El Hamra",
            "ar": "العيون الساقية الحمراء",
            "en": "Laayoune-Sakia El Hamra",
        },
    },
    {
        "slug": "dakhla-oued-ed-dahab",
        "code": "MA-12",
        "name": {
            "fr": "Dakhla-Oued Ed-Dahab",
            "ar": "الداخلة وادي الذهب",
            "en": "Dakhla-Oued Ed-Dahab",
        },
    },
]

# Pages editors can change later; load_initial_content creates those whose slug is missing.
# {contact} in the contact page's body is replaced by the mission profile's details.
PAGES = [
    {
        "slug": "mentions-legales",
        "title": {"fr": "Mentions légales", "ar": "الإشعار القانوني", "en": "Legal notice"},
        "summary": {
            "fr": "Qui publie ce site, à quelles conditions réutiliser ses contenus, et ses "
            "limites.",
            "ar": "الجهة التي تنشر هذا الموقع، وشروط إعادة استعمال محتواه، وحدود مسؤوليتها.",
            "en": "Who publishes this site, how its content may be reused, and its limits.",
        },
        "body": {
            "fr": (
                "## Éditeur\n\n"
                "Ce site est publié par la Mission OIM Maroc, la représentation de "
                "l’Organisation internationale pour les migrations (OIM) au Royaume du Maroc, "
                "installée à Rabat depuis 2007. Sa présence repose sur l’accord de siège conclu "
                "entre le Royaume du Maroc et l’OIM, entré en vigueur en juillet 2006.\n\n"
                "## Contenus\n\n"
                "Les textes décrivent l’action de la Mission et de ses partenaires. Ils peuvent "
                "être cités avec mention de la source. Les données ouvertes des projets sont "
                "publiées sous la licence indiquée sur la page « Données ouvertes ».\n\n"
                "## Cartes\n\n"
                "Les frontières et les noms indiqués et les désignations employées sur les "
                "cartes de ce site n’impliquent ni reconnaissance ni acceptation officielles de "
                "la part de l’Organisation des Nations Unies.\n\n"
                "## Liens\n\n"
                "Les sites vers lesquels ce site renvoie relèvent de leurs éditeurs, qui en "
                "répondent.\n\n"
                "## Privilèges et immunités\n\n"
                "Rien sur ce site ne vaut renonciation aux privilèges et immunités dont jouit "
                "l’OIM."
            ),
            "ar": (
                "## الناشر\n\n"
                "تنشر هذا الموقعَ بعثةُ المنظمة الدولية للهجرة في المغرب، وهي تمثيلية المنظمة "
                "لدى المملكة المغربية، ومقرها بالرباط منذ سنة 2007. ويستند وجودها إلى اتفاق "
                "المقر المبرم بين المملكة المغربية والمنظمة، الذي دخل حيز التنفيذ في يوليوز "
                "2006.\n\n"
                "## المحتوى\n\n"
                "تعرض النصوص عمل البعثة وشركائها، ويجوز الاقتباس منها مع ذكر المصدر. وتُنشر "
                "البيانات المفتوحة الخاصة بالمشاريع وفق الرخصة المبينة في صفحة «البيانات "
                "المفتوحة».\n\n"
                "## الخرائط\n\n"
                "لا تعني الحدود والأسماء المبينة والتسميات المستخدمة في خرائط هذا الموقع أي "
                "اعتراف أو قبول رسمي من جانب الأمم المتحدة.\n\n"
                "## الروابط\n\n"
                "تخضع المواقع التي يحيل إليها هذا الموقع لمسؤولية الجهات التي تنشرها.\n\n"
                "## الامتيازات والحصانات\n\n"
                "لا يشكل أي شيء في هذا الموقع تنازلا عن الامتيازات والحصانات التي تتمتع بها "
                "المنظمة الدولية للهجرة."
            ),
            "en": (
                "## Publisher\n\n"
                "This site is published by the IOM Morocco Mission, the office of the "
                "International Organization for Migration (IOM) in the Kingdom of Morocco, "
                "based in Rabat since 2007. It works there under the headquarters agreement "
                "between the Kingdom of Morocco and IOM, in force since July 2006.\n\n"
                "## Content\n\n"
                "The texts describe the work of the Mission and its partners. They may be "
                "quoted with their source. The projects’ open data are published under the "
                "licence stated on the “Open data” page.\n\n"
                "## Maps\n\n"
                "The boundaries and names shown and the designations used on this site’s maps "
                "do not imply official endorsement or acceptance by the United Nations.\n\n"
                "## Links\n\n"
                "Sites this site links to are the responsibility of their publishers.\n\n"
                "## Privileges and immunities\n\n"
                "Nothing on this site is a waiver of the privileges and immunities IOM enjoys."
            ),
        },
    },
    {
        "slug": "donnees-personnelles",
        "title": {
            "fr": "Données personnelles et cookies",
            "ar": "المعطيات الشخصية وملفات تعريف الارتباط",
            "en": "Privacy and cookies",
        },
        "summary": {
            "fr": "Ce site ne vous suit pas : aucune mesure d’audience, aucun cookie pour les "
            "visiteurs.",
            "ar": "لا يتتبع هذا الموقع زواره: لا قياس للجمهور ولا ملفات تعريف ارتباط للزوار.",
            "en": "This site does not track you: no analytics, and no cookie for visitors.",
        },
        "body": {
            "fr": (
                "## Ce que le site enregistre sur vous\n\n"
                "Rien. Lire le site, chercher ou filtrer les projets ne dépose aucun cookie et "
                "n’enregistre aucune donnée vous concernant. Le site n’utilise ni outil de "
                "mesure d’audience, ni publicité, ni bouton de réseau social, et ne charge "
                "aucun contenu d’un autre site : votre navigateur ne contacte que ce site.\n\n"
                "La langue que vous lisez fait partie de l’adresse de la page (/fr/, /ar/, "
                "/en/) : elle n’a besoin d’aucun cookie.\n\n"
                "## Les cookies de l’équipe\n\n"
                "Seules les personnes de la Mission qui se connectent à l’espace de rédaction "
                "reçoivent des cookies, strictement nécessaires : celui de leur session de "
                "connexion, celui qui protège leurs formulaires contre les requêtes forgées, "
                "et celui qui retient la langue qu’elles choisissent pour cet espace.\n\n"
                "## Journaux du serveur\n\n"
                "Comme tout serveur web, celui qui héberge le site peut tenir des journaux "
                "techniques des requêtes, pour sa sécurité et son bon fonctionnement.\n\n"
                "## Une question\n\n"
                "Pour toute question sur vos données, écrivez-nous : voir la page "
                "[Contact](/fr/contact/)."
            ),
            "ar": (
                "## ما يسجله الموقع عنك\n\n"
                "لا شيء. فتصفح الموقع أو البحث فيه أو تصفية المشاريع لا يضع أي ملف تعريف "
                "ارتباط ولا يسجل أي معطيات تخصك. ولا يستعمل الموقع أي أداة لقياس الجمهور ولا "
                "إعلانات ولا أزرار شبكات التواصل الاجتماعي، ولا يحمّل أي محتوى من موقع آخر: "
                "متصفحك لا يتصل إلا بهذا الموقع.\n\n"
                "واللغة التي تقرأ بها جزء من عنوان الصفحة (‎/fr/‎ و‎/ar/‎ و‎/en/‎)، فلا تحتاج "
                "إلى أي ملف تعريف ارتباط.\n\n"
                "## ملفات تعريف الارتباط الخاصة بالفريق\n\n"
                "لا يتلقى ملفات تعريف الارتباط إلا أفراد البعثة الذين يدخلون إلى فضاء التحرير، "
                "وهي ضرورية لا غير: ملف جلسة الدخول، وملف يحمي استماراتهم من الطلبات المزورة، "
                "وملف يحفظ اللغة التي يختارونها لهذا الفضاء.\n\n"
                "## سجلات الخادم\n\n"
                "كسائر خوادم الويب، قد يحتفظ الخادم الذي يستضيف الموقع بسجلات تقنية للطلبات، "
                "حفاظا على أمنه وحسن اشتغاله.\n\n"
                "## لأي سؤال\n\n"
                "لأي سؤال عن معطياتك، راسلنا عبر صفحة [الاتصال](/ar/contact/)."
            ),
            "en": (
                "## What the site records about you\n\n"
                "Nothing. Reading the site, searching it or filtering the projects sets no "
                "cookie and records no data about you. The site has no analytics, no "
                "advertising and no social media buttons, and loads nothing from any other "
                "site: your browser talks to this site only.\n\n"
                "The language you read is part of the page’s address (/fr/, /ar/, /en/): it "
                "needs no cookie.\n\n"
                "## The team’s cookies\n\n"
                "Only Mission staff who sign in to the editing area get cookies, and only "
                "those needed: their sign-in session, one that protects their forms against "
                "forged requests, and one that remembers the language they choose for that "
                "area.\n\n"
                "## Server logs\n\n"
                "Like any web server, the one hosting the site may keep technical logs of "
                "requests, for its security and to keep it running.\n\n"
                "## Questions\n\n"
                "For any question about your data, write to us: see the "
                "[Contact](/en/contact/) page."
            ),
        },
    },
    {
        "slug": "accessibilite",
        "title": {
            "fr": "Déclaration d’accessibilité",
            "ar": "بيان إمكانية الولوج",
            "en": "Accessibility statement",
        },
        "summary": {
            "fr": "Le site vise le niveau AA des WCAG 2.1 ; voici comment il est vérifié et "
            "comment nous signaler un obstacle.",
            "ar": "يهدف الموقع إلى المستوى AA من إرشادات WCAG 2.1؛ إليك كيف يُتحقق من ذلك وكيف "
            "تبلغنا بأي عائق.",
            "en": "The site aims at WCAG 2.1 level AA; here is how it is checked and how to "
            "tell us about a barrier.",
        },
        "body": {
            "fr": (
                "## Notre objectif\n\n"
                "Chacun doit pouvoir lire ce site, en français, en arabe ou en anglais, au "
                "clavier, avec un lecteur d’écran, un agrandissement du texte ou sur un petit "
                "téléphone. Nous visons la conformité au niveau AA des Règles pour "
                "l’accessibilité des contenus Web (WCAG) 2.1.\n\n"
                "## Comment le site est vérifié\n\n"
                "- À chaque modification, des tests automatiques ouvrent chaque type de page "
                "dans un vrai navigateur (Chromium), dans les trois langues, et y passent "
                "axe-core, qui ne doit relever aucune erreur.\n"
                "- Lighthouse mesure dans ce même navigateur l’accessibilité, les performances "
                "et les bonnes pratiques des pages principales.\n"
                "- Les pages se parcourent au clavier seul : lien d’évitement vers le contenu, "
                "focus visible, cartes dont chaque région est un lien.\n"
                "- Le site fonctionne sans JavaScript et s’affiche dès 320 pixels de large ; "
                "l’arabe se lit de droite à gauche.\n\n"
                "## Limites connues\n\n"
                "Les tests automatiques ne trouvent pas tout. Les documents publiés par nos "
                "partenaires sur leurs propres sites ne dépendent pas de nous.\n\n"
                "## Signaler un problème\n\n"
                "Si un contenu ou une fonction vous est inaccessible, dites-le-nous en "
                "indiquant la page et ce qui vous a gêné : voir la page "
                "[Contact](/fr/contact/). Nous vous répondrons et vous transmettrons "
                "l’information sous une autre forme si nécessaire."
            ),
            "ar": (
                "## هدفنا\n\n"
                "ينبغي أن يتمكن الجميع من قراءة هذا الموقع، بالعربية أو الفرنسية أو "
                "الإنجليزية، باستعمال لوحة المفاتيح أو قارئ الشاشة أو تكبير النص أو على هاتف "
                "صغير. ونسعى إلى المطابقة مع المستوى AA من إرشادات الولوج إلى محتوى الويب "
                "(WCAG) 2.1.\n\n"
                "## كيف يُتحقق من الموقع\n\n"
                "- عند كل تعديل، تفتح اختبارات آلية كل نوع من الصفحات في متصفح حقيقي "
                "(Chromium) باللغات الثلاث، وتُخضعها لأداة axe-core التي يجب ألا ترصد أي "
                "خطأ.\n"
                "- تقيس أداة Lighthouse في المتصفح نفسه إمكانية الولوج والأداء والممارسات "
                "الجيدة في الصفحات الرئيسية.\n"
                "- يمكن تصفح الصفحات بلوحة المفاتيح وحدها: رابط للانتقال مباشرة إلى المحتوى، "
                "وتركيز مرئي، وخرائط كل جهة فيها رابط.\n"
                "- يعمل الموقع دون JavaScript ويُعرض ابتداء من عرض 320 بكسل، وتُقرأ العربية "
                "من اليمين إلى اليسار.\n\n"
                "## حدود معروفة\n\n"
                "لا ترصد الاختبارات الآلية كل شيء. والوثائق التي ينشرها شركاؤنا على مواقعهم "
                "لا تخضع لنا.\n\n"
                "## الإبلاغ عن مشكلة\n\n"
                "إذا تعذر عليك الوصول إلى محتوى أو وظيفة، فأخبرنا بالصفحة المعنية وبما أعاقك، "
                "عبر صفحة [الاتصال](/ar/contact/). وسنرد عليك ونوفر لك المعلومة في شكل آخر "
                "عند الحاجة."
            ),
            "en": (
                "## Our aim\n\n"
                "Everyone should be able to read this site, in French, Arabic or English, "
                "with a keyboard, a screen reader, enlarged text or on a small phone. We aim "
                "to meet level AA of the Web Content Accessibility Guidelines (WCAG) 2.1.\n\n"
                "## How the site is checked\n\n"
                "- With every change, automated tests open each kind of page in a real "
                "browser (Chromium), in all three languages, and run axe-core on it, which "
                "must find no error.\n"
                "- Lighthouse measures the accessibility, performance and good practices of "
                "the main pages in that same browser.\n"
                "- Pages can be used with the keyboard alone: a link to skip to the content, "
                "a visible focus, maps whose every region is a link.\n"
                "- The site works without JavaScript and fits screens from 320 pixels wide; "
                "Arabic reads right to left.\n\n"
                "## Known limits\n\n"
                "Automated tests do not find everything. Documents our partners publish on "
                "their own sites are not ours to fix.\n\n"
                "## Report a problem\n\n"
                "If some content or feature is out of your reach, tell us which page and what "
                "got in the way: see the [Contact](/en/contact/) page. We will answer and "
                "give you the information in another form if needed."
            ),
        },
    },
    {
        "slug": "contact",
        "title": {"fr": "Contact", "ar": "الاتصال", "en": "Contact"},
        "summary": {
            "fr": "Comment joindre la Mission OIM Maroc.",
            "ar": "كيف تتواصل مع بعثة المنظمة الدولية للهجرة في المغرب.",
            "en": "How to reach the IOM Morocco Mission.",
        },
        "body": {
            "fr": (
                "La Mission OIM Maroc répond aux questions sur son action, ses projets et ses "
                "partenariats, ainsi qu’aux signalements sur ce site (accessibilité, données "
                "personnelles).\n\n{contact}"
            ),
            "ar": (
                "تجيب بعثة المنظمة الدولية للهجرة في المغرب عن الأسئلة المتعلقة بعملها "
                "ومشاريعها وشراكاتها، وتتلقى الملاحظات بشأن هذا الموقع (إمكانية الولوج، "
                "المعطيات الشخصية).\n\n{contact}"
            ),
            "en": (
                "The IOM Morocco Mission answers questions about its work, projects and "
                "partnerships, and reports about this site (accessibility, personal data).\n\n"
                "{contact}"
            ),
        },
        # The headings of the profile's details, in the order they are listed.
        "contact": {
            "address": {"fr": "Adresse", "ar": "العنوان", "en": "Address"},
            "email": {"fr": "Courriel", "ar": "البريد الإلكتروني", "en": "Email"},
            "phone": {"fr": "Téléphone", "ar": "الهاتف", "en": "Phone"},
        },
    },
]

# The menus as templates/base.html had them, plus the regions and the pages above. An entry is
# created when its menu has no link to its section or page yet, so relabelling or reordering
# one never brings the original back; an entry whose section the site does not have (yet) is
# left out, and created by the first load_initial_content after the section exists. A new
# section's entry is added here with its order, e.g. {"menu": "header", "order": 45,
# "section": "news:list", "label": {…}}.
MENUS = [
    {
        "menu": "header",
        "section": "mission",
        "label": {"fr": "Mission", "ar": "البعثة", "en": "Mission"},
    },
    {
        "menu": "header",
        "section": "axes:list",
        "label": {"fr": "Axes d’intervention", "ar": "محاور التدخل", "en": "Intervention axes"},
    },
    {
        "menu": "header",
        "section": "projects:list",
        "label": {"fr": "Projets", "ar": "المشاريع", "en": "Projects"},
    },
    {
        "menu": "header",
        "section": "news:list",
        "label": {"fr": "Actualités", "ar": "الأخبار", "en": "News"},
    },
    {
        "menu": "header",
        "section": "publications:list",
        "label": {"fr": "Publications", "ar": "المنشورات", "en": "Publications"},
    },
    {
        "menu": "header",
        "section": "regions:list",
        "label": {"fr": "Régions", "ar": "الجهات", "en": "Regions"},
    },
    {
        "menu": "header",
        "section": "partners:list",
        "label": {"fr": "Partenaires", "ar": "الشركاء", "en": "Partners"},
    },
    {
        "menu": "header",
        "section": "search",
        "label": {"fr": "Recherche", "ar": "البحث", "en": "Search"},
    },
    {
        "menu": "footer",
        "section": "projects:feed",
        "label": {
            "fr": "Flux Atom des projets",
            "ar": "موجز Atom للمشاريع",
            "en": "Atom feed of projects",
        },
    },
    {
        "menu": "footer",
        "section": "opendata:page",
        "label": {"fr": "Données ouvertes", "ar": "البيانات المفتوحة", "en": "Open data"},
    },
    {
        "menu": "footer",
        "page": "contact",
        "label": {"fr": "Contact", "ar": "الاتصال", "en": "Contact"},
    },
    {
        "menu": "footer",
        "page": "mentions-legales",
        "label": {"fr": "Mentions légales", "ar": "الإشعار القانوني", "en": "Legal notice"},
    },
    {
        "menu": "footer",
        "page": "donnees-personnelles",
        "label": {
            "fr": "Données personnelles",
            "ar": "المعطيات الشخصية",
            "en": "Privacy",
        },
    },
    {
        "menu": "footer",
        "page": "accessibilite",
        "label": {"fr": "Accessibilité", "ar": "إمكانية الولوج", "en": "Accessibility"},
    },
]
