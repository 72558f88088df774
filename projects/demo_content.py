"""Demonstration data, entirely fictional: invented partners and projects for trying the site."""

PARTNERS = [
    {
        "slug": "observatoire-mobilites-oriental",
        "kind": "moroccan-authority",
        "website": "",
        "name": {
            "fr": "Observatoire régional des mobilités de l’Oriental (fictif)",
            "ar": "المرصد الجهوي للتنقلات بجهة الشرق (خيالي)",
            "en": "Oriental Regional Mobility Observatory (fictitious)",
        },
        "acronym": {"fr": "ORMO", "ar": "ORMO", "en": "ORMO"},
        "description": {
            "fr": (
                "Organisme public imaginaire chargé de recueillir et d’analyser les données sur "
                "les mobilités dans la région de l’Oriental. Il joue le rôle de contrepartie "
                "gouvernementale dans les projets de démonstration."
            ),
            "ar": (
                "هيئة عمومية متخيلة تتولى جمع المعطيات المتعلقة بالتنقلات في جهة الشرق وتحليلها، "
                "وتضطلع بدور النظير الحكومي في مشاريع العرض."
            ),
            "en": (
                "An imaginary public body that gathers and analyses data on mobility in the "
                "Oriental region. It acts as government counterpart in the demonstration projects."
            ),
        },
        "country": {"fr": "Maroc", "ar": "المغرب", "en": "Morocco"},
    },
    {
        "slug": "delegation-insertion-jeunes",
        "kind": "moroccan-authority",
        "website": "",
        "name": {
            "fr": "Délégation interprovinciale à l’insertion des jeunes (fictive)",
            "ar": "المندوبية المشتركة بين الأقاليم لإدماج الشباب (خيالية)",
            "en": "Interprovincial Delegation for Youth Integration (fictitious)",
        },
        "acronym": {"fr": "DIIJ", "ar": "DIIJ", "en": "IDYI"},
        "description": {
            "fr": (
                "Administration fictive qui coordonne, à l’échelle de plusieurs provinces, les "
                "dispositifs d’emploi et de formation destinés aux jeunes."
            ),
            "ar": (
                "إدارة خيالية تنسق، على مستوى عدة أقاليم، برامج التشغيل والتكوين الموجهة إلى "
                "الشباب."
            ),
            "en": (
                "A fictitious administration that coordinates employment and training schemes for "
                "young people across several provinces."
            ),
        },
        "country": {"fr": "Maroc", "ar": "المغرب", "en": "Morocco"},
    },
    {
        "slug": "commission-parcours-migratoires",
        "kind": "moroccan-authority",
        "website": "",
        "name": {
            "fr": "Commission nationale des parcours migratoires (fictive)",
            "ar": "اللجنة الوطنية لمسارات الهجرة (خيالية)",
            "en": "National Commission on Migration Pathways (fictitious)",
        },
        "acronym": {"fr": "CNPM", "ar": "CNPM", "en": "NCMP"},
        "description": {
            "fr": (
                "Instance gouvernementale imaginaire qui réunit plusieurs administrations autour "
                "de la protection des migrants et de la lutte contre la traite."
            ),
            "ar": "هيئة حكومية متخيلة تجمع عدة إدارات حول حماية المهاجرين ومكافحة الاتجار بالبشر.",
            "en": (
                "An imaginary government body bringing several administrations together on migrant "
                "protection and the fight against trafficking."
            ),
        },
        "country": {"fr": "Maroc", "ar": "المغرب", "en": "Morocco"},
    },
    {
        "slug": "agence-nordique-cooperation",
        "kind": "international-government",
        "website": "",
        "name": {
            "fr": "Agence nordique de coopération (fictive)",
            "ar": "الوكالة الشمالية للتعاون (خيالية)",
            "en": "Nordic Cooperation Agency (fictitious)",
        },
        "acronym": {"fr": "ANC", "ar": "ANC", "en": "NCA"},
        "description": {
            "fr": (
                "Agence de coopération inventée pour la démonstration, qui finance des projets de "
                "protection et d’information des jeunes."
            ),
            "ar": "وكالة تعاون مختلقة لأغراض العرض، تمول مشاريع في مجالي الحماية وتوعية الشباب.",
            "en": (
                "A cooperation agency invented for demonstration purposes, funding protection and "
                "youth information projects."
            ),
        },
        "country": {"fr": "Europe du Nord", "ar": "شمال أوروبا", "en": "Northern Europe"},
    },
    {
        "slug": "fonds-alpin-developpement",
        "kind": "international-government",
        "website": "",
        "name": {
            "fr": "Fonds alpin pour le développement solidaire (fictif)",
            "ar": "الصندوق الألبي للتنمية التضامنية (خيالي)",
            "en": "Alpine Fund for Solidarity Development (fictitious)",
        },
        "acronym": {"fr": "FADS", "ar": "FADS", "en": "AFSD"},
        "description": {
            "fr": (
                "Bailleur public fictif qui soutient la recherche sur les mobilités et "
                "l’adaptation des territoires au changement climatique."
            ),
            "ar": (
                "جهة مانحة عمومية خيالية تدعم البحث في مجال التنقلات وتكيف المجالات الترابية مع "
                "التغير المناخي."
            ),
            "en": (
                "A fictitious public donor supporting research on mobility and the adaptation of "
                "territories to climate change."
            ),
        },
        "country": {"fr": "Europe centrale", "ar": "أوروبا الوسطى", "en": "Central Europe"},
    },
    {
        "slug": "programme-iberique-mobilite",
        "kind": "international-government",
        "website": "",
        "name": {
            "fr": "Programme ibérique de coopération pour la mobilité (fictif)",
            "ar": "البرنامج الإيبيري للتعاون في مجال التنقل (خيالي)",
            "en": "Iberian Cooperation Programme for Mobility (fictitious)",
        },
        "acronym": {"fr": "PICM", "ar": "PICM", "en": "ICPM"},
        "description": {
            "fr": (
                "Programme de coopération imaginaire consacré au recrutement équitable et à la "
                "prévention de l’exploitation des travailleurs migrants."
            ),
            "ar": "برنامج تعاون متخيل يعنى بالتوظيف العادل والوقاية من استغلال العمال المهاجرين.",
            "en": (
                "An imaginary cooperation programme devoted to fair recruitment and to preventing "
                "the exploitation of migrant workers."
            ),
        },
        "country": {
            "fr": "Péninsule Ibérique",
            "ar": "شبه الجزيرة الإيبيرية",
            "en": "Iberian Peninsula",
        },
    },
    {
        "slug": "programme-onusien-mobilite-durable",
        "kind": "un-agency",
        "website": "",
        "name": {
            "fr": "Programme des Nations unies pour la mobilité durable (fictif)",
            "ar": "برنامج الأمم المتحدة للتنقل المستدام (خيالي)",
            "en": "United Nations Sustainable Mobility Programme (fictitious)",
        },
        "acronym": {"fr": "PNUMOB", "ar": "UNSMP", "en": "UNSMP"},
        "description": {
            "fr": (
                "Agence onusienne imaginaire qui appuie les politiques publiques de migration et "
                "le renforcement des capacités institutionnelles."
            ),
            "ar": "وكالة أممية متخيلة تدعم السياسات العمومية للهجرة وتعزيز القدرات المؤسساتية.",
            "en": (
                "An imaginary UN agency supporting public migration policies and institutional "
                "capacity building."
            ),
        },
        "country": {"fr": "International", "ar": "دولي", "en": "International"},
    },
    {
        "slug": "bureau-onusien-resilience",
        "kind": "un-agency",
        "website": "",
        "name": {
            "fr": "Bureau des Nations unies pour la résilience communautaire (fictif)",
            "ar": "مكتب الأمم المتحدة للقدرة المجتمعية على الصمود (خيالي)",
            "en": "United Nations Office for Community Resilience (fictitious)",
        },
        "acronym": {"fr": "BNURC", "ar": "UNOCR", "en": "UNOCR"},
        "description": {
            "fr": (
                "Entité onusienne fictive spécialisée dans l’accès aux soins et le soutien "
                "psychosocial des populations vulnérables."
            ),
            "ar": (
                "هيئة أممية خيالية متخصصة في تيسير الولوج إلى العلاج وتقديم الدعم النفسي "
                "والاجتماعي للفئات الهشة."
            ),
            "en": (
                "A fictitious UN entity specialising in access to healthcare and psychosocial "
                "support for vulnerable people."
            ),
        },
        "country": {"fr": "International", "ar": "دولي", "en": "International"},
    },
    {
        "slug": "fonds-onusien-jeunesse-avenir",
        "kind": "un-agency",
        "website": "",
        "name": {
            "fr": "Fonds des Nations unies Jeunesse et Avenir (fictif)",
            "ar": "صندوق الأمم المتحدة «شباب ومستقبل» (خيالي)",
            "en": "United Nations Youth and Future Fund (fictitious)",
        },
        "acronym": {"fr": "", "ar": "", "en": ""},
        "description": {
            "fr": (
                "Fonds imaginaire qui finance des initiatives d’insertion économique et de "
                "participation citoyenne des jeunes."
            ),
            "ar": "صندوق متخيل يمول مبادرات الإدماج الاقتصادي للشباب ومشاركتهم المواطنة.",
            "en": (
                "An imaginary fund financing initiatives for young people’s economic inclusion and "
                "civic participation."
            ),
        },
        "country": {"fr": "International", "ar": "دولي", "en": "International"},
    },
    {
        "slug": "collectif-passerelles-droits",
        "kind": "civil-society",
        "website": "",
        "name": {
            "fr": "Collectif Passerelles pour les droits des personnes migrantes",
            "ar": "تجمع «جسور» من أجل حقوق الأشخاص المهاجرين",
            "en": "Passerelles Collective for the Rights of Migrants",
        },
        "acronym": {"fr": "", "ar": "", "en": ""},
        "description": {
            "fr": (
                "Réseau associatif inventé qui offre une aide juridique et plaide pour l’accès "
                "effectif des migrants à leurs droits."
            ),
            "ar": (
                "شبكة جمعوية مختلقة تقدم المساعدة القانونية وتترافع من أجل تمكين المهاجرين فعليا "
                "من حقوقهم."
            ),
            "en": (
                "An invented network of associations providing legal aid and advocating for "
                "migrants’ effective access to their rights."
            ),
        },
        "country": {"fr": "Maroc", "ar": "المغرب", "en": "Morocco"},
    },
    {
        "slug": "fondation-cedre-bleu",
        "kind": "civil-society",
        "website": "",
        "name": {
            "fr": "Fondation Cèdre bleu pour l’entraide",
            "ar": "مؤسسة «الأرز الأزرق» للتآزر",
            "en": "Blue Cedar Mutual Aid Foundation",
        },
        "acronym": {"fr": "", "ar": "", "en": ""},
        "description": {
            "fr": (
                "Fondation fictive active dans l’accompagnement social et sanitaire des personnes "
                "en situation de précarité."
            ),
            "ar": "مؤسسة خيالية تنشط في المواكبة الاجتماعية والصحية للأشخاص في وضعية هشاشة.",
            "en": (
                "A fictitious foundation providing social and health support to people in "
                "precarious situations."
            ),
        },
        "country": {"fr": "Maroc", "ar": "المغرب", "en": "Morocco"},
    },
    {
        "slug": "institut-citoyen-mobilites",
        "kind": "civil-society",
        "website": "",
        "name": {
            "fr": "Institut citoyen d’études sur les mobilités",
            "ar": "المعهد المواطن لدراسات التنقل",
            "en": "Citizens’ Institute for Mobility Studies",
        },
        "acronym": {"fr": "ICEM", "ar": "ICEM", "en": "CIMS"},
        "description": {
            "fr": (
                "Centre de recherche associatif imaginaire qui produit des analyses sur la "
                "migration, l’emploi et le développement local."
            ),
            "ar": "مركز بحث جمعوي متخيل يصدر تحليلات حول الهجرة والتشغيل والتنمية المحلية.",
            "en": (
                "An imaginary non-profit research centre producing analyses on migration, "
                "employment and local development."
            ),
        },
        "country": {"fr": "Maroc", "ar": "المغرب", "en": "Morocco"},
    },
    {
        "slug": "horizons-solidaires-oujda",
        "kind": "local-association",
        "website": "",
        "name": {
            "fr": "Association Horizons Solidaires de Oujda",
            "ar": "جمعية آفاق التضامن بوجدة",
            "en": "Horizons Solidaires Association of Oujda",
        },
        "acronym": {"fr": "AHSO", "ar": "AHSO", "en": "AHSO"},
        "description": {
            "fr": (
                "Association de quartier fictive qui accueille et oriente les personnes migrantes "
                "et anime des activités pour les jeunes."
            ),
            "ar": "جمعية حي خيالية تستقبل الأشخاص المهاجرين وتوجههم، وتنظم أنشطة لفائدة الشباب.",
            "en": (
                "A fictitious neighbourhood association that welcomes and guides migrants and runs "
                "activities for young people."
            ),
        },
        "country": {"fr": "Maroc", "ar": "المغرب", "en": "Morocco"},
    },
    {
        "slug": "jeunes-batisseurs-agadir",
        "kind": "local-association",
        "website": "",
        "name": {
            "fr": "Association des Jeunes Bâtisseurs d’Agadir",
            "ar": "جمعية الشباب البناة بأكادير",
            "en": "Young Builders Association of Agadir",
        },
        "acronym": {"fr": "AJBA", "ar": "AJBA", "en": "AJBA"},
        "description": {
            "fr": (
                "Association locale inventée qui mène des actions de sensibilisation et de "
                "formation auprès des jeunes du Souss."
            ),
            "ar": "جمعية محلية مختلقة تقود أنشطة للتحسيس والتكوين لفائدة شباب سوس.",
            "en": (
                "An invented local association running awareness-raising and training activities "
                "for young people in the Souss."
            ),
        },
        "country": {"fr": "Maroc", "ar": "المغرب", "en": "Morocco"},
    },
    {
        "slug": "oasis-vivantes-errachidia",
        "kind": "local-association",
        "website": "",
        "name": {
            "fr": "Association Oasis vivantes d’Errachidia",
            "ar": "جمعية الواحات الحية بالرشيدية",
            "en": "Living Oases Association of Errachidia",
        },
        "acronym": {"fr": "", "ar": "", "en": ""},
        "description": {
            "fr": (
                "Association fictive engagée dans la préservation des oasis et le maintien des "
                "familles dans leurs villages."
            ),
            "ar": "جمعية خيالية تعمل على صون الواحات ومساعدة الأسر على البقاء في قراها.",
            "en": (
                "A fictitious association working to preserve oases and help families remain in "
                "their villages."
            ),
        },
        "country": {"fr": "Maroc", "ar": "المغرب", "en": "Morocco"},
    },
    {
        "slug": "rive-des-femmes-tanger",
        "kind": "local-association",
        "website": "",
        "name": {
            "fr": "Association Rive des femmes de Tanger",
            "ar": "جمعية ضفة النساء بطنجة",
            "en": "Women’s Shore Association of Tangier",
        },
        "acronym": {"fr": "ARFT", "ar": "ARFT", "en": "ARFT"},
        "description": {
            "fr": (
                "Association locale imaginaire qui écoute, héberge temporairement et accompagne "
                "des femmes en situation de vulnérabilité."
            ),
            "ar": (
                "جمعية محلية متخيلة تنصت إلى النساء في وضعية هشاشة، وتوفر لهن الإيواء المؤقت "
                "والمواكبة."
            ),
            "en": (
                "An imaginary local association that listens to, temporarily shelters and supports "
                "women in vulnerable situations."
            ),
        },
        "country": {"fr": "Maroc", "ar": "المغرب", "en": "Morocco"},
    },
    {
        "slug": "racines-et-routes",
        "kind": "migrant-association",
        "website": "",
        "name": {
            "fr": "Collectif Racines et Routes des communautés migrantes",
            "ar": "تجمع «جذور ودروب» للجاليات المهاجرة",
            "en": "Roots and Routes Collective of Migrant Communities",
        },
        "acronym": {"fr": "", "ar": "", "en": ""},
        "description": {
            "fr": (
                "Association fictive fondée par des migrants d’Afrique subsaharienne établis à "
                "Casablanca, qui fait le lien entre les communautés et les services."
            ),
            "ar": (
                "جمعية خيالية أسسها مهاجرون من بلدان إفريقيا جنوب الصحراء مقيمون بالدار البيضاء، "
                "وتضطلع بدور صلة الوصل بين الجاليات والخدمات."
            ),
            "en": (
                "A fictitious association founded by migrants from sub-Saharan Africa living in "
                "Casablanca, acting as a link between communities and services."
            ),
        },
        "country": {"fr": "Maroc", "ar": "المغرب", "en": "Morocco"},
    },
    {
        "slug": "pont-des-deux-rives",
        "kind": "migrant-association",
        "website": "",
        "name": {
            "fr": "Réseau Pont des deux rives",
            "ar": "شبكة جسر الضفتين",
            "en": "Bridge of Two Shores Network",
        },
        "acronym": {"fr": "", "ar": "", "en": ""},
        "description": {
            "fr": (
                "Association imaginaire de Marocains résidant en Europe, qui mobilise les "
                "compétences et l’épargne de la diaspora au profit de projets au Maroc."
            ),
            "ar": (
                "جمعية متخيلة لمغاربة مقيمين في أوروبا، تعبئ كفاءات مغاربة العالم ومدخراتهم لفائدة "
                "مشاريع في المغرب."
            ),
            "en": (
                "An imaginary association of Moroccans living in Europe that channels the skills "
                "and savings of the diaspora into projects in Morocco."
            ),
        },
        "country": {"fr": "Europe", "ar": "أوروبا", "en": "Europe"},
    },
    {
        "slug": "voix-migrantes-fes",
        "kind": "migrant-association",
        "website": "",
        "name": {
            "fr": "Association Voix migrantes de Fès",
            "ar": "جمعية أصوات مهاجرة بفاس",
            "en": "Migrant Voices Association of Fez",
        },
        "acronym": {"fr": "AVMF", "ar": "AVMF", "en": "AVMF"},
        "description": {
            "fr": (
                "Association inventée, animée par des étudiants et des travailleurs migrants, qui "
                "encourage la participation et le dialogue interculturel."
            ),
            "ar": "جمعية مختلقة يسيرها طلبة وعمال مهاجرون، تشجع المشاركة والحوار بين الثقافات.",
            "en": (
                "An invented association run by migrant students and workers, encouraging "
                "participation and intercultural dialogue."
            ),
        },
        "country": {"fr": "Maroc", "ar": "المغرب", "en": "Morocco"},
    },
]

PROJECTS = [
    {
        "slug": "accueil-orientation-oujda",
        "axis": "protection-resilience",
        "themes": ["migration-irreguliere", "refugies-demandeurs-asile"],
        "regions": ["oriental"],
        "status": "ongoing",
        "start_date": "2024-04-01",
        "end_date": "2027-03-31",
        "budget": "620000.00",
        "currency": "EUR",
        "featured": True,
        "title": {
            "fr": "Espaces d’accueil et d’orientation pour les migrants vulnérables à Oujda",
            "ar": "فضاءات لاستقبال المهاجرين في وضعية هشاشة وتوجيههم بوجدة",
            "en": "Reception and guidance spaces for vulnerable migrants in Oujda",
        },
        "summary": {
            "fr": (
                "Le projet soutient deux lieux d’accueil où les personnes migrantes en difficulté "
                "trouvent une écoute, une première assistance et une orientation vers les services "
                "compétents."
            ),
            "ar": (
                "يدعم المشروع فضاءين للاستقبال يجد فيهما الأشخاص المهاجرون في وضعية صعبة الإنصات "
                "والمساعدة الأولية والتوجيه نحو الخدمات المختصة."
            ),
            "en": (
                "The project supports two reception spaces where migrants in difficulty find a "
                "listening ear, initial assistance and referral to the relevant services."
            ),
        },
        "body": {
            "fr": (
                "Les équipes associatives reçoivent les personnes, évaluent leurs besoins et leur "
                "proposent une aide d’urgence, des informations sur leurs droits ainsi qu’un "
                "accompagnement vers les structures de santé et les services sociaux."
                "\n\n"
                "Une partie du projet est consacrée à la formation des intervenants et à la "
                "coordination avec les acteurs publics de la région, afin d’assurer un suivi "
                "cohérent des situations les plus fragiles."
            ),
            "ar": (
                "تستقبل الفرق الجمعوية الأشخاص وتقيم احتياجاتهم، وتقدم لهم مساعدة استعجالية "
                "ومعلومات حول حقوقهم، إلى جانب مواكبتهم نحو المؤسسات الصحية والخدمات الاجتماعية."
                "\n\n"
                "ويخصص جزء من المشروع لتكوين المتدخلين وللتنسيق مع الفاعلين العموميين في الجهة، "
                "قصد ضمان تتبع منسجم للحالات الأكثر هشاشة."
            ),
            "en": (
                "Association teams welcome people, assess their needs and offer emergency aid, "
                "information on their rights and accompaniment to health facilities and social "
                "services."
                "\n\n"
                "Part of the project is devoted to training frontline workers and to coordination "
                "with public actors in the region, so that the most fragile situations are "
                "followed up consistently."
            ),
        },
        "beneficiaries": {
            "fr": "Environ 1 500 personnes migrantes, dont des femmes et des mineurs",
            "ar": "نحو 1500 من الأشخاص المهاجرين، من بينهم نساء وقاصرون",
            "en": "Around 1,500 migrants, including women and minors",
        },
        "partners": [
            ("agence-nordique-cooperation", "donor"),
            ("horizons-solidaires-oujda", "implementing"),
            ("observatoire-mobilites-oriental", "government-counterpart"),
        ],
    },
    {
        "slug": "victimes-traite-nord",
        "axis": "protection-resilience",
        "themes": ["traite-des-personnes"],
        "regions": ["tanger-tetouan-al-hoceima", "rabat-sale-kenitra"],
        "status": "completed",
        "start_date": "2022-01-01",
        "end_date": "2024-12-31",
        "budget": "380000.00",
        "currency": "EUR",
        "featured": False,
        "title": {
            "fr": "Identifier et accompagner les victimes de la traite dans le Nord",
            "ar": "تحديد ضحايا الاتجار بالبشر ومواكبتهم في شمال المملكة",
            "en": "Identifying and supporting victims of trafficking in the North",
        },
        "summary": {
            "fr": (
                "Ce projet achevé a aidé les acteurs de terrain à mieux repérer les victimes de la "
                "traite et à leur offrir une prise en charge coordonnée."
            ),
            "ar": (
                "ساعد هذا المشروع المنجز الفاعلين الميدانيين على تحسين رصد ضحايا الاتجار بالبشر "
                "وتوفير تكفل منسق بهم."
            ),
            "en": (
                "This completed project helped frontline actors to better identify victims of "
                "trafficking and to offer them coordinated care."
            ),
        },
        "body": {
            "fr": (
                "Des sessions de formation ont réuni travailleurs sociaux, personnels de santé et "
                "membres d’associations autour des signes d’alerte et des procédures "
                "d’orientation. Un guide pratique commun a été élaboré avec la contrepartie "
                "gouvernementale."
                "\n\n"
                "Les victimes identifiées ont bénéficié d’un hébergement temporaire, d’un soutien "
                "psychologique et d’une aide juridique, selon leurs besoins et avec leur "
                "consentement."
            ),
            "ar": (
                "جمعت دورات تكوينية مساعدين اجتماعيين وأطرا صحية وأعضاء جمعيات حول مؤشرات الإنذار "
                "وإجراءات التوجيه، كما أعد دليل عملي مشترك بتعاون مع النظير الحكومي."
                "\n\n"
                "واستفاد الضحايا الذين جرى تحديدهم من إيواء مؤقت ودعم نفسي ومساعدة قانونية، حسب "
                "احتياجاتهم وبموافقتهم."
            ),
            "en": (
                "Training sessions brought together social workers, health staff and association "
                "members on warning signs and referral procedures. A shared practical guide was "
                "drawn up with the government counterpart."
                "\n\n"
                "Victims who were identified received temporary shelter, psychological support and "
                "legal aid, according to their needs and with their consent."
            ),
        },
        "beneficiaries": {
            "fr": "320 professionnels formés et 140 victimes accompagnées",
            "ar": "تكوين 320 من المهنيين ومواكبة 140 من الضحايا",
            "en": "320 professionals trained and 140 victims supported",
        },
        "partners": [
            ("programme-iberique-mobilite", "donor"),
            ("rive-des-femmes-tanger", "implementing"),
            ("collectif-passerelles-droits", "implementing"),
            ("commission-parcours-migratoires", "government-counterpart"),
        ],
    },
    {
        "slug": "sante-psychosocial-casablanca",
        "axis": "protection-resilience",
        "themes": ["migration-irreguliere", "refugies-demandeurs-asile"],
        "regions": ["casablanca-settat"],
        "status": "ongoing",
        "start_date": "2025-01-15",
        "end_date": "2026-12-31",
        "budget": "2700000.00",
        "currency": "MAD",
        "featured": False,
        "title": {
            "fr": "Santé et soutien psychosocial pour les migrants à Casablanca",
            "ar": "الصحة والدعم النفسي والاجتماعي للمهاجرين بالدار البيضاء",
            "en": "Health and psychosocial support for migrants in Casablanca",
        },
        "summary": {
            "fr": (
                "Le projet facilite l’accès des personnes migrantes aux soins de santé de base et "
                "leur propose un accompagnement psychosocial de proximité."
            ),
            "ar": (
                "ييسر المشروع ولوج الأشخاص المهاجرين إلى العلاجات الصحية الأساسية، ويقترح عليهم "
                "مواكبة نفسية واجتماعية عن قرب."
            ),
            "en": (
                "The project makes it easier for migrants to access basic healthcare and offers "
                "them community-based psychosocial support."
            ),
        },
        "body": {
            "fr": (
                "Des médiateurs issus des communautés migrantes accompagnent les patients dans "
                "leurs démarches et facilitent le dialogue avec les soignants. Des psychologues "
                "assurent des permanences d’écoute régulières."
                "\n\n"
                "Le projet soutient également des groupes de parole et des activités collectives "
                "qui aident à rompre l’isolement et à renforcer l’entraide."
            ),
            "ar": (
                "يرافق وسطاء منحدرون من الجاليات المهاجرة المرضى في إجراءاتهم، ويسهلون الحوار مع "
                "مهنيي الصحة، فيما يؤمن أخصائيون نفسيون حصصا منتظمة للإنصات."
                "\n\n"
                "كما يدعم المشروع مجموعات للحوار وأنشطة جماعية تساعد على كسر العزلة وتقوية التآزر."
            ),
            "en": (
                "Mediators from migrant communities accompany patients through the formalities and "
                "ease communication with health workers. Psychologists run regular listening "
                "sessions."
                "\n\n"
                "The project also supports discussion groups and collective activities that help "
                "break isolation and strengthen mutual aid."
            ),
        },
        "beneficiaries": {
            "fr": "Environ 2 000 personnes migrantes et 60 professionnels de santé",
            "ar": "نحو 2000 من الأشخاص المهاجرين و60 من مهنيي الصحة",
            "en": "About 2,000 migrants and 60 health professionals",
        },
        "partners": [
            ("bureau-onusien-resilience", "donor"),
            ("fondation-cedre-bleu", "implementing"),
            ("racines-et-routes", "implementing"),
        ],
    },
    {
        "slug": "cohesion-sociale-fes",
        "axis": "protection-resilience",
        "themes": ["migration-irreguliere", "migration-economique"],
        "regions": ["fes-meknes"],
        "status": "completed",
        "start_date": "2023-03-01",
        "end_date": "2025-06-30",
        "budget": "450000.00",
        "currency": "USD",
        "featured": False,
        "title": {
            "fr": "Cohésion sociale entre migrants et communautés d’accueil à Fès",
            "ar": "التماسك الاجتماعي بين المهاجرين والمجتمعات المستقبلة بفاس",
            "en": "Social cohesion between migrants and host communities in Fez",
        },
        "summary": {
            "fr": (
                "Achevé en 2025, ce projet a soutenu des initiatives de quartier associant "
                "habitants et personnes migrantes pour renforcer la confiance mutuelle."
            ),
            "ar": (
                "دعم هذا المشروع، الذي اختتم سنة 2025، مبادرات محلية في الأحياء جمعت السكان "
                "والأشخاص المهاجرين من أجل تعزيز الثقة المتبادلة."
            ),
            "en": (
                "Completed in 2025, this project supported neighbourhood initiatives bringing "
                "residents and migrants together to build mutual trust."
            ),
        },
        "body": {
            "fr": (
                "De petites subventions ont permis de lancer des activités communes, comme des "
                "ateliers d’artisanat, des chantiers d’embellissement et des rencontres "
                "culturelles."
                "\n\n"
                "Les associations partenaires ont aussi été accompagnées dans la gestion de "
                "projet, afin de pouvoir poursuivre ces actions au-delà de la durée du "
                "financement."
            ),
            "ar": (
                "مكنت منح صغيرة من إطلاق أنشطة مشتركة، من قبيل ورشات الصناعة التقليدية وأوراش "
                "تحسين الأحياء واللقاءات الثقافية."
                "\n\n"
                "كما استفادت الجمعيات الشريكة من مواكبة في مجال تدبير المشاريع، حتى تتمكن من "
                "مواصلة هذه الأنشطة بعد انتهاء فترة التمويل."
            ),
            "en": (
                "Small grants made it possible to launch joint activities such as craft workshops, "
                "neighbourhood improvement projects and cultural gatherings."
                "\n\n"
                "Partner associations also received coaching in project management so that they "
                "could continue these activities once funding ended."
            ),
        },
        "beneficiaries": {
            "fr": "Une vingtaine d’initiatives de quartier et près de 900 participants",
            "ar": "نحو عشرين مبادرة محلية وما يقارب 900 من المشاركين",
            "en": "Some twenty neighbourhood initiatives and nearly 900 participants",
        },
        "partners": [
            ("programme-onusien-mobilite-durable", "donor"),
            ("voix-migrantes-fes", "implementing"),
            ("fondation-cedre-bleu", "implementing"),
        ],
    },
    {
        "slug": "preparation-risques-oasis",
        "axis": "protection-resilience",
        "themes": ["migration-environnementale", "migration-interne"],
        "regions": ["draa-tafilalet", "souss-massa"],
        "status": "planned",
        "start_date": "2027-02-01",
        "end_date": "2029-01-31",
        "budget": "300000.00",
        "currency": "EUR",
        "featured": False,
        "title": {
            "fr": "Préparation aux risques climatiques dans les communautés oasiennes",
            "ar": "الاستعداد للمخاطر المناخية في المجتمعات الواحية",
            "en": "Climate risk preparedness in oasis communities",
        },
        "summary": {
            "fr": (
                "Ce projet en préparation vise à aider les familles des oasis à mieux anticiper "
                "les sécheresses et les crues, afin de limiter les départs contraints."
            ),
            "ar": (
                "يهدف هذا المشروع، الذي لا يزال قيد الإعداد، إلى مساعدة أسر الواحات على استباق "
                "موجات الجفاف والفيضانات بشكل أفضل، للحد من حالات الرحيل الاضطراري."
            ),
            "en": (
                "This project, still in preparation, aims to help oasis families better anticipate "
                "droughts and floods so as to reduce forced departures."
            ),
        },
        "body": {
            "fr": (
                "Il est prévu de mettre en place des comités villageois de veille, de "
                "cartographier les zones à risque et de former les habitants aux gestes de "
                "prévention."
                "\n\n"
                "Le projet soutiendra aussi de petites activités génératrices de revenus adaptées "
                "au climat, choisies avec les communautés concernées."
            ),
            "ar": (
                "من المنتظر إحداث لجان قروية لليقظة، وإعداد خرائط للمناطق المعرضة للخطر، وتكوين "
                "السكان في مجال تدابير الوقاية."
                "\n\n"
                "كما سيدعم المشروع أنشطة صغيرة مدرة للدخل تتلاءم مع المناخ، يتم اختيارها بتشاور مع "
                "المجتمعات المعنية."
            ),
            "en": (
                "Plans include setting up village monitoring committees, mapping at-risk areas and "
                "training residents in preventive measures."
                "\n\n"
                "The project will also support small climate-adapted income-generating activities, "
                "chosen together with the communities concerned."
            ),
        },
        "beneficiaries": {
            "fr": "Environ 40 douars et 3 000 habitants (estimation)",
            "ar": "نحو 40 دوارا و3000 من السكان (تقديرات)",
            "en": "Around 40 villages and 3,000 residents (estimate)",
        },
        "partners": [
            ("fonds-alpin-developpement", "donor"),
            ("oasis-vivantes-errachidia", "implementing"),
            ("commission-parcours-migratoires", "government-counterpart"),
        ],
    },
    {
        "slug": "donnees-mobilite-regionales",
        "axis": "migration-gouvernance-developpement",
        "themes": ["migration-interne", "migration-economique"],
        "regions": ["oriental", "rabat-sale-kenitra", "marrakech-safi"],
        "status": "ongoing",
        "start_date": "2024-09-01",
        "end_date": "2027-08-31",
        "budget": "900000.00",
        "currency": "EUR",
        "featured": True,
        "title": {
            "fr": "Des données régionales fiables pour piloter les politiques migratoires",
            "ar": "معطيات جهوية موثوقة لتوجيه السياسات المتعلقة بالهجرة",
            "en": "Reliable regional data to guide migration policies",
        },
        "summary": {
            "fr": (
                "Le projet aide trois régions à collecter, analyser et partager des données sur "
                "les mobilités afin d’éclairer la décision publique."
            ),
            "ar": (
                "يساعد المشروع ثلاث جهات على جمع المعطيات المتعلقة بالتنقلات وتحليلها وتقاسمها، من "
                "أجل إنارة القرار العمومي."
            ),
            "en": (
                "The project helps three regions collect, analyse and share mobility data to "
                "inform public decision-making."
            ),
        },
        "body": {
            "fr": (
                "Des outils communs de collecte ont été conçus avec les services régionaux, et des "
                "équipes techniques sont formées à leur utilisation ainsi qu’à la protection des "
                "données personnelles."
                "\n\n"
                "Des notes d’analyse et des tableaux de bord sont produits chaque année et "
                "discutés lors de rencontres réunissant élus, administrations et société civile."
            ),
            "ar": (
                "صممت أدوات مشتركة لجمع المعطيات بتعاون مع المصالح الجهوية، ويجري تكوين فرق تقنية "
                "على استعمالها وعلى حماية المعطيات الشخصية."
                "\n\n"
                "وتعد سنويا مذكرات تحليلية ولوحات قيادة تناقش خلال لقاءات تجمع المنتخبين والإدارات "
                "والمجتمع المدني."
            ),
            "en": (
                "Shared data collection tools have been designed with regional services, and "
                "technical teams are being trained to use them and to protect personal data."
                "\n\n"
                "Analytical notes and dashboards are produced each year and discussed at meetings "
                "bringing together elected officials, administrations and civil society."
            ),
        },
        "beneficiaries": {
            "fr": "Services de trois régions, soit environ 150 cadres formés",
            "ar": "مصالح ثلاث جهات، أي نحو 150 من الأطر المستفيدة من التكوين",
            "en": "Services in three regions, with about 150 staff trained",
        },
        "partners": [
            ("fonds-alpin-developpement", "donor"),
            ("observatoire-mobilites-oriental", "government-counterpart"),
            ("institut-citoyen-mobilites", "implementing"),
        ],
    },
    {
        "slug": "diaspora-investissement-territoires",
        "axis": "migration-gouvernance-developpement",
        "themes": ["migration-economique"],
        "regions": ["souss-massa", "beni-mellal-khenifra"],
        "status": "completed",
        "start_date": "2021-10-01",
        "end_date": "2024-09-30",
        "budget": "750000.00",
        "currency": "EUR",
        "featured": False,
        "title": {
            "fr": "Diaspora et investissement dans les territoires d’origine",
            "ar": "مغاربة العالم والاستثمار في مناطق الأصل",
            "en": "Diaspora and investment in home regions",
        },
        "summary": {
            "fr": (
                "Ce projet achevé a accompagné des Marocains résidant à l’étranger qui "
                "souhaitaient investir ou transmettre leurs compétences dans leur région "
                "d’origine."
            ),
            "ar": (
                "واكب هذا المشروع المنجز مغاربة مقيمين بالخارج راغبين في الاستثمار أو في نقل "
                "كفاءاتهم إلى جهاتهم الأصلية."
            ),
            "en": (
                "This completed project supported Moroccans living abroad who wished to invest or "
                "pass on their skills in their home region."
            ),
        },
        "body": {
            "fr": (
                "Un guichet d’information a orienté les porteurs de projet vers les interlocuteurs "
                "locaux et les dispositifs existants. Des missions d’experts bénévoles ont permis "
                "de partager des savoir-faire avec des coopératives et de petites entreprises."
                "\n\n"
                "Le projet a également facilité le dialogue entre collectivités territoriales et "
                "associations de la diaspora, afin de mieux intégrer leurs apports dans les plans "
                "de développement locaux."
            ),
            "ar": (
                "وجه شباك للإرشاد حاملي المشاريع نحو المحاورين المحليين والآليات القائمة، كما مكنت "
                "مهام لخبراء متطوعين من تقاسم الخبرات مع تعاونيات ومقاولات صغيرة."
                "\n\n"
                "ويسر المشروع كذلك الحوار بين الجماعات الترابية وجمعيات مغاربة العالم، قصد إدماج "
                "مساهماتهم بشكل أفضل في مخططات التنمية المحلية."
            ),
            "en": (
                "An information desk referred project promoters to local contacts and existing "
                "schemes. Volunteer expert missions allowed know-how to be shared with "
                "cooperatives and small businesses."
                "\n\n"
                "The project also fostered dialogue between local authorities and diaspora "
                "associations, so that their contributions could be better reflected in local "
                "development plans."
            ),
        },
        "beneficiaries": {
            "fr": "85 porteurs de projet de la diaspora et 30 coopératives",
            "ar": "85 من حاملي المشاريع من مغاربة العالم و30 تعاونية",
            "en": "85 diaspora project promoters and 30 cooperatives",
        },
        "partners": [
            ("agence-nordique-cooperation", "donor"),
            ("pont-des-deux-rives", "implementing"),
            ("commission-parcours-migratoires", "government-counterpart"),
        ],
    },
    {
        "slug": "formation-administrations-locales",
        "axis": "migration-gouvernance-developpement",
        "themes": ["migration-irreguliere", "traite-des-personnes"],
        "regions": ["tanger-tetouan-al-hoceima", "oriental"],
        "status": "ongoing",
        "start_date": "2025-05-01",
        "end_date": "2027-04-30",
        "budget": "1800000.00",
        "currency": "MAD",
        "featured": False,
        "title": {
            "fr": "Former les administrations locales à l’accueil des personnes migrantes",
            "ar": "تكوين الإدارات المحلية في مجال استقبال الأشخاص المهاجرين",
            "en": "Training local administrations to receive migrants",
        },
        "summary": {
            "fr": (
                "Le projet renforce les compétences des agents publics au contact des migrants, en "
                "particulier pour l’orientation et le repérage des situations de traite."
            ),
            "ar": (
                "يعزز المشروع كفاءات الموظفين العموميين الذين يتعاملون مع المهاجرين، ولا سيما في "
                "مجالي التوجيه ورصد حالات الاتجار بالبشر."
            ),
            "en": (
                "The project strengthens the skills of public officials who deal with migrants, "
                "particularly in referral and in spotting trafficking situations."
            ),
        },
        "body": {
            "fr": (
                "Un parcours de formation modulaire est proposé aux agents des communes, des "
                "services sociaux et des établissements de santé. Il aborde le cadre juridique, "
                "l’accueil sans discrimination et les circuits d’orientation."
                "\n\n"
                "Des formateurs relais sont préparés au sein des administrations afin que les "
                "contenus puissent être repris durablement après la fin du projet."
            ),
            "ar": (
                "يقترح المشروع مسارا تكوينيا على شكل وحدات لفائدة موظفي الجماعات والمصالح "
                "الاجتماعية والمؤسسات الصحية، يتناول الإطار القانوني والاستقبال دون تمييز ومسالك "
                "التوجيه."
                "\n\n"
                "ويجري إعداد مكونين مرجعيين داخل الإدارات، حتى يتسنى الاستمرار في تقديم هذه "
                "المضامين بعد انتهاء المشروع."
            ),
            "en": (
                "A modular training course is offered to staff of municipalities, social services "
                "and health facilities. It covers the legal framework, non-discriminatory "
                "reception and referral pathways."
                "\n\n"
                "Relay trainers are being prepared within the administrations so that the content "
                "can be used over the long term once the project ends."
            ),
        },
        "beneficiaries": {
            "fr": "Environ 400 agents publics dans deux régions",
            "ar": "نحو 400 من الموظفين العموميين في جهتين",
            "en": "About 400 public officials in two regions",
        },
        "partners": [
            ("programme-onusien-mobilite-durable", "donor"),
            ("commission-parcours-migratoires", "government-counterpart"),
            ("collectif-passerelles-droits", "implementing"),
        ],
    },
    {
        "slug": "mobilite-climatique-planification",
        "axis": "migration-gouvernance-developpement",
        "themes": ["migration-environnementale", "migration-interne"],
        "regions": ["draa-tafilalet", "guelmim-oued-noun"],
        "status": "planned",
        "start_date": "2027-03-01",
        "end_date": "2029-02-28",
        "budget": "520000.00",
        "currency": "USD",
        "featured": False,
        "title": {
            "fr": "Intégrer la mobilité climatique dans la planification régionale",
            "ar": "إدماج التنقل المرتبط بالمناخ في التخطيط الجهوي",
            "en": "Integrating climate mobility into regional planning",
        },
        "summary": {
            "fr": (
                "En préparation, ce projet doit aider deux régions à tenir compte des déplacements "
                "liés au climat dans leurs documents de planification."
            ),
            "ar": (
                "يرمي هذا المشروع، الذي يوجد قيد الإعداد، إلى مساعدة جهتين على مراعاة التنقلات "
                "المرتبطة بالمناخ في وثائق التخطيط الخاصة بهما."
            ),
            "en": (
                "Now in preparation, this project is meant to help two regions take "
                "climate-related movements into account in their planning documents."
            ),
        },
        "body": {
            "fr": (
                "Des études de terrain sont envisagées pour mieux comprendre les liens entre "
                "raréfaction de l’eau, pertes agricoles et départs vers les villes."
                "\n\n"
                "Sur cette base, des ateliers de concertation permettront aux élus, aux services "
                "techniques et aux associations de définir ensemble des mesures d’adaptation."
            ),
            "ar": (
                "من المرتقب إنجاز دراسات ميدانية لفهم أفضل للعلاقة بين ندرة المياه والخسائر "
                "الفلاحية والهجرة نحو المدن."
                "\n\n"
                "وعلى هذا الأساس، ستمكن ورشات تشاورية المنتخبين والمصالح التقنية والجمعيات من "
                "تحديد تدابير للتكيف بشكل مشترك."
            ),
            "en": (
                "Field studies are planned to better understand the links between water scarcity, "
                "agricultural losses and departures to cities."
                "\n\n"
                "Building on these, consultation workshops will allow elected officials, technical "
                "services and associations to agree on adaptation measures together."
            ),
        },
        "beneficiaries": {
            "fr": "Deux conseils régionaux et leurs services techniques (prévision)",
            "ar": "مجلسان جهويان ومصالحهما التقنية (توقعات)",
            "en": "Two regional councils and their technical services (projected)",
        },
        "partners": [
            ("programme-onusien-mobilite-durable", "donor"),
            ("oasis-vivantes-errachidia", "implementing"),
            ("bureau-onusien-resilience", "other"),
        ],
    },
    {
        "slug": "recrutement-equitable",
        "axis": "migration-gouvernance-developpement",
        "themes": ["migration-economique", "traite-des-personnes"],
        "regions": ["souss-massa", "casablanca-settat"],
        "status": "completed",
        "start_date": "2022-06-01",
        "end_date": "2025-05-31",
        "budget": "600000.00",
        "currency": "EUR",
        "featured": False,
        "title": {
            "fr": "Recrutement équitable et mobilité de travail encadrée",
            "ar": "التوظيف العادل والتنقل المؤطر من أجل العمل",
            "en": "Fair recruitment and well-managed labour mobility",
        },
        "summary": {
            "fr": (
                "Ce projet achevé a contribué à des pratiques de recrutement plus transparentes "
                "pour les travailleurs saisonniers et les travailleurs migrants."
            ),
            "ar": (
                "ساهم هذا المشروع المنجز في إرساء ممارسات توظيف أكثر شفافية لفائدة العمال "
                "الموسميين والعمال المهاجرين."
            ),
            "en": (
                "This completed project contributed to more transparent recruitment practices for "
                "seasonal and migrant workers."
            ),
        },
        "body": {
            "fr": (
                "Des sessions d’information préalables au départ ont présenté aux travailleurs "
                "leurs droits, leurs contrats et les recours possibles. Des employeurs et des "
                "intermédiaires ont été sensibilisés aux principes du recrutement éthique."
                "\n\n"
                "Une étude a par ailleurs documenté les coûts supportés par les travailleurs et "
                "formulé des recommandations à l’intention des autorités."
            ),
            "ar": (
                "أطلعت جلسات إعلامية، نظمت قبل السفر، العمال على حقوقهم وعقودهم وسبل الانتصاف "
                "المتاحة، كما جرى تحسيس مشغلين ووسطاء بمبادئ التوظيف الأخلاقي."
                "\n\n"
                "ومن جهة أخرى، وثقت دراسة التكاليف التي يتحملها العمال، وصاغت توصيات موجهة إلى "
                "السلطات."
            ),
            "en": (
                "Pre-departure information sessions explained workers’ rights, contracts and "
                "available remedies. Employers and intermediaries were made aware of ethical "
                "recruitment principles."
                "\n\n"
                "A study also documented the costs borne by workers and put forward "
                "recommendations for the authorities."
            ),
        },
        "beneficiaries": {
            "fr": "Près de 2 500 travailleurs informés et 70 employeurs sensibilisés",
            "ar": "قرابة 2500 من العمال المستفيدين من الإعلام و70 من المشغلين",
            "en": "Nearly 2,500 workers informed and 70 employers reached",
        },
        "partners": [
            ("programme-iberique-mobilite", "donor"),
            ("delegation-insertion-jeunes", "government-counterpart"),
            ("institut-citoyen-mobilites", "implementing"),
        ],
    },
    {
        "slug": "incubateur-jeunes-oriental",
        "axis": "appui-jeunesse",
        "themes": ["migration-economique", "migration-irreguliere"],
        "regions": ["oriental"],
        "status": "ongoing",
        "start_date": "2024-02-01",
        "end_date": "2027-01-31",
        "budget": "480000.00",
        "currency": "EUR",
        "featured": True,
        "title": {
            "fr": "Incubateur de projets pour les jeunes de l’Oriental",
            "ar": "حاضنة مشاريع لفائدة شباب جهة الشرق",
            "en": "Project incubator for young people in the Oriental",
        },
        "summary": {
            "fr": (
                "Le projet accompagne des jeunes de la région dans la création d’activités "
                "économiques, pour leur offrir des perspectives sur place."
            ),
            "ar": (
                "يواكب المشروع شباب الجهة في إحداث أنشطة اقتصادية، بما يتيح لهم آفاقا داخل منطقتهم."
            ),
            "en": (
                "The project helps young people in the region set up economic activities, giving "
                "them prospects close to home."
            ),
        },
        "body": {
            "fr": (
                "Les participants suivent une formation à la gestion, bénéficient d’un mentorat "
                "individuel et peuvent obtenir une petite dotation de démarrage. Une attention "
                "particulière est portée aux jeunes femmes et aux jeunes des zones rurales."
                "\n\n"
                "Des rencontres avec des entrepreneurs locaux et des institutions financières "
                "aident les porteurs de projet à élargir leur réseau et à consolider leur "
                "activité."
            ),
            "ar": (
                "يتابع المشاركون تكوينا في التدبير، ويستفيدون من مرافقة فردية، ويمكنهم الحصول على "
                "منحة صغيرة للانطلاق، مع إيلاء عناية خاصة للشابات وشباب المناطق القروية."
                "\n\n"
                "وتساعد لقاءات مع مقاولين محليين ومؤسسات مالية حاملي المشاريع على توسيع شبكة "
                "علاقاتهم وتعزيز أنشطتهم."
            ),
            "en": (
                "Participants take management training, receive one-to-one mentoring and may "
                "obtain a small start-up grant. Particular attention is paid to young women and "
                "young people from rural areas."
                "\n\n"
                "Meetings with local entrepreneurs and financial institutions help project "
                "promoters expand their networks and consolidate their businesses."
            ),
        },
        "beneficiaries": {
            "fr": "300 jeunes accompagnés, dont au moins 40 % de jeunes femmes",
            "ar": "300 من الشباب، من بينهم 40 في المائة على الأقل من الشابات",
            "en": "300 young people supported, at least 40% of them young women",
        },
        "partners": [
            ("fonds-onusien-jeunesse-avenir", "donor"),
            ("delegation-insertion-jeunes", "government-counterpart"),
            ("horizons-solidaires-oujda", "implementing"),
        ],
    },
    {
        "slug": "clubs-dialogue-jeunes",
        "axis": "appui-jeunesse",
        "themes": ["refugies-demandeurs-asile", "migration-irreguliere"],
        "regions": ["rabat-sale-kenitra", "fes-meknes"],
        "status": "completed",
        "start_date": "2023-09-01",
        "end_date": "2025-07-31",
        "budget": "1200000.00",
        "currency": "MAD",
        "featured": False,
        "title": {
            "fr": "Clubs de dialogue entre jeunes Marocains et jeunes migrants",
            "ar": "نوادي الحوار بين الشباب المغاربة والشباب المهاجرين",
            "en": "Dialogue clubs for young Moroccans and young migrants",
        },
        "summary": {
            "fr": (
                "Ce projet achevé a réuni des jeunes d’horizons différents autour d’activités "
                "culturelles et sportives favorisant la compréhension mutuelle."
            ),
            "ar": (
                "جمع هذا المشروع المنجز شبابا من آفاق مختلفة حول أنشطة ثقافية ورياضية تعزز التفاهم "
                "المتبادل."
            ),
            "en": (
                "This completed project brought together young people from different backgrounds "
                "through cultural and sports activities that promote mutual understanding."
            ),
        },
        "body": {
            "fr": (
                "Animés par des jeunes formés à la médiation, les clubs ont organisé des ateliers "
                "d’expression, des tournois et des projets artistiques dans des maisons de jeunes "
                "et des établissements scolaires."
                "\n\n"
                "Les participants ont ensuite conçu leurs propres campagnes contre les préjugés, "
                "diffusées dans leurs quartiers et sur les réseaux sociaux."
            ),
            "ar": (
                "نظمت النوادي، التي أشرف عليها شباب تلقوا تكوينا في الوساطة، ورشات للتعبير ودوريات "
                "رياضية ومشاريع فنية في دور الشباب والمؤسسات التعليمية."
                "\n\n"
                "ثم صمم المشاركون حملاتهم الخاصة لمناهضة الأحكام المسبقة، وبثوها في أحيائهم وعلى "
                "شبكات التواصل الاجتماعي."
            ),
            "en": (
                "Run by young people trained in mediation, the clubs organised expression "
                "workshops, tournaments and art projects in youth centres and schools."
                "\n\n"
                "Participants then designed their own campaigns against prejudice, shared in their "
                "neighbourhoods and on social media."
            ),
        },
        "beneficiaries": {
            "fr": "Environ 600 jeunes de 15 à 25 ans",
            "ar": "نحو 600 من الشباب تتراوح أعمارهم بين 15 و25 سنة",
            "en": "Around 600 young people aged 15 to 25",
        },
        "partners": [
            ("fonds-onusien-jeunesse-avenir", "donor"),
            ("voix-migrantes-fes", "implementing"),
            ("racines-et-routes", "implementing"),
        ],
    },
    {
        "slug": "information-mobilite-sure",
        "axis": "appui-jeunesse",
        "themes": ["migration-irreguliere", "traite-des-personnes"],
        "regions": ["beni-mellal-khenifra", "souss-massa"],
        "status": "ongoing",
        "start_date": "2025-10-01",
        "end_date": "2027-09-30",
        "budget": "350000.00",
        "currency": "USD",
        "featured": True,
        "title": {
            "fr": "Informer les jeunes sur les voies de mobilité sûres",
            "ar": "توعية الشباب بمسالك التنقل الآمنة",
            "en": "Informing young people about safe mobility pathways",
        },
        "summary": {
            "fr": (
                "Le projet offre aux jeunes une information fiable sur la migration régulière, les "
                "risques des départs irréguliers et les opportunités locales."
            ),
            "ar": (
                "يوفر المشروع للشباب معلومات موثوقة حول الهجرة النظامية ومخاطر الهجرة غير النظامية "
                "والفرص المتاحة محليا."
            ),
            "en": (
                "The project gives young people reliable information on regular migration, the "
                "risks of irregular departures and local opportunities."
            ),
        },
        "body": {
            "fr": (
                "De jeunes ambassadeurs, formés par l’association partenaire, animent des séances "
                "d’échange dans les lycées, les centres de formation et les espaces associatifs. "
                "Un service d’écoute répond aux questions en toute confidentialité."
                "\n\n"
                "Les contenus sont élaborés avec les jeunes eux-mêmes, pour tenir compte de leurs "
                "préoccupations réelles et de leurs façons de communiquer."
            ),
            "ar": (
                "ينشط سفراء شباب، كونتهم الجمعية الشريكة، جلسات للنقاش في الثانويات ومراكز التكوين "
                "والفضاءات الجمعوية، فيما تجيب خدمة للإنصات عن الأسئلة بسرية تامة."
                "\n\n"
                "وتعد المضامين بمشاركة الشباب أنفسهم، حتى تراعي انشغالاتهم الفعلية وطرق تواصلهم."
            ),
            "en": (
                "Young ambassadors trained by the partner association lead discussion sessions in "
                "secondary schools, training centres and community spaces. A helpline answers "
                "questions in confidence."
                "\n\n"
                "The content is developed with young people themselves, to reflect their real "
                "concerns and the way they communicate."
            ),
        },
        "beneficiaries": {
            "fr": "Environ 5 000 jeunes touchés par les séances et les campagnes",
            "ar": "نحو 5000 من الشباب تشملهم الجلسات والحملات",
            "en": "About 5,000 young people reached by sessions and campaigns",
        },
        "partners": [
            ("agence-nordique-cooperation", "donor"),
            ("jeunes-batisseurs-agadir", "implementing"),
            ("delegation-insertion-jeunes", "government-counterpart"),
        ],
    },
    {
        "slug": "competences-vertes-oasis",
        "axis": "appui-jeunesse",
        "themes": ["migration-environnementale", "migration-interne"],
        "regions": ["draa-tafilalet"],
        "status": "planned",
        "start_date": "2027-01-15",
        "end_date": "2028-12-31",
        "budget": "400000.00",
        "currency": "EUR",
        "featured": False,
        "title": {
            "fr": "Compétences vertes pour les jeunes des oasis",
            "ar": "كفاءات خضراء لشباب الواحات",
            "en": "Green skills for young people in the oases",
        },
        "summary": {
            "fr": (
                "Ce projet programmé formera des jeunes des oasis à des métiers liés à la gestion "
                "de l’eau, à l’agroécologie et aux énergies renouvelables."
            ),
            "ar": (
                "يعتزم هذا المشروع المبرمج تكوين شباب الواحات في مهن مرتبطة بتدبير الماء والفلاحة "
                "الإيكولوجية والطاقات المتجددة."
            ),
            "en": (
                "This planned project will train young people from the oases in trades linked to "
                "water management, agroecology and renewable energy."
            ),
        },
        "body": {
            "fr": (
                "Les formations alterneront enseignement pratique et stages auprès de coopératives "
                "et d’entreprises locales, avec un accompagnement vers l’emploi à l’issue du "
                "parcours."
                "\n\n"
                "L’objectif est de renforcer l’attractivité des oasis pour les jeunes générations, "
                "tout en contribuant à l’adaptation de ces territoires au changement climatique."
            ),
            "ar": (
                "ستجمع التكوينات بين التعلم التطبيقي والتداريب لدى التعاونيات والمقاولات المحلية، "
                "مع مواكبة نحو الشغل عند نهاية المسار."
                "\n\n"
                "ويتمثل الهدف في تعزيز جاذبية الواحات لدى الأجيال الشابة، مع المساهمة في تكيف هذه "
                "المجالات مع التغير المناخي."
            ),
            "en": (
                "Training will combine hands-on learning with placements in local cooperatives and "
                "businesses, followed by support in finding work at the end of the course."
                "\n\n"
                "The aim is to make the oases more attractive to younger generations while helping "
                "these areas adapt to climate change."
            ),
        },
        "beneficiaries": {
            "fr": "250 jeunes de 18 à 30 ans (objectif)",
            "ar": "250 من الشباب تتراوح أعمارهم بين 18 و30 سنة (هدف)",
            "en": "250 young people aged 18 to 30 (target)",
        },
        "partners": [
            ("fonds-alpin-developpement", "donor"),
            ("oasis-vivantes-errachidia", "implementing"),
            ("fondation-cedre-bleu", "other"),
        ],
    },
    {
        "slug": "mentorat-diaspora-jeunes",
        "axis": "appui-jeunesse",
        "themes": ["migration-economique"],
        "regions": ["casablanca-settat", "laayoune-sakia-el-hamra", "dakhla-oued-ed-dahab"],
        "status": "ongoing",
        "start_date": "2026-01-01",
        "end_date": "2027-12-31",
        "budget": None,
        "currency": "EUR",
        "featured": False,
        "title": {
            "fr": "Mentorat entre jeunes diplômés et professionnels de la diaspora",
            "ar": "مرافقة الشباب حاملي الشهادات من طرف مهنيين من مغاربة العالم",
            "en": "Mentoring between young graduates and diaspora professionals",
        },
        "summary": {
            "fr": (
                "Le projet met en relation de jeunes diplômés avec des professionnels marocains "
                "établis à l’étranger, qui les conseillent dans leur insertion professionnelle."
            ),
            "ar": (
                "يربط المشروع شبابا حاملين للشهادات بمهنيين مغاربة مقيمين بالخارج، يقدمون لهم "
                "المشورة في مسار إدماجهم المهني."
            ),
            "en": (
                "The project connects young graduates with Moroccan professionals based abroad, "
                "who advise them on entering the job market."
            ),
        },
        "body": {
            "fr": (
                "Les binômes échangent à distance pendant six mois et se rencontrent lors des "
                "séjours des mentors au Maroc. Des ateliers collectifs portent sur la recherche "
                "d’emploi et la création d’entreprise."
                "\n\n"
                "Le projet valorise ainsi l’engagement de la diaspora, tout en donnant aux jeunes "
                "des clés pour construire leur avenir professionnel au Maroc."
            ),
            "ar": (
                "يتواصل كل شاب مع مرافقه عن بعد لمدة ستة أشهر، ويلتقيان خلال زيارات المرافق إلى "
                "المغرب، إلى جانب ورشات جماعية حول البحث عن الشغل وإحداث المقاولات."
                "\n\n"
                "وبذلك يثمن المشروع انخراط مغاربة العالم، ويمنح الشباب مفاتيح لبناء مستقبلهم "
                "المهني في المغرب."
            ),
            "en": (
                "Pairs communicate remotely for six months and meet in person when mentors visit "
                "Morocco. Group workshops cover job seeking and starting a business."
                "\n\n"
                "The project thus draws on the commitment of the diaspora while giving young "
                "people tools to build their careers in Morocco."
            ),
        },
        "beneficiaries": {
            "fr": "120 jeunes diplômés et 120 mentors de la diaspora",
            "ar": "120 من الشباب حاملي الشهادات و120 من المرافقين من مغاربة العالم",
            "en": "120 young graduates and 120 diaspora mentors",
        },
        "partners": [
            ("pont-des-deux-rives", "implementing"),
            ("institut-citoyen-mobilites", "other"),
            ("delegation-insertion-jeunes", "government-counterpart"),
        ],
    },
]
