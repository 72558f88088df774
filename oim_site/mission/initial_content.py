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
