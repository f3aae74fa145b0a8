//! The seeds as records: every fact of the two seed documents, written out in Rust with the
//! crate's own types, and nothing they do not say.
//!
//! This is where `data/sample.json` comes from (see `tests/sample_json.rs`). Ids are UUID v5
//! derived from a stable descriptive name (`Id::from_name`), so that the document is
//! reproducible. What a seed leaves implicit and the data needs (the year, a level, a region)
//! is said in a source note on the record that uses it.

use social_services::{
    Appointment, Dataset, Event, Institution, Person, Programme, ServicePoint, StatedFigure,
    TrainingSite,
    records::{
        AppointmentId, Department, DepartmentId, DepartmentKind, Extra, FigureScope, InstitutionId,
        InstitutionKind, LegalForm, Level, Measure, PersonId, ProgrammeId, ProgrammeKind, Role,
        ServicePointId, ServicePointKind, Source, StatedCount, StatedFigureId, TrainingSiteId,
    },
    values::RegionCode,
};

// ── sources ───────────────────────────────────────────────────────────────────────────────

/// Seed 1 (`000_…`): the Ivanovo regional seminar-meeting of 24 September.
const IVANOVO: &str = "Сообщение об областном семинаре-совещании 24 сентября в отделении Семейный \
    многофункциональный центр Вичугского КЦСОН; заголовок, издатель, адрес и дата публикации в \
    источнике не указаны";

/// Seed 2 (`001_…`): the all-Russian seminar-meeting in Tula, 3–4 October.
const TULA_TITLE: &str = "Тула на Всероссийском семинаре-совещании по семейным МФЦ";
const PHOTO: &str = "Фото взято с официальной страницы группы ГУТО «Семейный МФЦ «Мой семейный \
    центр» в социальной сети ВКонтакте";

pub(super) const YEAR_IVANOVO: &str = "год не указан в источнике, выведен из контекста: на семинаре \
    подведены «предварительные итоги» реализации Комплекса мер по созданию Семейных МФЦ \
    Ивановской области «в 2023-2024 годах», значит 24 сентября — 2024 года";
pub(super) const YEAR_TULA: &str = "год не указан в источнике, выведен из контекста: оба источника \
    описывают одну осень работы по созданию семейных МФЦ, а в сообщении об областном \
    семинаре 24 сентября итоги Комплекса мер «в 2023-2024 годах» названы предварительными, \
    значит 3–4 октября — 2024 года";

pub(super) fn ivanovo(note: Option<&str>) -> Source {
    Source {
        title: None,
        publisher: None,
        url: None,
        published: None,
        note: Some(match note {
            None => IVANOVO.to_owned(),
            Some(note) => format!("{IVANOVO}; {note}"),
        }),
        extra: Extra::new(),
    }
}

pub(super) fn tula(note: Option<&str>) -> Source {
    let mut source = Source::titled(TULA_TITLE);
    source.note = Some(match note {
        None => PHOTO.to_owned(),
        Some(note) => format!("{PHOTO}; {note}"),
    });
    source
}

// ── ids ───────────────────────────────────────────────────────────────────────────────────

pub(super) fn institution_id(name: &str) -> InstitutionId {
    InstitutionId::from_name(&format!("institution: {name}"))
}
fn department_id(name: &str) -> DepartmentId {
    DepartmentId::from_name(&format!("department: {name}"))
}
pub(super) fn person_id(name: &str) -> PersonId {
    PersonId::from_name(&format!("person: {name}"))
}
pub(super) fn appointment_id(name: &str) -> AppointmentId {
    AppointmentId::from_name(&format!("appointment: {name}"))
}

pub(super) fn region(code: u8) -> RegionCode {
    RegionCode::new(code).expect("a federal subject code")
}

// ── institutions ──────────────────────────────────────────────────────────────────────────

pub(super) const UNNAMED_IV: &str =
    "учреждение, где работают А.Н. Вдовин и Е.В. Егорова (название не указано)";
pub(super) const VICHUGA: &str = "ОБУСО «Вичугский КЦСОН»";
pub(super) const MOSKOVSKAYA: &str =
    "ОБУСО «Центр социальной помощи семье и детям «На Московской»»";
pub(super) const SHUYA: &str = "МБУДО «Центр детского творчества» г. Шуя";
pub(super) const DEPARTMENT_IV: &str = "Департамент социальной защиты населения Ивановской области";
pub(super) const TULA_MFC: &str = "ГУ ТО «СМФЦ «Мой семейный центр»»";
pub(super) const MINTRUD: &str = "Минтруд России";
pub(super) const FUND: &str = "Фонд поддержки детей, находящихся в трудной жизненной ситуации";
pub(super) const GOVERNMENT_TO: &str = "Правительство Тульской области";
pub(super) const MINISTRY_TO: &str = "министерство труда и социальной защиты Тульской области";
const WOMEN_UNION: &str = "Союз женщин России";
const WOMEN_UNION_TULA: &str = "Тульское региональное отделение Союза женщин России";

const SUPPORT_DEPT_IV: &str =
    "отделение социального сопровождения семей с детьми, учреждение А.Н. Вдовина и Е.В. Егоровой";
const MFC_DEPT_VICHUGA: &str = "отделение Семейный МФЦ, Вичугский КЦСОН";
const FAMILIES_DIVISION: &str = "управление по делам семей, воспитывающих детей";

#[allow(clippy::too_many_lines)] // one record after another, in the order of the seeds
fn institutions() -> Vec<Institution> {
    let mut unnamed = Institution::new(
        institution_id(UNNAMED_IV),
        "Учреждение, где работают и.о. директора А.Н. Вдовин и заведующий отделением Е.В. \
         Егорова (название в источнике не указано)",
        InstitutionKind::Other("учреждение социального обслуживания семей с детьми".to_owned()),
        Level::Regional,
    );
    unnamed.region = Some(region(37));
    let mut support = Department::new(
        department_id(SUPPORT_DEPT_IV),
        "отделение социального сопровождения семей с детьми",
        DepartmentKind::FamilySupport,
    );
    support.sources.push(ivanovo(None));
    unnamed.departments.push(support);
    unnamed.sources.push(ivanovo(Some(
        "название учреждения, где работают и.о. директора А.Н. Вдовин и заведующий отделением \
         Е.В. Егорова, в источнике не указано; это не Вичугский КЦСОН (его директор — Слабнова \
         Е.Б.) и не «На Московской» (директор — Жалова А.А.). Область — Ивановская («на \
         территории нашей области»); вид и уровень (региональный) выведены из перечня \
         участников: «директора учреждений социального обслуживания, заведующие отделениями \
         социального сопровождения семей с детьми … из 13 учреждений социального обслуживания \
         семей с детьми»",
    )));

    let mut vichuga = Institution::new(
        institution_id(VICHUGA),
        "Вичугский комплексный центр социального обслуживания населения",
        InstitutionKind::Kcson,
        Level::Regional,
    );
    vichuga.short_name = Some("Вичугский КЦСОН".to_owned());
    vichuga.legal_form = Some(LegalForm::Obuso);
    vichuga.region = Some(region(37));
    let mut mfc = Department::new(
        department_id(MFC_DEPT_VICHUGA),
        "Семейный многофункциональный центр",
        DepartmentKind::FamilyMfc,
    );
    mfc.sources.push(ivanovo(None));
    vichuga.departments.push(mfc);
    vichuga.sources.push(ivanovo(Some(
        "уровень (региональный) — по форме ОБУСО (областное учреждение); область — Ивановская: \
         в учреждении прошёл областной семинар Ивановской области",
    )));

    let mut moskovskaya = Institution::new(
        institution_id(MOSKOVSKAYA),
        "Центр социальной помощи семье и детям «На Московской»",
        InstitutionKind::FamilySupportCentre,
        Level::Regional,
    );
    moskovskaya.legal_form = Some(LegalForm::Obuso);
    moskovskaya.region = Some(region(37));
    moskovskaya.sources.push(ivanovo(Some(
        "уровень (региональный) — по форме ОБУСО (областное учреждение); область — Ивановская: \
         директор выступала на областном семинаре Ивановской области",
    )));

    let mut shuya = Institution::new(
        institution_id(SHUYA),
        "Центр детского творчества г. Шуя",
        InstitutionKind::SupplementaryEducation,
        Level::Municipal,
    );
    shuya.legal_form = Some(LegalForm::Mbudo);
    shuya.region = Some(region(37));
    shuya.sources.push(ivanovo(Some(
        "уровень (муниципальный) — по форме МБУДО; область — Ивановская: г. Шуя Ивановской \
         области, директор выступала на областном семинаре",
    )));

    let mut department = Institution::new(
        institution_id(DEPARTMENT_IV),
        "Департамент социальной защиты населения Ивановской области",
        InstitutionKind::Department,
        Level::Regional,
    );
    department.region = Some(region(37));
    let mut division = Department::new(
        department_id(FAMILIES_DIVISION),
        "управление по делам семей, воспитывающих детей",
        DepartmentKind::Directorate,
    );
    division.sources.push(ivanovo(Some(
        "что управление входит в Департамент, выведено из контекста: его начальник и \
         заместитель начальника выступали вслед за руководством Департамента",
    )));
    department.departments.push(division);
    department.sources.push(ivanovo(None));

    let mut tula_mfc = Institution::new(
        institution_id(TULA_MFC),
        "СМФЦ «Мой семейный центр»",
        InstitutionKind::FamilyMfc,
        Level::Regional,
    );
    tula_mfc.short_name = Some("Семейный МФЦ «Мой семейный центр»".to_owned());
    tula_mfc.legal_form = Some(LegalForm::Other("ГУ ТО".to_owned()));
    tula_mfc.region = Some(region(71));
    tula_mfc.sources.push(tula(Some(
        "уровень (региональный) — по форме ГУ ТО (государственное учреждение Тульской области)",
    )));

    let mut mintrud = Institution::new(
        institution_id(MINTRUD),
        "Министерство труда и социальной защиты Российской Федерации",
        InstitutionKind::Ministry,
        Level::Federal,
    );
    mintrud.short_name = Some("Минтруд России".to_owned());
    mintrud.sources.push(tula(None));

    let mut fund = Institution::new(
        institution_id(FUND),
        "Фонд поддержки детей, находящихся в трудной жизненной ситуации",
        InstitutionKind::Fund,
        Level::Federal,
    );
    fund.sources.push(tula(Some(
        "уровень (федеральный) выведен из контекста: фонд — соорганизатор Всероссийского \
         семинара-совещания вместе с Минтрудом России и содействует пилотному проекту по всей \
         стране",
    )));

    let mut government = Institution::new(
        institution_id(GOVERNMENT_TO),
        "Правительство Тульской области",
        InstitutionKind::Government,
        Level::Regional,
    );
    government.region = Some(region(71));
    government.sources.push(tula(None));

    let mut ministry = Institution::new(
        institution_id(MINISTRY_TO),
        "Министерство труда и социальной защиты Тульской области",
        InstitutionKind::Ministry,
        Level::Regional,
    );
    ministry.region = Some(region(71));
    ministry.sources.push(tula(None));

    let mut union = Institution::new(
        institution_id(WOMEN_UNION),
        "Союз женщин России",
        InstitutionKind::PublicOrganisation,
        Level::NonState,
    );
    union.sources.push(tula(Some(
        "упомянут только как головная организация Тульского регионального отделения",
    )));

    let mut union_tula = Institution::new(
        institution_id(WOMEN_UNION_TULA),
        "Тульское региональное отделение Союза женщин России",
        InstitutionKind::PublicOrganisationBranch,
        Level::NonState,
    );
    union_tula.region = Some(region(71));
    union_tula.parent = Some(union.id);
    union_tula.sources.push(tula(None));

    vec![
        unnamed,
        vichuga,
        moskovskaya,
        shuya,
        department,
        tula_mfc,
        mintrud,
        fund,
        government,
        ministry,
        union,
        union_tula,
    ]
}

// ── service points ────────────────────────────────────────────────────────────────────────

pub(super) const FLAGSHIP: &str = "флагманское отделение, ул. Гоголевская, 71";

pub(super) fn service_point_id(name: &str) -> ServicePointId {
    ServicePointId::from_name(&format!(
        "service point: ГУ ТО «СМФЦ «Мой семейный центр»», {name}"
    ))
}

fn service_points() -> Vec<ServicePoint> {
    let centre = institution_id(TULA_MFC);
    let mut flagship = ServicePoint::new(
        service_point_id(FLAGSHIP),
        centre,
        "Флагманское отделение Семейного МФЦ «Мой семейный центр»",
        ServicePointKind::Flagship,
    );
    flagship.address = Some(
        "Тульская область, г. Тула, ул. Гоголевская, 71"
            .parse()
            .expect("the flagship's address"),
    );
    flagship.sources.push(tula(Some(
        "адрес — «на улице Гоголевская 71» в Туле; работает: 3–4 октября там прошла экскурсия \
         участников семинара-совещания",
    )));
    let mut points = vec![flagship];
    for n in 2..=5 {
        let mut point = ServicePoint::new(
            service_point_id(&format!("точка присутствия {n}")),
            centre,
            format!("Точка присутствия {n} (адрес в источнике не указан)"),
            ServicePointKind::Branch,
        );
        point.sources.push(tula(Some(
            "источник говорит только «В Туле Семейный МФЦ представлен в 5-ти точках присутствия» \
             и называет одну из них, флагманское отделение на ул. Гоголевской, 71; адрес, \
             название и вид остальных четырёх не указаны: они записаны как отделения (branch) \
             без адреса, а не выдуманы; работают — «представлен» в настоящем времени",
        )));
        points.push(point);
    }
    points
}

// ── people and their posts ────────────────────────────────────────────────────────────────

/// A named person and the post the seed gives them.
struct Post {
    name: &'static str,
    key: &'static str,
    institution: &'static str,
    department: Option<&'static str>,
    role: Role,
    title: &'static str,
    acting: bool,
    tula: bool,
}

const fn post(
    name: &'static str,
    institution: &'static str,
    role: Role,
    title: &'static str,
    tula: bool,
) -> Post {
    Post {
        name,
        key: name,
        institution,
        department: None,
        role,
        title,
        acting: false,
        tula,
    }
}

#[allow(clippy::too_many_lines)] // one post after another, in the order of the seeds
fn posts() -> Vec<Post> {
    vec![
        Post {
            acting: true,
            ..post(
                "А.Н. Вдовин",
                UNNAMED_IV,
                Role::Director,
                "и.о. директора",
                false,
            )
        },
        Post {
            department: Some(SUPPORT_DEPT_IV),
            ..post(
                "Е.В. Егорова",
                UNNAMED_IV,
                Role::HeadOfDepartment,
                "заведующий отделением социального сопровождения семей с детьми",
                false,
            )
        },
        post(
            "Дёмина Анна Юрьевна",
            DEPARTMENT_IV,
            Role::Director,
            "директор Департамента социальной защиты населения Ивановской области",
            false,
        ),
        post(
            "Слабнова Елена Борисовна",
            VICHUGA,
            Role::Director,
            "директор Вичугского КЦСОН",
            false,
        ),
        post(
            "Киселёва Надежда Юрьевна",
            DEPARTMENT_IV,
            Role::DeputyDirector,
            "заместитель директора Департамента",
            false,
        ),
        post(
            "Жалова Анна Алексеевна",
            MOSKOVSKAYA,
            Role::Director,
            "Директор ОБУСО «Центр социальной помощи семье и детям «На Московской»",
            false,
        ),
        Post {
            department: Some(MFC_DEPT_VICHUGA),
            ..post(
                "Смирнова Анастасия Евгеньевна",
                VICHUGA,
                Role::HeadOfDepartment,
                "заведующий отделением Семейный МФЦ ОБУСО «Вичугский КЦСОН»",
                false,
            )
        },
        post(
            "Комова Ольга Викторовна",
            SHUYA,
            Role::Director,
            "Директор МБУДО «Центр детского творчества» г. Шуя",
            false,
        ),
        Post {
            department: Some(FAMILIES_DIVISION),
            ..post(
                "Воронина Светлана Михайловна",
                DEPARTMENT_IV,
                Role::HeadOfDivision,
                "Начальник управления по делам семей, воспитывающих детей",
                false,
            )
        },
        Post {
            department: Some(FAMILIES_DIVISION),
            ..post(
                "Лялина Елена Владимировна",
                DEPARTMENT_IV,
                Role::DeputyHeadOfDivision,
                "Заместитель начальника управления по делам семей, воспитывающих детей",
                false,
            )
        },
        Post {
            key: "Эвелина Шубинская, член правления",
            ..post(
                "Эвелина Шубинская",
                WOMEN_UNION_TULA,
                Role::BoardMember,
                "Член правления Тульского регионального отделения Союза женщин России",
                true,
            )
        },
        post(
            "Эвелина Шубинская",
            TULA_MFC,
            Role::Director,
            "директор «Семейного МФЦ «Мой семейный центр»",
            true,
        ),
        post(
            "Марков Д.С.",
            GOVERNMENT_TO,
            Role::DeputyChairOfGovernment,
            "заместитель председателя Правительства Тульской области",
            true,
        ),
        post(
            "Баталина О.Ю.",
            MINTRUD,
            Role::FirstDeputyMinister,
            "Первый заместитель Министра труда и социальной защиты Российской Федерации",
            true,
        ),
        post(
            "Абросимова Т. А.",
            MINISTRY_TO,
            Role::Minister,
            "министр труда и социальной защиты Тульской области",
            true,
        ),
    ]
}

fn persons_and_appointments() -> (Vec<Person>, Vec<Appointment>) {
    let mut persons: Vec<Person> = Vec::new();
    let mut appointments = Vec::new();
    for post in posts() {
        let source = if post.tula { tula(None) } else { ivanovo(None) };
        let person = person_id(post.name);
        if persons.iter().all(|p| p.id != person) {
            let mut record = Person::new(person, post.name.parse().expect("a seed name"));
            record.sources.push(source.clone());
            persons.push(record);
        }
        let mut appointment = Appointment::new(
            appointment_id(post.key),
            person,
            institution_id(post.institution),
            post.role,
        );
        appointment.department = post.department.map(department_id);
        appointment.title = Some(post.title.to_owned());
        appointment.acting = post.acting;
        appointment.sources.push(source);
        appointments.push(appointment);
    }
    (persons, appointments)
}

// ── programmes and the training site ──────────────────────────────────────────────────────

pub(super) const COMPLEX: &str = "Комплекс мер по созданию Семейных МФЦ Ивановской области";
pub(super) const PILOT: &str = "пилотный проект по созданию семейных МФЦ";
const I_CAN: &str = "Социальная практика «Я могу. Лаборатория мастерства»";

pub(super) fn programme_id(name: &str) -> ProgrammeId {
    ProgrammeId::from_name(&format!("programme: {name}"))
}

fn programmes() -> Vec<Programme> {
    let mut complex = Programme::new(
        programme_id(COMPLEX),
        "Комплекс мер по созданию Семейных многофункциональных центров Ивановской области в \
         2023-2024 годах",
        ProgrammeKind::ComplexOfMeasures,
    );
    complex.start = Some("2023".parse().expect("a year"));
    complex.end = Some("2024".parse().expect("a year"));
    complex.regions = vec![region(37)];
    complex.sources.push(ivanovo(Some(
        "ответственный за Комплекс мер в источнике не указан",
    )));

    let mut pilot = Programme::new(
        programme_id(PILOT),
        "Пилотный проект по созданию семейных многофункциональных центров",
        ProgrammeKind::PilotProject,
    );
    pilot.owner = Some(institution_id(MINTRUD));
    pilot.regions = vec![region(71)];
    pilot.sources.push(tula(Some(
        "«Тульская область является одним из первых пилотных регионов по организации Семейных \
         МФЦ Минтрудом России при содействии Фонда поддержки детей, находящихся в трудной \
         жизненной ситуации»; 69 — число субъектов РФ, руководители органов власти и \
         социальных учреждений которых участвовали в семинаре-совещании как «участники \
         пилотного проекта»; сроки проекта в источнике не указаны",
    )));

    let mut i_can = Programme::new(
        programme_id(I_CAN),
        "Социальная практика «Я могу. Лаборатория мастерства»",
        ProgrammeKind::SocialProject,
    );
    i_can.owner = Some(institution_id(SHUYA));
    i_can.regions = vec![region(37)];
    i_can.sources.push(ivanovo(Some(
        "владелец выведен из контекста: о реализации социального проекта рассказала директор \
         МБУДО «Центр детского творчества» г. Шуя; сроки проекта в источнике не указаны",
    )));

    vec![complex, pilot, i_can]
}

fn training_site() -> TrainingSite {
    let mut site = TrainingSite::new(
        TrainingSiteId::from_name(
            "training site: ГУ ТО «СМФЦ «Мой семейный центр»», Создание Семейных МФЦ",
        ),
        institution_id(TULA_MFC),
        Level::Federal,
        "Создание Семейных МФЦ",
    );
    site.sources.push(tula(Some(YEAR_TULA)));
    site
}

/// What the seeds state as figures: «обучение на которой прошли уже более 250 специалистов»,
/// «в Туле Семейный МФЦ представлен в 5-ти точках присутствия».
fn stated_figures(site: &TrainingSite) -> Vec<StatedFigure> {
    let mut trained = StatedFigure::new(
        StatedFigureId::from_name("stated figure: trained at the federal training site"),
        Measure::SpecialistsTrained,
        FigureScope::TrainingSite(site.id),
        StatedCount::more_than(250).into(),
    );
    trained.date = Some("2024-10".parse().expect("a month"));
    trained.sources.push(tula(Some(&format!(
        "«обучение на которой прошли уже более 250 специалистов со всей России» — на время \
         семинара-совещания 3–4 октября; {YEAR_TULA}"
    ))));
    let mut points = StatedFigure::new(
        StatedFigureId::from_name("stated figure: service points of the Tula family MFC"),
        Measure::ServicePoints,
        FigureScope::Institution(institution_id(TULA_MFC)),
        StatedCount::exact(5).into(),
    );
    points.date = Some("2024-10".parse().expect("a month"));
    points.sources.push(tula(Some(&format!(
        "«В Туле Семейный МФЦ представлен в 5-ти точках присутствия» — на время \
         семинара-совещания 3–4 октября; {YEAR_TULA}"
    ))));
    let mut subjects = StatedFigure::new(
        StatedFigureId::from_name("stated figure: subjects of the pilot project"),
        Measure::FederalSubjects,
        FigureScope::Programme(programme_id(PILOT)),
        StatedCount::exact(69).into(),
    );
    subjects.date = Some("2024-10-03".parse().expect("a day"));
    subjects.sources.push(tula(Some(&format!(
        "«приняли участие руководители органов исполнительной власти и социальных учреждений \
         69 субъектов Российской Федерации – участники пилотного проекта»: 69 — число \
         субъектов-участников пилотного проекта на время семинара-совещания; {YEAR_TULA}"
    ))));
    vec![trained, points, subjects]
}

/// What the seeds state about who took part in the two seminars: «из 13 учреждений» in
/// Ivanovo, «69 субъектов Российской Федерации» in Tula — each at its seminar's last day.
fn event_figures(events: &[Event]) -> Vec<StatedFigure> {
    let figure = |event: &Event, key: &str, measure: Measure, count: u64| {
        let mut figure = StatedFigure::new(
            StatedFigureId::from_name(&format!("stated figure: {key}")),
            measure,
            FigureScope::Event(event.id),
            StatedCount::exact(count).into(),
        );
        figure.date = Some(event.dates.end().to_string().parse().expect("a day"));
        figure.sources.clone_from(&event.sources);
        figure
    };
    vec![
        figure(
            &events[0],
            "institutions at the Ivanovo seminar",
            Measure::Organisations,
            13,
        ),
        figure(
            &events[1],
            "federal subjects at the Tula seminar",
            Measure::FederalSubjects,
            69,
        ),
    ]
}

/// The whole sample data set.
pub fn dataset() -> Dataset {
    let (persons, appointments) = persons_and_appointments();
    let mut dataset = Dataset::new();
    dataset.institutions = institutions();
    dataset.service_points = service_points();
    dataset.persons = persons;
    dataset.appointments = appointments;
    dataset.events = vec![
        super::events::ivanovo_seminar(),
        super::events::tula_seminar(),
    ];
    dataset.programmes = programmes();
    dataset.training_sites = vec![training_site()];
    dataset.stated_figures = stated_figures(&dataset.training_sites[0]);
    dataset
        .stated_figures
        .extend(event_figures(&dataset.events));
    dataset
}
