//! Lookups by id, iterators over each kind, and relations between records.

use std::slice;

use super::{Registry, pick};
use crate::records::{
    Appointment, AppointmentId, Cohort, CohortId, Department, DepartmentId, Event, EventId,
    Institution, InstitutionId, Person, PersonId, Programme, ProgrammeId, ServicePoint,
    ServicePointId, TrainingSite, TrainingSiteId,
};
use crate::values::RegionCode;

/// Lookups by id: `None` for an id the registry does not hold.
impl Registry {
    /// The institution with this id.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{InstitutionId, InstitutionKind, Level}, Dataset, Institution, Registry};
    /// let id = InstitutionId::from_name("Минтруд России");
    /// let mut dataset = Dataset::new();
    /// dataset.institutions.push(Institution::new(id, "Минтруд России", InstitutionKind::Ministry, Level::Federal));
    /// let registry = Registry::new(dataset)?;
    /// assert_eq!(registry.institution(id).unwrap().name, "Минтруд России");
    /// assert!(registry.institution(InstitutionId::from_name("other")).is_none());
    /// # Ok::<(), social_services::ValidationReport>(())
    /// ```
    pub fn institution(&self, id: InstitutionId) -> Option<&Institution> {
        let &i = self.index.institutions.get(&id)?;
        Some(&self.dataset.institutions[i])
    }

    /// The department with this id, with the institution it belongs to.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{Department, DepartmentId, DepartmentKind, InstitutionId, InstitutionKind, Level}, Dataset, Institution, Registry};
    /// let mfc = DepartmentId::from_name("Семейный МФЦ");
    /// let mut vichuga = Institution::new(InstitutionId::from_name("Вичугский КЦСОН"), "ОБУСО «Вичугский КЦСОН»", InstitutionKind::Kcson, Level::Regional);
    /// vichuga.departments.push(Department::new(mfc, "Семейный МФЦ", DepartmentKind::FamilyMfc));
    /// let mut dataset = Dataset::new();
    /// dataset.institutions.push(vichuga);
    /// let registry = Registry::new(dataset)?;
    /// let (institution, department) = registry.department(mfc).unwrap();
    /// assert_eq!((institution.name.as_str(), department.name.as_str()), ("ОБУСО «Вичугский КЦСОН»", "Семейный МФЦ"));
    /// # Ok::<(), social_services::ValidationReport>(())
    /// ```
    pub fn department(&self, id: DepartmentId) -> Option<(&Institution, &Department)> {
        let &(i, j) = self.index.departments.get(&id)?;
        let institution = &self.dataset.institutions[i];
        Some((institution, &institution.departments[j]))
    }

    /// The service point with this id.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{InstitutionId, InstitutionKind, Level, ServicePointId, ServicePointKind}, Dataset, Institution, Registry, ServicePoint};
    /// let tula = InstitutionId::from_name("tula");
    /// let online = ServicePointId::from_name("online");
    /// let mut dataset = Dataset::new();
    /// dataset.institutions.push(Institution::new(tula, "Мой семейный центр", InstitutionKind::FamilyMfc, Level::Regional));
    /// dataset.service_points.push(ServicePoint::new(online, tula, "Онлайн-приёмная", ServicePointKind::Online));
    /// let registry = Registry::new(dataset)?;
    /// assert_eq!(registry.service_point(online).unwrap().institution, tula);
    /// # Ok::<(), social_services::ValidationReport>(())
    /// ```
    pub fn service_point(&self, id: ServicePointId) -> Option<&ServicePoint> {
        let &i = self.index.service_points.get(&id)?;
        Some(&self.dataset.service_points[i])
    }

    /// The person with this id.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::PersonId, Dataset, Person, Registry};
    /// let id = PersonId::from_name("Баталина О.Ю.");
    /// let mut dataset = Dataset::new();
    /// dataset.persons.push(Person::new(id, "Баталина О.Ю.".parse()?));
    /// let registry = Registry::new(dataset)?;
    /// assert_eq!(registry.person(id).unwrap().name.short(), "Баталина О.Ю.");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn person(&self, id: PersonId) -> Option<&Person> {
        let &i = self.index.persons.get(&id)?;
        Some(&self.dataset.persons[i])
    }

    /// The appointment with this id.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{AppointmentId, InstitutionId, InstitutionKind, Level, PersonId, Role}, Appointment, Dataset, Institution, Person, Registry};
    /// let (ministry, person, post) = (InstitutionId::new_v4(), PersonId::new_v4(), AppointmentId::new_v4());
    /// let mut dataset = Dataset::new();
    /// dataset.institutions.push(Institution::new(ministry, "Минтруд России", InstitutionKind::Ministry, Level::Federal));
    /// dataset.persons.push(Person::new(person, "Баталина О.Ю.".parse()?));
    /// dataset.appointments.push(Appointment::new(post, person, ministry, Role::FirstDeputyMinister));
    /// let registry = Registry::new(dataset)?;
    /// assert_eq!(registry.appointment(post).unwrap().role, Role::FirstDeputyMinister);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn appointment(&self, id: AppointmentId) -> Option<&Appointment> {
        let &i = self.index.appointments.get(&id)?;
        Some(&self.dataset.appointments[i])
    }

    /// The event with this id.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{EventId, EventKind, EventLevel}, Dataset, Event, Registry};
    /// let id = EventId::from_name("Тула, 2024-10-03");
    /// let mut dataset = Dataset::new();
    /// dataset.events.push(Event::new(id, "Семейные МФЦ: отработка модели и новые подходы", EventKind::SeminarMeeting, EventLevel::AllRussian, "2024-10-03/2024-10-04".parse()?));
    /// let registry = Registry::new(dataset)?;
    /// assert_eq!(registry.event(id).unwrap().dates.days(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn event(&self, id: EventId) -> Option<&Event> {
        let &i = self.index.events.get(&id)?;
        Some(&self.dataset.events[i])
    }

    /// The programme with this id.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{ProgrammeId, ProgrammeKind}, Dataset, Programme, Registry};
    /// let id = ProgrammeId::from_name("pilot");
    /// let mut dataset = Dataset::new();
    /// dataset.programmes.push(Programme::new(id, "Пилотный проект", ProgrammeKind::PilotProject));
    /// let registry = Registry::new(dataset)?;
    /// assert_eq!(registry.programme(id).unwrap().kind, ProgrammeKind::PilotProject);
    /// # Ok::<(), social_services::ValidationReport>(())
    /// ```
    pub fn programme(&self, id: ProgrammeId) -> Option<&Programme> {
        let &i = self.index.programmes.get(&id)?;
        Some(&self.dataset.programmes[i])
    }

    /// The training site with this id.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{InstitutionId, InstitutionKind, Level, TrainingSiteId}, Dataset, Institution, Registry, TrainingSite};
    /// let (tula, site) = (InstitutionId::new_v4(), TrainingSiteId::new_v4());
    /// let mut dataset = Dataset::new();
    /// dataset.institutions.push(Institution::new(tula, "Мой семейный центр", InstitutionKind::FamilyMfc, Level::Regional));
    /// dataset.training_sites.push(TrainingSite::new(site, tula, Level::Federal, "Создание Семейных МФЦ"));
    /// let registry = Registry::new(dataset)?;
    /// assert_eq!(registry.training_site(site).unwrap().topic, "Создание Семейных МФЦ");
    /// # Ok::<(), social_services::ValidationReport>(())
    /// ```
    pub fn training_site(&self, id: TrainingSiteId) -> Option<&TrainingSite> {
        let &i = self.index.training_sites.get(&id)?;
        Some(&self.dataset.training_sites[i])
    }

    /// The cohort with this id.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{CohortFormat, CohortId, InstitutionId, InstitutionKind, Level, TrainingSiteId}, Cohort, Dataset, Institution, Registry, TrainingSite};
    /// let (tula, site, cohort) = (InstitutionId::new_v4(), TrainingSiteId::new_v4(), CohortId::new_v4());
    /// let mut dataset = Dataset::new();
    /// dataset.institutions.push(Institution::new(tula, "Мой семейный центр", InstitutionKind::FamilyMfc, Level::Regional));
    /// dataset.training_sites.push(TrainingSite::new(site, tula, Level::Federal, "Создание Семейных МФЦ"));
    /// dataset.cohorts.push(Cohort::new(cohort, site, "Поток 1", CohortFormat::InPerson));
    /// let registry = Registry::new(dataset)?;
    /// assert_eq!(registry.cohort(cohort).unwrap().title, "Поток 1");
    /// # Ok::<(), social_services::ValidationReport>(())
    /// ```
    pub fn cohort(&self, id: CohortId) -> Option<&Cohort> {
        let &i = self.index.cohorts.get(&id)?;
        Some(&self.dataset.cohorts[i])
    }
}

/// The record that `id`, taken from one of a registry's records, names.
fn resolved<T>(found: Option<&T>, id: impl std::fmt::Display) -> &T {
    found.unwrap_or_else(|| {
        panic!(
            "{id} is not an id of this registry: the record it was taken from is not one of the registry's"
        )
    })
}

/// References of the registry's own records, resolved: validation proved they resolve, so
/// these return the record itself.
impl Registry {
    /// The institution that runs one of this registry's service points.
    ///
    /// # Panics
    /// When the point is not one of this registry's (its institution is not in the registry).
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{InstitutionId, InstitutionKind, Level, ServicePointId, ServicePointKind}, Dataset, Institution, Registry, ServicePoint};
    /// let tula = InstitutionId::new_v4();
    /// let mut dataset = Dataset::new();
    /// dataset.institutions.push(Institution::new(tula, "Мой семейный центр", InstitutionKind::FamilyMfc, Level::Regional));
    /// dataset.service_points.push(ServicePoint::new(ServicePointId::new_v4(), tula, "Онлайн-приёмная", ServicePointKind::Online));
    /// let registry = Registry::new(dataset)?;
    /// for point in registry.service_points() {
    ///     assert_eq!(registry.institution_of(point).name, "Мой семейный центр");
    /// }
    /// # Ok::<(), social_services::ValidationReport>(())
    /// ```
    pub fn institution_of(&self, point: &ServicePoint) -> &Institution {
        resolved(self.institution(point.institution), point.institution)
    }

    /// The person who holds one of this registry's appointments, and where.
    ///
    /// # Panics
    /// When the appointment is not one of this registry's.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{AppointmentId, InstitutionId, InstitutionKind, Level, PersonId, Role}, Appointment, Dataset, Institution, Person, Registry};
    /// let (ministry, person) = (InstitutionId::new_v4(), PersonId::new_v4());
    /// let mut dataset = Dataset::new();
    /// dataset.institutions.push(Institution::new(ministry, "Минтруд России", InstitutionKind::Ministry, Level::Federal));
    /// dataset.persons.push(Person::new(person, "Баталина О.Ю.".parse()?));
    /// dataset.appointments.push(Appointment::new(AppointmentId::new_v4(), person, ministry, Role::FirstDeputyMinister));
    /// let registry = Registry::new(dataset)?;
    /// let (who, where_) = registry.holder_of(&registry.dataset().appointments[0]);
    /// assert_eq!((who.name.short().as_str(), where_.name.as_str()), ("Баталина О.Ю.", "Минтруд России"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn holder_of(&self, appointment: &Appointment) -> (&Person, &Institution) {
        (
            resolved(self.person(appointment.person), appointment.person),
            resolved(
                self.institution(appointment.institution),
                appointment.institution,
            ),
        )
    }

    /// The training site of one of this registry's cohorts.
    ///
    /// # Panics
    /// When the cohort is not one of this registry's.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{CohortFormat, CohortId, InstitutionId, InstitutionKind, Level, TrainingSiteId}, Cohort, Dataset, Institution, Registry, TrainingSite};
    /// let (tula, site) = (InstitutionId::new_v4(), TrainingSiteId::new_v4());
    /// let mut dataset = Dataset::new();
    /// dataset.institutions.push(Institution::new(tula, "Мой семейный центр", InstitutionKind::FamilyMfc, Level::Regional));
    /// dataset.training_sites.push(TrainingSite::new(site, tula, Level::Federal, "Создание Семейных МФЦ"));
    /// dataset.cohorts.push(Cohort::new(CohortId::new_v4(), site, "Поток 1", CohortFormat::InPerson));
    /// let registry = Registry::new(dataset)?;
    /// let cohort = registry.cohorts().next().unwrap();
    /// assert_eq!(registry.site_of(cohort).topic, "Создание Семейных МФЦ");
    /// # Ok::<(), social_services::ValidationReport>(())
    /// ```
    pub fn site_of(&self, cohort: &Cohort) -> &TrainingSite {
        resolved(self.training_site(cohort.site), cohort.site)
    }
}

/// Every record of a kind, in the order of the data set.
impl Registry {
    /// Every institution.
    ///
    /// # Example
    /// ```
    /// use social_services::{Dataset, Registry};
    /// assert_eq!(Registry::new(Dataset::new())?.institutions().len(), 0);
    /// # Ok::<(), social_services::ValidationReport>(())
    /// ```
    pub fn institutions(&self) -> slice::Iter<'_, Institution> {
        self.dataset.institutions.iter()
    }

    /// Every department, with the institution it belongs to.
    ///
    /// # Example
    /// ```
    /// use social_services::{Dataset, Registry};
    /// assert_eq!(Registry::new(Dataset::new())?.departments().count(), 0);
    /// # Ok::<(), social_services::ValidationReport>(())
    /// ```
    pub fn departments(&self) -> impl Iterator<Item = (&Institution, &Department)> {
        self.dataset
            .institutions
            .iter()
            .flat_map(|i| i.departments.iter().map(move |d| (i, d)))
    }

    /// Every service point.
    ///
    /// # Example
    /// ```
    /// use social_services::{Dataset, Registry};
    /// assert_eq!(Registry::new(Dataset::new())?.service_points().len(), 0);
    /// # Ok::<(), social_services::ValidationReport>(())
    /// ```
    pub fn service_points(&self) -> slice::Iter<'_, ServicePoint> {
        self.dataset.service_points.iter()
    }

    /// Every person.
    ///
    /// # Example
    /// ```
    /// use social_services::{Dataset, Registry};
    /// assert_eq!(Registry::new(Dataset::new())?.persons().len(), 0);
    /// # Ok::<(), social_services::ValidationReport>(())
    /// ```
    pub fn persons(&self) -> slice::Iter<'_, Person> {
        self.dataset.persons.iter()
    }

    /// Every appointment.
    ///
    /// # Example
    /// ```
    /// use social_services::{Dataset, Registry};
    /// assert_eq!(Registry::new(Dataset::new())?.appointments().len(), 0);
    /// # Ok::<(), social_services::ValidationReport>(())
    /// ```
    pub fn appointments(&self) -> slice::Iter<'_, Appointment> {
        self.dataset.appointments.iter()
    }

    /// Every event.
    ///
    /// # Example
    /// ```
    /// use social_services::{Dataset, Registry};
    /// assert_eq!(Registry::new(Dataset::new())?.events().len(), 0);
    /// # Ok::<(), social_services::ValidationReport>(())
    /// ```
    pub fn events(&self) -> slice::Iter<'_, Event> {
        self.dataset.events.iter()
    }

    /// Every programme.
    ///
    /// # Example
    /// ```
    /// use social_services::{Dataset, Registry};
    /// assert_eq!(Registry::new(Dataset::new())?.programmes().len(), 0);
    /// # Ok::<(), social_services::ValidationReport>(())
    /// ```
    pub fn programmes(&self) -> slice::Iter<'_, Programme> {
        self.dataset.programmes.iter()
    }

    /// Every training site.
    ///
    /// # Example
    /// ```
    /// use social_services::{Dataset, Registry};
    /// assert_eq!(Registry::new(Dataset::new())?.training_sites().len(), 0);
    /// # Ok::<(), social_services::ValidationReport>(())
    /// ```
    pub fn training_sites(&self) -> slice::Iter<'_, TrainingSite> {
        self.dataset.training_sites.iter()
    }

    /// Every cohort.
    ///
    /// # Example
    /// ```
    /// use social_services::{Dataset, Registry};
    /// assert_eq!(Registry::new(Dataset::new())?.cohorts().len(), 0);
    /// # Ok::<(), social_services::ValidationReport>(())
    /// ```
    pub fn cohorts(&self) -> slice::Iter<'_, Cohort> {
        self.dataset.cohorts.iter()
    }
}

/// Relations: the records that name a given one, in the order of the data set (an id the
/// registry does not hold has none).
impl Registry {
    /// The service points an institution runs.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{InstitutionId, InstitutionKind, Level, ServicePointId, ServicePointKind}, Dataset, Institution, Registry, ServicePoint};
    /// let tula = InstitutionId::new_v4();
    /// let mut dataset = Dataset::new();
    /// dataset.institutions.push(Institution::new(tula, "Мой семейный центр", InstitutionKind::FamilyMfc, Level::Regional));
    /// dataset.service_points.push(ServicePoint::new(ServicePointId::new_v4(), tula, "Онлайн-приёмная", ServicePointKind::Online));
    /// let registry = Registry::new(dataset)?;
    /// let names: Vec<_> = registry.service_points_of(tula).map(|p| p.name.as_str()).collect();
    /// assert_eq!(names, ["Онлайн-приёмная"]);
    /// # Ok::<(), social_services::ValidationReport>(())
    /// ```
    pub fn service_points_of(
        &self,
        institution: InstitutionId,
    ) -> impl Iterator<Item = &ServicePoint> {
        pick(
            &self.dataset.service_points,
            self.relations.service_points_of.get(&institution),
        )
    }

    /// The posts a person holds or held.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{AppointmentId, InstitutionId, InstitutionKind, Level, PersonId, Role}, Appointment, Dataset, Institution, Person, Registry};
    /// let (union, tula, person) = (InstitutionId::new_v4(), InstitutionId::new_v4(), PersonId::new_v4());
    /// let mut dataset = Dataset::new();
    /// dataset.institutions.push(Institution::new(union, "Тульское региональное отделение Союза женщин России", InstitutionKind::PublicOrganisationBranch, Level::NonState));
    /// dataset.institutions.push(Institution::new(tula, "Мой семейный центр", InstitutionKind::FamilyMfc, Level::Regional));
    /// dataset.persons.push(Person::new(person, "Эвелина Шубинская".parse()?));
    /// dataset.appointments.push(Appointment::new(AppointmentId::new_v4(), person, tula, Role::Director));
    /// dataset.appointments.push(Appointment::new(AppointmentId::new_v4(), person, union, Role::BoardMember));
    /// let registry = Registry::new(dataset)?;
    /// let roles: Vec<_> = registry.appointments_of(person).map(|a| a.role.clone()).collect();
    /// assert_eq!(roles, [Role::Director, Role::BoardMember]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn appointments_of(&self, person: PersonId) -> impl Iterator<Item = &Appointment> {
        pick(
            &self.dataset.appointments,
            self.relations.appointments_of.get(&person),
        )
    }

    /// The posts in an institution (its departments included).
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{AppointmentId, InstitutionId, InstitutionKind, Level, PersonId, Role}, Appointment, Dataset, Institution, Person, Registry};
    /// let (vichuga, person) = (InstitutionId::new_v4(), PersonId::new_v4());
    /// let mut dataset = Dataset::new();
    /// dataset.institutions.push(Institution::new(vichuga, "ОБУСО «Вичугский КЦСОН»", InstitutionKind::Kcson, Level::Regional));
    /// dataset.persons.push(Person::new(person, "Слабнова Елена Борисовна".parse()?));
    /// dataset.appointments.push(Appointment::new(AppointmentId::new_v4(), person, vichuga, Role::Director));
    /// let registry = Registry::new(dataset)?;
    /// assert_eq!(registry.appointments_in(vichuga).count(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn appointments_in(
        &self,
        institution: InstitutionId,
    ) -> impl Iterator<Item = &Appointment> {
        pick(
            &self.dataset.appointments,
            self.relations.appointments_in.get(&institution),
        )
    }

    /// The institutions whose parent is this one.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{InstitutionId, InstitutionKind, Level}, Dataset, Institution, Registry};
    /// let union = InstitutionId::new_v4();
    /// let mut branch = Institution::new(InstitutionId::new_v4(), "Тульское региональное отделение", InstitutionKind::PublicOrganisationBranch, Level::NonState);
    /// branch.parent = Some(union);
    /// let mut dataset = Dataset::new();
    /// dataset.institutions.push(Institution::new(union, "Союз женщин России", InstitutionKind::PublicOrganisation, Level::NonState));
    /// dataset.institutions.push(branch);
    /// let registry = Registry::new(dataset)?;
    /// assert_eq!(registry.children_of(union).next().unwrap().name, "Тульское региональное отделение");
    /// # Ok::<(), social_services::ValidationReport>(())
    /// ```
    pub fn children_of(&self, institution: InstitutionId) -> impl Iterator<Item = &Institution> {
        pick(
            &self.dataset.institutions,
            self.relations.children_of.get(&institution),
        )
    }

    /// The institutions of a federal subject.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{InstitutionId, InstitutionKind, Level}, Dataset, Institution, Registry};
    /// let mut tula = Institution::new(InstitutionId::new_v4(), "Мой семейный центр", InstitutionKind::FamilyMfc, Level::Regional);
    /// tula.region = Some("71".parse()?);
    /// let mut dataset = Dataset::new();
    /// dataset.institutions.push(tula);
    /// let registry = Registry::new(dataset)?;
    /// assert_eq!(registry.institutions_in("Тульская область".parse()?).count(), 1);
    /// assert_eq!(registry.institutions_in("37".parse()?).count(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn institutions_in(&self, region: RegionCode) -> impl Iterator<Item = &Institution> {
        pick(
            &self.dataset.institutions,
            self.relations.institutions_in.get(&region),
        )
    }

    /// The events held in a federal subject: the venue's region; else the region of the
    /// venue's address; else that of the venue institution; else that of the venue service
    /// point's address or institution. An event with none of these is in no region.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{EventId, EventKind, EventLevel, InstitutionId, InstitutionKind, Level}, Dataset, Event, Institution, Registry};
    /// let vichuga = InstitutionId::new_v4();
    /// let mut kcson = Institution::new(vichuga, "ОБУСО «Вичугский КЦСОН»", InstitutionKind::Kcson, Level::Regional);
    /// kcson.region = Some("37".parse()?);
    /// let mut seminar = Event::new(EventId::new_v4(), "Областной семинар-совещание", EventKind::SeminarMeeting, EventLevel::Regional, "2024-09-24/2024-09-24".parse()?);
    /// seminar.venue.institution = Some(vichuga);
    /// let mut dataset = Dataset::new();
    /// dataset.institutions.push(kcson);
    /// dataset.events.push(seminar);
    /// let registry = Registry::new(dataset)?;
    /// assert_eq!(registry.events_in("37".parse()?).count(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn events_in(&self, region: RegionCode) -> impl Iterator<Item = &Event> {
        pick(&self.dataset.events, self.relations.events_in.get(&region))
    }

    /// The cohorts of a training site.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{CohortFormat, CohortId, InstitutionId, InstitutionKind, Level, TrainingSiteId}, Cohort, Dataset, Institution, Registry, TrainingSite};
    /// let (tula, site) = (InstitutionId::new_v4(), TrainingSiteId::new_v4());
    /// let mut dataset = Dataset::new();
    /// dataset.institutions.push(Institution::new(tula, "Мой семейный центр", InstitutionKind::FamilyMfc, Level::Regional));
    /// dataset.training_sites.push(TrainingSite::new(site, tula, Level::Federal, "Создание Семейных МФЦ"));
    /// dataset.cohorts.push(Cohort::new(CohortId::new_v4(), site, "Поток 1", CohortFormat::InPerson));
    /// dataset.cohorts.push(Cohort::new(CohortId::new_v4(), site, "Поток 2", CohortFormat::Online));
    /// let registry = Registry::new(dataset)?;
    /// assert_eq!(registry.cohorts_of(site).count(), 2);
    /// # Ok::<(), social_services::ValidationReport>(())
    /// ```
    pub fn cohorts_of(&self, site: TrainingSiteId) -> impl Iterator<Item = &Cohort> {
        pick(&self.dataset.cohorts, self.relations.cohorts_of.get(&site))
    }

    /// The training sites an institution runs.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{InstitutionId, InstitutionKind, Level, TrainingSiteId}, Dataset, Institution, Registry, TrainingSite};
    /// let tula = InstitutionId::new_v4();
    /// let mut dataset = Dataset::new();
    /// dataset.institutions.push(Institution::new(tula, "Мой семейный центр", InstitutionKind::FamilyMfc, Level::Regional));
    /// dataset.training_sites.push(TrainingSite::new(TrainingSiteId::new_v4(), tula, Level::Federal, "Создание Семейных МФЦ"));
    /// let registry = Registry::new(dataset)?;
    /// assert_eq!(registry.training_sites_of(tula).next().unwrap().level, Level::Federal);
    /// # Ok::<(), social_services::ValidationReport>(())
    /// ```
    pub fn training_sites_of(
        &self,
        institution: InstitutionId,
    ) -> impl Iterator<Item = &TrainingSite> {
        pick(
            &self.dataset.training_sites,
            self.relations.training_sites_of.get(&institution),
        )
    }
}
