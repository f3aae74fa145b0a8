//! The two seminar-meetings of the seeds as events: agenda, speakers, participation and
//! outcomes, as the seeds state them.

use social_services::{
    Event,
    records::{AgendaItem, AgendaKind, Attendee, EventId, EventKind, EventLevel, Speaker},
};

use super::build::{
    COMPLEX, DEPARTMENT_IV, FLAGSHIP, FUND, GOVERNMENT_TO, MINISTRY_TO, MINTRUD, MOSKOVSKAYA,
    PILOT, SHUYA, TULA_MFC, UNNAMED_IV, VICHUGA, YEAR_IVANOVO, YEAR_TULA, appointment_id,
    institution_id, ivanovo, person_id, programme_id, region, service_point_id, tula,
};

// ── events ────────────────────────────────────────────────────────────────────────────────

fn speaker(key: &str, name: &str) -> Speaker {
    Speaker {
        appointment: Some(appointment_id(key)),
        ..Speaker::new(person_id(name))
    }
}

fn item(kind: AgendaKind, title: &str, speakers: Vec<Speaker>) -> AgendaItem {
    AgendaItem {
        title: Some(title.to_owned()),
        speakers,
        ..AgendaItem::new(kind)
    }
}

fn attendee(name: &str, institution: &str, region_code: Option<u8>) -> Attendee {
    Attendee {
        person: Some(person_id(name)),
        institution: Some(institution_id(institution)),
        region: region_code.map(region),
        ..Attendee::default()
    }
}

const SUMMARY_IV: &str = "подведены предварительные итоги реализации Комплекса мер по созданию \
    Семейных многофункциональных центров Ивановской области в 2023-2024 годах и тенденциях \
    развития социальной сферы в регионе";

#[allow(clippy::too_many_lines)] // the agenda item by item, in the order of the seed
pub(super) fn ivanovo_seminar() -> Event {
    let mut event = Event::new(
        EventId::from_name("event: областной семинар-совещание, Вичугский КЦСОН, 2024-09-24"),
        "Областной семинар-совещание в отделении Семейный многофункциональный центр Вичугского \
         КЦСОН",
        EventKind::SeminarMeeting,
        EventLevel::Regional,
        "2024-09-24/2024-09-24".parse().expect("a day"),
    );
    event.venue.institution = Some(institution_id(VICHUGA));
    event.venue.region = Some(region(37));
    event.programmes = vec![programme_id(COMPLEX)];
    event.agenda = vec![
        item(
            AgendaKind::Welcome,
            "Приветственное слово",
            vec![
                speaker("Дёмина Анна Юрьевна", "Дёмина Анна Юрьевна"),
                speaker("Слабнова Елена Борисовна", "Слабнова Елена Борисовна"),
            ],
        ),
        item(
            AgendaKind::Report,
            "Об открытии Семейных многофункциональных центров на территории нашей области в \
             2023-2024 годах, о новых подходах к созданию Семейных МФЦ",
            vec![speaker(
                "Киселёва Надежда Юрьевна",
                "Киселёва Надежда Юрьевна",
            )],
        ),
        item(
            AgendaKind::Report,
            "Опыт работы и внедрения новых сервисов в работу Семейных МФЦ",
            vec![
                speaker("Жалова Анна Алексеевна", "Жалова Анна Алексеевна"),
                speaker(
                    "Смирнова Анастасия Евгеньевна",
                    "Смирнова Анастасия Евгеньевна",
                ),
            ],
        ),
        item(
            AgendaKind::Report,
            "О реализации социального проекта «Социальная практика «Я могу. Лаборатория \
             мастерства»",
            vec![speaker(
                "Комова Ольга Викторовна",
                "Комова Ольга Викторовна",
            )],
        ),
        item(
            AgendaKind::Report,
            "О перспективах развития социального сопровождения семей в регионе",
            vec![speaker(
                "Воронина Светлана Михайловна",
                "Воронина Светлана Михайловна",
            )],
        ),
        item(
            AgendaKind::Report,
            "О развитии службы по реабилитации и абилитации, ранней помощи для детей-инвалидов",
            vec![speaker(
                "Лялина Елена Владимировна",
                "Лялина Елена Владимировна",
            )],
        ),
        item(
            AgendaKind::Workshop,
            "Работа с обучающими кейсами «Мы едем в МФЦ»",
            Vec::new(),
        ),
        item(AgendaKind::Summary, SUMMARY_IV, Vec::new()),
    ];
    let named = [
        ("А.Н. Вдовин", UNNAMED_IV),
        ("Е.В. Егорова", UNNAMED_IV),
        ("Дёмина Анна Юрьевна", DEPARTMENT_IV),
        ("Слабнова Елена Борисовна", VICHUGA),
        ("Киселёва Надежда Юрьевна", DEPARTMENT_IV),
        ("Жалова Анна Алексеевна", MOSKOVSKAYA),
        ("Смирнова Анастасия Евгеньевна", VICHUGA),
        ("Комова Ольга Викторовна", SHUYA),
        ("Воронина Светлана Михайловна", DEPARTMENT_IV),
        ("Лялина Елена Владимировна", DEPARTMENT_IV),
    ];
    event.participation.attendees = named
        .iter()
        .map(|&(name, institution)| attendee(name, institution, Some(37)))
        .collect();
    let stated = &mut event.participation.stated;
    stated.groups = vec![
        "директор и сотрудники Департамента социальной защиты населения Ивановской области"
            .to_owned(),
        "директора учреждений социального обслуживания".to_owned(),
        "заведующие отделениями социального сопровождения семей с детьми, Семейных МФЦ из 13 \
         учреждений социального обслуживания семей с детьми"
            .to_owned(),
    ];
    event.outcomes = vec![
        SUMMARY_IV.to_owned(),
        "участники поработали с обучающими кейсами «Мы едем в МФЦ», смогли проработать \
         возможные ситуации на реальном примере, обменяться опытом и получить ответы на \
         интересующие вопросы"
            .to_owned(),
    ];
    event.sources.push(ivanovo(Some(&format!(
        "{YEAR_IVANOVO}; организатор семинара в источнике не указан; участники поимённо — \
         только названные в источнике, все из Ивановской области"
    ))));
    event
}

pub(super) fn tula_seminar() -> Event {
    let mut event = Event::new(
        EventId::from_name("event: Всероссийский семинар-совещание, Тула, 2024-10-03"),
        "Семейные МФЦ: отработка модели и новые подходы",
        EventKind::SeminarMeeting,
        EventLevel::AllRussian,
        "2024-10-03/2024-10-04".parse().expect("two days"),
    );
    event.venue.region = Some(region(71));
    event.venue.locality = Some("Тула".to_owned());
    event.organizers = vec![
        institution_id(MINTRUD),
        institution_id(FUND),
        institution_id(GOVERNMENT_TO),
    ];
    event.programmes = vec![programme_id(PILOT)];
    let shubinskaya = || speaker("Эвелина Шубинская", "Эвелина Шубинская");
    event.agenda = vec![
        item(
            AgendaKind::Welcome,
            "Приветствие участников",
            vec![speaker("Марков Д.С.", "Марков Д.С.")],
        ),
        item(
            AgendaKind::Report,
            "Ключевые выступления",
            vec![
                speaker("Баталина О.Ю.", "Баталина О.Ю."),
                speaker("Абросимова Т. А.", "Абросимова Т. А."),
            ],
        ),
        item(
            AgendaKind::Plenary,
            "Опыт Семейного МФЦ по принципу «одного окна»: главные преимущества — доступность, \
             оперативность, надежность и комфортность навигации; единые подходы к оказанию \
             комплексной социальной поддержки семей с детьми, межведомственное и \
             межсекторальное взаимодействие",
            vec![shubinskaya()],
        ),
        item(
            AgendaKind::ThematicSession,
            "Вопросы улучшения качества работы отделений СМФЦ, перспективы развития, новые \
             подходы и технологии",
            Vec::new(),
        ),
        AgendaItem {
            service_point: Some(service_point_id(FLAGSHIP)),
            ..item(
                AgendaKind::SiteVisit,
                "Посещение флагманского отделения Семейного МФЦ «Мой семейный центр» \
                 Баталиной О.Ю. и представителями регионов: экскурсия по учреждению, лучшие \
                 практики представила директор Эвелина Шубинская",
                vec![shubinskaya()],
            )
        },
    ];
    event.participation.attendees = vec![
        attendee("Эвелина Шубинская", TULA_MFC, Some(71)),
        attendee("Марков Д.С.", GOVERNMENT_TO, Some(71)),
        attendee("Баталина О.Ю.", MINTRUD, None),
        attendee("Абросимова Т. А.", MINISTRY_TO, Some(71)),
    ];
    let stated = &mut event.participation.stated;
    stated.groups = vec![
        "руководители органов исполнительной власти и социальных учреждений 69 субъектов \
         Российской Федерации – участники пилотного проекта по созданию семейных \
         многофункциональных центров"
            .to_owned(),
    ];
    event.outcomes = vec![
        "Семинар-совещание стал значимым событием и точкой профессионального роста".to_owned(),
    ];
    event.sources.push(tula(Some(&format!(
        "{YEAR_TULA}; порядок пунктов программы — порядок изложения в источнике; участники \
         поимённо — только названные в источнике"
    ))));
    event
}
