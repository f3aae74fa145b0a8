-- social-services: the schema of a data set, version 1.
--
-- One table per record kind (and one per nested list the registry refers to: departments,
-- enrollments), in the column forms of `social_services::io::postgres`. Every value is stored in
-- the text form its `Display` writes and its `FromStr` reads (or as uuid, smallint, boolean,
-- numeric, daterange where those fit), and read back through the same parsers, so the database
-- never holds the last word: a row edited by hand is validated again on load.
--
-- Foreign keys are DEFERRABLE INITIALLY DEFERRED: a data set is written in one transaction, in
-- any order, and the references are checked at commit.

CREATE TABLE regions (
    code smallint PRIMARY KEY CHECK (code BETWEEN 1 AND 99),
    name text NOT NULL UNIQUE,
    federal_district text NOT NULL
);
COMMENT ON TABLE regions IS 'The federal subjects of the Russian Federation (social_services::FederalSubject): the table every region column refers to.';
COMMENT ON COLUMN regions.code IS 'The subject code (37 Ивановская область, 71 Тульская область); not an OKATO or OKTMO prefix.';
COMMENT ON COLUMN regions.name IS 'The official name of the subject.';
COMMENT ON COLUMN regions.federal_district IS 'The federal district the subject belongs to.';
INSERT INTO regions (code, name, federal_district) VALUES
    (1, 'Республика Адыгея (Адыгея)', 'Южный федеральный округ'),
    (2, 'Республика Башкортостан', 'Приволжский федеральный округ'),
    (3, 'Республика Бурятия', 'Дальневосточный федеральный округ'),
    (4, 'Республика Алтай', 'Сибирский федеральный округ'),
    (5, 'Республика Дагестан', 'Северо-Кавказский федеральный округ'),
    (6, 'Республика Ингушетия', 'Северо-Кавказский федеральный округ'),
    (7, 'Кабардино-Балкарская Республика', 'Северо-Кавказский федеральный округ'),
    (8, 'Республика Калмыкия', 'Южный федеральный округ'),
    (9, 'Карачаево-Черкесская Республика', 'Северо-Кавказский федеральный округ'),
    (10, 'Республика Карелия', 'Северо-Западный федеральный округ'),
    (11, 'Республика Коми', 'Северо-Западный федеральный округ'),
    (12, 'Республика Марий Эл', 'Приволжский федеральный округ'),
    (13, 'Республика Мордовия', 'Приволжский федеральный округ'),
    (14, 'Республика Саха (Якутия)', 'Дальневосточный федеральный округ'),
    (15, 'Республика Северная Осетия — Алания', 'Северо-Кавказский федеральный округ'),
    (16, 'Республика Татарстан (Татарстан)', 'Приволжский федеральный округ'),
    (17, 'Республика Тыва', 'Сибирский федеральный округ'),
    (18, 'Удмуртская Республика', 'Приволжский федеральный округ'),
    (19, 'Республика Хакасия', 'Сибирский федеральный округ'),
    (20, 'Чеченская Республика', 'Северо-Кавказский федеральный округ'),
    (21, 'Чувашская Республика — Чувашия', 'Приволжский федеральный округ'),
    (22, 'Алтайский край', 'Сибирский федеральный округ'),
    (23, 'Краснодарский край', 'Южный федеральный округ'),
    (24, 'Красноярский край', 'Сибирский федеральный округ'),
    (25, 'Приморский край', 'Дальневосточный федеральный округ'),
    (26, 'Ставропольский край', 'Северо-Кавказский федеральный округ'),
    (27, 'Хабаровский край', 'Дальневосточный федеральный округ'),
    (28, 'Амурская область', 'Дальневосточный федеральный округ'),
    (29, 'Архангельская область', 'Северо-Западный федеральный округ'),
    (30, 'Астраханская область', 'Южный федеральный округ'),
    (31, 'Белгородская область', 'Центральный федеральный округ'),
    (32, 'Брянская область', 'Центральный федеральный округ'),
    (33, 'Владимирская область', 'Центральный федеральный округ'),
    (34, 'Волгоградская область', 'Южный федеральный округ'),
    (35, 'Вологодская область', 'Северо-Западный федеральный округ'),
    (36, 'Воронежская область', 'Центральный федеральный округ'),
    (37, 'Ивановская область', 'Центральный федеральный округ'),
    (38, 'Иркутская область', 'Сибирский федеральный округ'),
    (39, 'Калининградская область', 'Северо-Западный федеральный округ'),
    (40, 'Калужская область', 'Центральный федеральный округ'),
    (41, 'Камчатский край', 'Дальневосточный федеральный округ'),
    (42, 'Кемеровская область — Кузбасс', 'Сибирский федеральный округ'),
    (43, 'Кировская область', 'Приволжский федеральный округ'),
    (44, 'Костромская область', 'Центральный федеральный округ'),
    (45, 'Курганская область', 'Уральский федеральный округ'),
    (46, 'Курская область', 'Центральный федеральный округ'),
    (47, 'Ленинградская область', 'Северо-Западный федеральный округ'),
    (48, 'Липецкая область', 'Центральный федеральный округ'),
    (49, 'Магаданская область', 'Дальневосточный федеральный округ'),
    (50, 'Московская область', 'Центральный федеральный округ'),
    (51, 'Мурманская область', 'Северо-Западный федеральный округ'),
    (52, 'Нижегородская область', 'Приволжский федеральный округ'),
    (53, 'Новгородская область', 'Северо-Западный федеральный округ'),
    (54, 'Новосибирская область', 'Сибирский федеральный округ'),
    (55, 'Омская область', 'Сибирский федеральный округ'),
    (56, 'Оренбургская область', 'Приволжский федеральный округ'),
    (57, 'Орловская область', 'Центральный федеральный округ'),
    (58, 'Пензенская область', 'Приволжский федеральный округ'),
    (59, 'Пермский край', 'Приволжский федеральный округ'),
    (60, 'Псковская область', 'Северо-Западный федеральный округ'),
    (61, 'Ростовская область', 'Южный федеральный округ'),
    (62, 'Рязанская область', 'Центральный федеральный округ'),
    (63, 'Самарская область', 'Приволжский федеральный округ'),
    (64, 'Саратовская область', 'Приволжский федеральный округ'),
    (65, 'Сахалинская область', 'Дальневосточный федеральный округ'),
    (66, 'Свердловская область', 'Уральский федеральный округ'),
    (67, 'Смоленская область', 'Центральный федеральный округ'),
    (68, 'Тамбовская область', 'Центральный федеральный округ'),
    (69, 'Тверская область', 'Центральный федеральный округ'),
    (70, 'Томская область', 'Сибирский федеральный округ'),
    (71, 'Тульская область', 'Центральный федеральный округ'),
    (72, 'Тюменская область', 'Уральский федеральный округ'),
    (73, 'Ульяновская область', 'Приволжский федеральный округ'),
    (74, 'Челябинская область', 'Уральский федеральный округ'),
    (75, 'Забайкальский край', 'Дальневосточный федеральный округ'),
    (76, 'Ярославская область', 'Центральный федеральный округ'),
    (77, 'Москва', 'Центральный федеральный округ'),
    (78, 'Санкт-Петербург', 'Северо-Западный федеральный округ'),
    (79, 'Еврейская автономная область', 'Дальневосточный федеральный округ'),
    (83, 'Ненецкий автономный округ', 'Северо-Западный федеральный округ'),
    (86, 'Ханты-Мансийский автономный округ — Югра', 'Уральский федеральный округ'),
    (87, 'Чукотский автономный округ', 'Дальневосточный федеральный округ'),
    (89, 'Ямало-Ненецкий автономный округ', 'Уральский федеральный округ'),
    (90, 'Запорожская область', 'Южный федеральный округ'),
    (91, 'Республика Крым', 'Южный федеральный округ'),
    (92, 'Севастополь', 'Южный федеральный округ'),
    (93, 'Донецкая Народная Республика', 'Южный федеральный округ'),
    (94, 'Луганская Народная Республика', 'Южный федеральный округ'),
    (95, 'Херсонская область', 'Южный федеральный округ');

CREATE TABLE dataset (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    format_version integer NOT NULL CHECK (format_version >= 1),
    extra jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(extra) = 'object')
);
COMMENT ON TABLE dataset IS 'The one row of the data set document itself: its format version and its unknown top-level fields.';
COMMENT ON COLUMN dataset.singleton IS 'Always true: the table holds at most one row.';
COMMENT ON COLUMN dataset.format_version IS 'Dataset::format_version.';
COMMENT ON COLUMN dataset.extra IS 'The top-level fields of the document this version of the crate does not know (Dataset::extra).';

CREATE TABLE institutions (
    id uuid PRIMARY KEY,
    position integer NOT NULL,
    name text NOT NULL,
    short_name text,
    kind text NOT NULL,
    legal_form text,
    level text NOT NULL CHECK (level IN ('federal', 'regional', 'municipal', 'non_state')),
    region smallint REFERENCES regions (code),
    parent uuid REFERENCES institutions (id) DEFERRABLE INITIALLY DEFERRED,
    inn text CHECK (inn ~ '^[0-9]{10}([0-9]{2})?$'),
    ogrn text CHECK (ogrn ~ '^[0-9]{13}([0-9]{2})?$'),
    kpp text CHECK (kpp ~ '^[0-9]{4}[0-9A-Z]{2}[0-9]{3}$'),
    address_region smallint REFERENCES regions (code),
    address_district text,
    address_locality text,
    address_street text,
    address_house text,
    address_postal_code text CHECK (address_postal_code ~ '^[0-9]{6}$'),
    address_oktmo text CHECK (address_oktmo ~ '^[0-9]{8}([0-9]{3})?$'),
    address_geo text,
    CHECK ((address_region IS NULL) = (address_locality IS NULL)),
    CHECK (address_region IS NOT NULL OR (address_district IS NULL AND address_street IS NULL AND address_house IS NULL)),
    phones text[] NOT NULL DEFAULT '{}',
    emails text[] NOT NULL DEFAULT '{}',
    website text,
    "opened" text CHECK ("opened" ~ '^((не позднее|не ранее) )?[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
    "closed" text CHECK ("closed" ~ '^((не позднее|не ранее) )?[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
    sources jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(sources) = 'array'),
    extra jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(extra) = 'object')
);
CREATE INDEX institutions_region_kind ON institutions (region, kind);
CREATE INDEX institutions_parent ON institutions (parent);
COMMENT ON TABLE institutions IS 'Institutions (social_services::Institution): КЦСОН, family MFCs, ministries, funds; their departments are in the departments table.';
COMMENT ON COLUMN institutions.id IS 'The institution''s id.';
COMMENT ON COLUMN institutions.position IS 'The place of the record in the data set, from 0: the order a data set is read back in.';
COMMENT ON COLUMN institutions.name IS 'The official name.';
COMMENT ON COLUMN institutions.short_name IS 'The short name.';
COMMENT ON COLUMN institutions.kind IS 'InstitutionKind, an open vocabulary: kcson, family_support_centre, family_mfc, … or a term as written.';
COMMENT ON COLUMN institutions.legal_form IS 'LegalForm as stated, an open vocabulary (obuso, gu, gbu, …).';
COMMENT ON COLUMN institutions.level IS 'Level, a closed vocabulary: federal, regional, municipal, non_state.';
COMMENT ON COLUMN institutions.region IS 'The federal subject.';
COMMENT ON COLUMN institutions.parent IS 'The institution it belongs to.';
COMMENT ON COLUMN institutions.inn IS 'ИНН, 10 or 12 digits; the check digits are checked on load, not here.';
COMMENT ON COLUMN institutions.ogrn IS 'ОГРН (13 digits) or ОГРНИП (15); the check digit is checked on load.';
COMMENT ON COLUMN institutions.kpp IS 'КПП, 9 characters.';
COMMENT ON COLUMN institutions.address_region IS 'The address: subject code; with address_locality, required when any address column is filled.';
COMMENT ON COLUMN institutions.address_district IS 'The address: municipal district or okrug (Лежневский муниципальный район), when stated.';
COMMENT ON COLUMN institutions.address_locality IS 'The address: locality (г. Тула).';
COMMENT ON COLUMN institutions.address_street IS 'The address: street (ул. Гоголевская).';
COMMENT ON COLUMN institutions.address_house IS 'The address: house (71); empty for an address that stops at the street or the settlement.';
COMMENT ON COLUMN institutions.address_postal_code IS 'The address: postal index, 6 digits.';
COMMENT ON COLUMN institutions.address_oktmo IS 'The address: OKTMO code, 8 or 11 digits.';
COMMENT ON COLUMN institutions.address_geo IS 'The address: latitude,longitude.';
COMMENT ON COLUMN institutions.phones IS 'Phone numbers, normalised to +7….';
COMMENT ON COLUMN institutions.emails IS 'E-mail addresses.';
COMMENT ON COLUMN institutions.website IS 'The website (a URL).';
COMMENT ON COLUMN institutions.opened IS 'When it opened: a known date, YYYY, YYYY-MM or YYYY-MM-DD, possibly after a bound (не позднее, не ранее).';
COMMENT ON COLUMN institutions.closed IS 'When it closed: a known date, possibly a bound.';
COMMENT ON COLUMN institutions.sources IS 'The sources (a JSON array of social_services::Source).';
COMMENT ON COLUMN institutions.extra IS 'The fields of the record this version of the crate does not know, kept as read.';

CREATE TABLE departments (
    id uuid PRIMARY KEY,
    institution uuid NOT NULL REFERENCES institutions (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position integer NOT NULL,
    name text NOT NULL,
    kind text NOT NULL,
    "opened" text CHECK ("opened" ~ '^((не позднее|не ранее) )?[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
    "closed" text CHECK ("closed" ~ '^((не позднее|не ранее) )?[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
    sources jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(sources) = 'array'),
    extra jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(extra) = 'object'),
    UNIQUE (institution, position) DEFERRABLE INITIALLY DEFERRED
);
COMMENT ON TABLE departments IS 'The departments of institutions (social_services::Department), a family-MFC department of a КЦСОН among them.';
COMMENT ON COLUMN departments.id IS 'The department''s id.';
COMMENT ON COLUMN departments.institution IS 'The institution it is a department of.';
COMMENT ON COLUMN departments.position IS 'Its place in the institution''s list, from 0.';
COMMENT ON COLUMN departments.name IS 'The name.';
COMMENT ON COLUMN departments.kind IS 'DepartmentKind, an open vocabulary: family_mfc, family_support, rehabilitation, directorate, or a term as written.';
COMMENT ON COLUMN departments.opened IS 'When it opened: a known date, possibly a bound.';
COMMENT ON COLUMN departments.closed IS 'When it closed: a known date, possibly a bound.';
COMMENT ON COLUMN departments.sources IS 'The sources (a JSON array).';
COMMENT ON COLUMN departments.extra IS 'Unknown fields, kept as read.';

CREATE TABLE services (
    id uuid PRIMARY KEY,
    position integer NOT NULL,
    name text NOT NULL,
    category text NOT NULL,
    description text,
    eligible text[] NOT NULL DEFAULT '{}',
    sources jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(sources) = 'array'),
    extra jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(extra) = 'object')
);
COMMENT ON TABLE services IS 'The catalogue of services (social_services::Service).';
COMMENT ON COLUMN services.id IS 'The service''s id.';
COMMENT ON COLUMN services.position IS 'The place of the record in the data set, from 0.';
COMMENT ON COLUMN services.name IS 'The name in the catalogue.';
COMMENT ON COLUMN services.category IS 'ServiceCategory, an open vocabulary.';
COMMENT ON COLUMN services.description IS 'What it gives.';
COMMENT ON COLUMN services.eligible IS 'The FamilyCategory terms of the families it is for; empty for every family.';
COMMENT ON COLUMN services.sources IS 'The sources (a JSON array).';
COMMENT ON COLUMN services.extra IS 'Unknown fields, kept as read.';

CREATE TABLE service_points (
    id uuid PRIMARY KEY,
    position integer NOT NULL,
    institution uuid NOT NULL REFERENCES institutions (id) DEFERRABLE INITIALLY DEFERRED,
    department uuid REFERENCES departments (id) DEFERRABLE INITIALLY DEFERRED,
    name text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('flagship', 'branch', 'outreach', 'online')),
    status text NOT NULL CHECK (status IN ('active', 'temporarily_closed', 'closed')),
    address_region smallint REFERENCES regions (code),
    address_district text,
    address_locality text,
    address_street text,
    address_house text,
    address_postal_code text CHECK (address_postal_code ~ '^[0-9]{6}$'),
    address_oktmo text CHECK (address_oktmo ~ '^[0-9]{8}([0-9]{3})?$'),
    address_geo text,
    CHECK ((address_region IS NULL) = (address_locality IS NULL)),
    CHECK (address_region IS NOT NULL OR (address_district IS NULL AND address_street IS NULL AND address_house IS NULL)),
    schedule text,
    url text CHECK (url ~ '^https?://'),
    services uuid[] NOT NULL DEFAULT '{}',
    "opened" text CHECK ("opened" ~ '^((не позднее|не ранее) )?[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
    "closed" text CHECK ("closed" ~ '^((не позднее|не ранее) )?[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
    sources jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(sources) = 'array'),
    extra jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(extra) = 'object')
);
CREATE INDEX service_points_institution ON service_points (institution);
CREATE INDEX service_points_address_region ON service_points (address_region);
COMMENT ON TABLE service_points IS 'Service points (social_services::ServicePoint): where families are received.';
COMMENT ON COLUMN service_points.id IS 'The service point''s id.';
COMMENT ON COLUMN service_points.position IS 'The place of the record in the data set, from 0.';
COMMENT ON COLUMN service_points.institution IS 'The institution that runs it.';
COMMENT ON COLUMN service_points.department IS 'The department that runs it.';
COMMENT ON COLUMN service_points.name IS 'The name.';
COMMENT ON COLUMN service_points.kind IS 'ServicePointKind, a closed vocabulary: flagship, branch, outreach, online.';
COMMENT ON COLUMN service_points.status IS 'ServicePointStatus, a closed vocabulary: active, temporarily_closed, closed.';
COMMENT ON COLUMN service_points.address_region IS 'The address: subject code (see institutions.address_region).';
COMMENT ON COLUMN service_points.address_district IS 'The address: municipal district or okrug, when stated.';
COMMENT ON COLUMN service_points.address_locality IS 'The address: locality.';
COMMENT ON COLUMN service_points.url IS 'The web address of the point (an online point''s page), http or https.';
COMMENT ON COLUMN service_points.address_street IS 'The address: street.';
COMMENT ON COLUMN service_points.address_house IS 'The address: house.';
COMMENT ON COLUMN service_points.address_postal_code IS 'The address: postal index.';
COMMENT ON COLUMN service_points.address_oktmo IS 'The address: OKTMO code.';
COMMENT ON COLUMN service_points.address_geo IS 'The address: latitude,longitude.';
COMMENT ON COLUMN service_points.schedule IS 'The weekly opening hours (WeeklySchedule''s text form).';
COMMENT ON COLUMN service_points.services IS 'The ids of the services offered (checked against services on load: PostgreSQL has no foreign keys on array elements).';
COMMENT ON COLUMN service_points.opened IS 'When it opened: a known date, possibly a bound.';
COMMENT ON COLUMN service_points.closed IS 'When it closed: a known date, possibly a bound.';
COMMENT ON COLUMN service_points.sources IS 'The sources (a JSON array).';
COMMENT ON COLUMN service_points.extra IS 'Unknown fields, kept as read.';

CREATE TABLE persons (
    id uuid PRIMARY KEY,
    position integer NOT NULL,
    name text NOT NULL,
    snils text CHECK (snils ~ '^[0-9]{3}-[0-9]{3}-[0-9]{3} [0-9]{2}$'),
    phones text[] NOT NULL DEFAULT '{}',
    emails text[] NOT NULL DEFAULT '{}',
    sources jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(sources) = 'array'),
    extra jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(extra) = 'object')
);
COMMENT ON TABLE persons IS 'Persons (social_services::Person): staff, officials, speakers, trainees.';
COMMENT ON COLUMN persons.id IS 'The person''s id.';
COMMENT ON COLUMN persons.position IS 'The place of the record in the data set, from 0.';
COMMENT ON COLUMN persons.name IS 'The name (PersonName''s text form: Егорова Е.В.).';
COMMENT ON COLUMN persons.snils IS 'СНИЛС, 000-000-000 00; the checksum is checked on load.';
COMMENT ON COLUMN persons.phones IS 'Phone numbers.';
COMMENT ON COLUMN persons.emails IS 'E-mail addresses.';
COMMENT ON COLUMN persons.sources IS 'The sources (a JSON array).';
COMMENT ON COLUMN persons.extra IS 'Unknown fields, kept as read.';

CREATE TABLE appointments (
    id uuid PRIMARY KEY,
    position integer NOT NULL,
    person uuid NOT NULL REFERENCES persons (id) DEFERRABLE INITIALLY DEFERRED,
    institution uuid NOT NULL REFERENCES institutions (id) DEFERRABLE INITIALLY DEFERRED,
    department uuid REFERENCES departments (id) DEFERRABLE INITIALLY DEFERRED,
    role text NOT NULL,
    title text,
    acting boolean NOT NULL DEFAULT false,
    "start" text CHECK ("start" ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
    "end" text CHECK ("end" ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
    sources jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(sources) = 'array'),
    extra jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(extra) = 'object')
);
CREATE INDEX appointments_institution_role ON appointments (institution, role);
CREATE INDEX appointments_person ON appointments (person);
COMMENT ON TABLE appointments IS 'Appointments (social_services::Appointment): who holds which post where.';
COMMENT ON COLUMN appointments.id IS 'The appointment''s id.';
COMMENT ON COLUMN appointments.position IS 'The place of the record in the data set, from 0.';
COMMENT ON COLUMN appointments.person IS 'Who holds the post.';
COMMENT ON COLUMN appointments.institution IS 'Where.';
COMMENT ON COLUMN appointments.department IS 'The department.';
COMMENT ON COLUMN appointments.role IS 'Role, an open vocabulary: director, deputy_director, head_of_department, ….';
COMMENT ON COLUMN appointments.title IS 'The title exactly as stated.';
COMMENT ON COLUMN appointments.acting IS 'Held as acting (и.о.).';
COMMENT ON COLUMN appointments.start IS 'When the post was taken: a partial date.';
COMMENT ON COLUMN appointments."end" IS 'When the post was left: a partial date.';
COMMENT ON COLUMN appointments.sources IS 'The sources (a JSON array).';
COMMENT ON COLUMN appointments.extra IS 'Unknown fields, kept as read.';

CREATE TABLE programmes (
    id uuid PRIMARY KEY,
    position integer NOT NULL,
    title text NOT NULL,
    kind text NOT NULL,
    "start" text CHECK ("start" ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
    "end" text CHECK ("end" ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
    owner uuid REFERENCES institutions (id) DEFERRABLE INITIALLY DEFERRED,
    regions smallint[] NOT NULL DEFAULT '{}',
    sources jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(sources) = 'array'),
    extra jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(extra) = 'object')
);
COMMENT ON TABLE programmes IS 'Programmes (social_services::Programme): complexes of measures, pilot projects.';
COMMENT ON COLUMN programmes.id IS 'The programme''s id.';
COMMENT ON COLUMN programmes.position IS 'The place of the record in the data set, from 0.';
COMMENT ON COLUMN programmes.title IS 'The title.';
COMMENT ON COLUMN programmes.kind IS 'ProgrammeKind, an open vocabulary.';
COMMENT ON COLUMN programmes.start IS 'When it starts: a partial date.';
COMMENT ON COLUMN programmes."end" IS 'When it ends: a partial date.';
COMMENT ON COLUMN programmes.owner IS 'The institution that owns it.';
COMMENT ON COLUMN programmes.regions IS 'The codes of the participating federal subjects (checked against regions on load).';
COMMENT ON COLUMN programmes.sources IS 'The sources (a JSON array).';
COMMENT ON COLUMN programmes.extra IS 'Unknown fields, kept as read.';

CREATE TABLE events (
    id uuid PRIMARY KEY,
    position integer NOT NULL,
    title text NOT NULL,
    kind text NOT NULL,
    level text NOT NULL CHECK (level IN ('municipal', 'regional', 'interregional', 'all_russian')),
    dates daterange NOT NULL CHECK (NOT isempty(dates) AND NOT lower_inf(dates) AND NOT upper_inf(dates)),
    venue jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(venue) = 'object'),
    organizers uuid[] NOT NULL DEFAULT '{}',
    programmes uuid[] NOT NULL DEFAULT '{}',
    agenda jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(agenda) = 'array'),
    participation jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(participation) = 'object'),
    outcomes text[] NOT NULL DEFAULT '{}',
    sources jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(sources) = 'array'),
    extra jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(extra) = 'object')
);
CREATE INDEX events_dates ON events USING gist (dates);
COMMENT ON TABLE events IS 'Events (social_services::Event): seminars, conferences; their agenda and participation are nested JSON.';
COMMENT ON COLUMN events.id IS 'The event''s id.';
COMMENT ON COLUMN events.position IS 'The place of the record in the data set, from 0.';
COMMENT ON COLUMN events.title IS 'The title.';
COMMENT ON COLUMN events.kind IS 'EventKind, an open vocabulary.';
COMMENT ON COLUMN events.level IS 'EventLevel, a closed vocabulary: municipal, regional, interregional, all_russian.';
COMMENT ON COLUMN events.dates IS 'The days it runs, first and last included (a daterange, so always ordered).';
COMMENT ON COLUMN events.venue IS 'Where (the JSON form of social_services::Venue).';
COMMENT ON COLUMN events.organizers IS 'The ids of the organizing institutions (checked on load).';
COMMENT ON COLUMN events.programmes IS 'The ids of the programmes it belongs to (checked on load).';
COMMENT ON COLUMN events.agenda IS 'The agenda (a JSON array of social_services::AgendaItem).';
COMMENT ON COLUMN events.participation IS 'Who took part (the JSON form of social_services::Participation: attendees, head-counts).';
COMMENT ON COLUMN events.outcomes IS 'What it decided, as stated.';
COMMENT ON COLUMN events.sources IS 'The sources (a JSON array).';
COMMENT ON COLUMN events.extra IS 'Unknown fields, kept as read.';

CREATE TABLE training_sites (
    id uuid PRIMARY KEY,
    position integer NOT NULL,
    institution uuid NOT NULL REFERENCES institutions (id) DEFERRABLE INITIALLY DEFERRED,
    level text NOT NULL CHECK (level IN ('federal', 'regional', 'municipal', 'non_state')),
    topic text NOT NULL,
    programmes uuid[] NOT NULL DEFAULT '{}',
    sources jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(sources) = 'array'),
    extra jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(extra) = 'object')
);
COMMENT ON TABLE training_sites IS 'Training sites (social_services::TrainingSite): стажировочные площадки.';
COMMENT ON COLUMN training_sites.id IS 'The site''s id.';
COMMENT ON COLUMN training_sites.position IS 'The place of the record in the data set, from 0.';
COMMENT ON COLUMN training_sites.institution IS 'The institution that runs it.';
COMMENT ON COLUMN training_sites.level IS 'Level, a closed vocabulary.';
COMMENT ON COLUMN training_sites.topic IS 'What it teaches.';
COMMENT ON COLUMN training_sites.programmes IS 'The ids of its programmes (checked on load).';
COMMENT ON COLUMN training_sites.sources IS 'The sources (a JSON array).';
COMMENT ON COLUMN training_sites.extra IS 'Unknown fields, kept as read.';

CREATE TABLE cohorts (
    id uuid PRIMARY KEY,
    position integer NOT NULL,
    site uuid NOT NULL REFERENCES training_sites (id) DEFERRABLE INITIALLY DEFERRED,
    title text NOT NULL,
    dates daterange CHECK (NOT isempty(dates) AND NOT lower_inf(dates) AND NOT upper_inf(dates)),
    format text NOT NULL CHECK (format IN ('in_person', 'online', 'blended')),
    capacity bigint CHECK (capacity BETWEEN 0 AND 4294967295),
    programme uuid REFERENCES programmes (id) DEFERRABLE INITIALLY DEFERRED,
    head_counts jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(head_counts) = 'array'),
    sources jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(sources) = 'array'),
    extra jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(extra) = 'object')
);
CREATE INDEX cohorts_site ON cohorts (site);
COMMENT ON TABLE cohorts IS 'Training cohorts (social_services::Cohort); their enrollments are in the enrollments table.';
COMMENT ON COLUMN cohorts.id IS 'The cohort''s id.';
COMMENT ON COLUMN cohorts.position IS 'The place of the record in the data set, from 0.';
COMMENT ON COLUMN cohorts.site IS 'The training site.';
COMMENT ON COLUMN cohorts.title IS 'The title.';
COMMENT ON COLUMN cohorts.dates IS 'The days it runs (a daterange).';
COMMENT ON COLUMN cohorts.format IS 'CohortFormat, a closed vocabulary: in_person, online, blended.';
COMMENT ON COLUMN cohorts.capacity IS 'Places.';
COMMENT ON COLUMN cohorts.programme IS 'The programme it trains for.';
COMMENT ON COLUMN cohorts.head_counts IS 'Head-counts per home region when trainees are not named (a JSON array of social_services::RegionHeadCount).';
COMMENT ON COLUMN cohorts.sources IS 'The sources (a JSON array).';
COMMENT ON COLUMN cohorts.extra IS 'Unknown fields, kept as read.';

CREATE TABLE enrollments (
    cohort uuid NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position integer NOT NULL,
    person uuid REFERENCES persons (id) DEFERRABLE INITIALLY DEFERRED,
    home_region smallint REFERENCES regions (code),
    home_institution uuid REFERENCES institutions (id) DEFERRABLE INITIALLY DEFERRED,
    status text NOT NULL CHECK (status IN ('enrolled', 'completed', 'withdrawn')),
    extra jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(extra) = 'object'),
    PRIMARY KEY (cohort, position)
);
CREATE INDEX enrollments_home_region ON enrollments (home_region);
COMMENT ON TABLE enrollments IS 'Enrollments of cohorts (social_services::Enrollment), in the order of the cohort''s list.';
COMMENT ON COLUMN enrollments.cohort IS 'The cohort.';
COMMENT ON COLUMN enrollments.position IS 'The place in the cohort''s list, from 0.';
COMMENT ON COLUMN enrollments.person IS 'The trainee, when named.';
COMMENT ON COLUMN enrollments.home_region IS 'The federal subject the trainee came from.';
COMMENT ON COLUMN enrollments.home_institution IS 'The institution the trainee came from.';
COMMENT ON COLUMN enrollments.status IS 'EnrollmentStatus, a closed vocabulary: enrolled, completed, withdrawn.';
COMMENT ON COLUMN enrollments.extra IS 'Unknown fields, kept as read.';

CREATE TABLE service_statistics (
    key text PRIMARY KEY,
    position integer NOT NULL,
    scope text NOT NULL CHECK (scope IN ('service_point', 'department', 'institution', 'region', 'country')),
    scope_service_point uuid REFERENCES service_points (id) DEFERRABLE INITIALLY DEFERRED,
    scope_department uuid REFERENCES departments (id) DEFERRABLE INITIALLY DEFERRED,
    scope_institution uuid REFERENCES institutions (id) DEFERRABLE INITIALLY DEFERRED,
    scope_region smallint REFERENCES regions (code),
    period text NOT NULL,
    service uuid REFERENCES services (id) DEFERRABLE INITIALLY DEFERRED,
    family_category text,
    "families_served" numeric(20, 0) CHECK ("families_served" >= 0 AND "families_served" <= 18446744073709551615),
    "families_served_qualifier" text CHECK ("families_served_qualifier" IN ('exact', 'more_than', 'up_to', 'about', 'almost')),
    CHECK (("families_served" IS NULL) = ("families_served_qualifier" IS NULL)),
    "families_supported" numeric(20, 0) CHECK ("families_supported" >= 0 AND "families_supported" <= 18446744073709551615),
    "families_supported_qualifier" text CHECK ("families_supported_qualifier" IN ('exact', 'more_than', 'up_to', 'about', 'almost')),
    CHECK (("families_supported" IS NULL) = ("families_supported_qualifier" IS NULL)),
    "appeals" numeric(20, 0) CHECK ("appeals" >= 0 AND "appeals" <= 18446744073709551615),
    "appeals_qualifier" text CHECK ("appeals_qualifier" IN ('exact', 'more_than', 'up_to', 'about', 'almost')),
    CHECK (("appeals" IS NULL) = ("appeals_qualifier" IS NULL)),
    sources jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(sources) = 'array'),
    extra jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(extra) = 'object'),
    CHECK ((scope = 'service_point') = (scope_service_point IS NOT NULL)
       AND (scope = 'department') = (scope_department IS NOT NULL)
       AND (scope = 'institution') = (scope_institution IS NOT NULL)
       AND (scope = 'region') = (scope_region IS NOT NULL))
);
CREATE INDEX service_statistics_period ON service_statistics (period) WHERE service IS NULL AND family_category IS NULL;
COMMENT ON TABLE service_statistics IS 'Rows of service statistics (social_services::ServiceStatistics): counts only, no personal data.';
COMMENT ON COLUMN service_statistics.key IS 'The row''s key: scope, period, service and category (unique in a valid data set).';
COMMENT ON COLUMN service_statistics.position IS 'The place of the record in the data set, from 0.';
COMMENT ON COLUMN service_statistics.scope IS 'Whom the figures are for: service_point, department, institution, region or country; the one matching scope_… column names it.';
COMMENT ON COLUMN service_statistics.scope_service_point IS 'The service point, when scope is service_point.';
COMMENT ON COLUMN service_statistics.scope_department IS 'The department, when scope is department.';
COMMENT ON COLUMN service_statistics.scope_institution IS 'The institution, when scope is institution.';
COMMENT ON COLUMN service_statistics.scope_region IS 'The federal subject, when scope is region.';
COMMENT ON COLUMN service_statistics.period IS 'The reporting period (2025-03, 2025-Q1, 2025-H1, 2025, or start/end).';
COMMENT ON COLUMN service_statistics.service IS 'The one service; null for all.';
COMMENT ON COLUMN service_statistics.family_category IS 'The one FamilyCategory; null for all.';
COMMENT ON COLUMN service_statistics.families_served IS 'Families that got help; with families_served_qualifier.';
COMMENT ON COLUMN service_statistics.families_served_qualifier IS 'exact, more_than, up_to, about, almost.';
COMMENT ON COLUMN service_statistics.families_supported IS 'Of those, families under social support; with families_supported_qualifier.';
COMMENT ON COLUMN service_statistics.families_supported_qualifier IS 'exact, more_than, up_to, about, almost.';
COMMENT ON COLUMN service_statistics.appeals IS 'Appeals; with appeals_qualifier.';
COMMENT ON COLUMN service_statistics.appeals_qualifier IS 'exact, more_than, up_to, about, almost.';
COMMENT ON COLUMN service_statistics.sources IS 'The sources (a JSON array).';
COMMENT ON COLUMN service_statistics.extra IS 'Unknown fields, kept as read.';

CREATE TABLE network_plans (
    id uuid PRIMARY KEY,
    position integer NOT NULL,
    title text NOT NULL,
    period text NOT NULL,
    region smallint REFERENCES regions (code),
    "centres" numeric(20, 0) CHECK ("centres" >= 0 AND "centres" <= 18446744073709551615),
    "centres_qualifier" text CHECK ("centres_qualifier" IN ('exact', 'more_than', 'up_to', 'about', 'almost')),
    CHECK (("centres" IS NULL) = ("centres_qualifier" IS NULL)),
    "regions" numeric(20, 0) CHECK ("regions" >= 0 AND "regions" <= 18446744073709551615),
    "regions_qualifier" text CHECK ("regions_qualifier" IN ('exact', 'more_than', 'up_to', 'about', 'almost')),
    CHECK (("regions" IS NULL) = ("regions_qualifier" IS NULL)),
    owner uuid REFERENCES institutions (id) DEFERRABLE INITIALLY DEFERRED,
    programme uuid REFERENCES programmes (id) DEFERRABLE INITIALLY DEFERRED,
    sources jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(sources) = 'array'),
    extra jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(extra) = 'object')
);
COMMENT ON TABLE network_plans IS 'Plans for the network''s growth (social_services::NetworkPlan).';
COMMENT ON COLUMN network_plans.id IS 'The plan''s id.';
COMMENT ON COLUMN network_plans.position IS 'The place of the record in the data set, from 0.';
COMMENT ON COLUMN network_plans.title IS 'What the plan is, as stated.';
COMMENT ON COLUMN network_plans.period IS 'The reporting period the openings are planned for.';
COMMENT ON COLUMN network_plans.region IS 'The federal subject; null for the whole network.';
COMMENT ON COLUMN network_plans.centres IS 'Family MFCs to open; with centres_qualifier.';
COMMENT ON COLUMN network_plans.centres_qualifier IS 'exact, more_than, up_to, about, almost.';
COMMENT ON COLUMN network_plans.regions IS 'Federal subjects in which they are to open; with regions_qualifier.';
COMMENT ON COLUMN network_plans.regions_qualifier IS 'exact, more_than, up_to, about, almost.';
COMMENT ON COLUMN network_plans.owner IS 'Who set the plan.';
COMMENT ON COLUMN network_plans.programme IS 'The programme it belongs to.';
COMMENT ON COLUMN network_plans.sources IS 'The sources (a JSON array).';
COMMENT ON COLUMN network_plans.extra IS 'Unknown fields, kept as read.';

CREATE TABLE stated_figures (
    id uuid PRIMARY KEY,
    position integer NOT NULL,
    measure text NOT NULL,
    scope text NOT NULL,
    value text NOT NULL,
    date text,
    period text,
    sources jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(sources) = 'array'),
    extra jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(extra) = 'object')
);
CREATE INDEX stated_figures_measure_scope ON stated_figures (measure, scope);
COMMENT ON TABLE stated_figures IS 'Figures as sources state them (social_services::StatedFigure): measure × scope × value × date or period.';
COMMENT ON COLUMN stated_figures.id IS 'The figure''s id.';
COMMENT ON COLUMN stated_figures.position IS 'The place of the record in the data set, from 0.';
COMMENT ON COLUMN stated_figures.measure IS 'Measure, an open vocabulary: family_mfcs, federal_subjects, specialists_trained, ….';
COMMENT ON COLUMN stated_figures.scope IS 'The scope (FigureScope''s text form: country, region:71, institution:<id>, …).';
COMMENT ON COLUMN stated_figures.value IS 'The value: a stated count (более 250) or an ordinal (14-й).';
COMMENT ON COLUMN stated_figures.date IS 'The date it is stated for (a known date, possibly a bound).';
COMMENT ON COLUMN stated_figures.period IS 'The period it is stated for.';
COMMENT ON COLUMN stated_figures.sources IS 'The sources (a JSON array).';
COMMENT ON COLUMN stated_figures.extra IS 'Unknown fields, kept as read.';

CREATE TABLE attendance (
    event uuid NOT NULL,
    date text NOT NULL CHECK (date ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
    person uuid NOT NULL,
    institution uuid NOT NULL,
    region smallint NOT NULL CHECK (region BETWEEN 1 AND 99),
    institution_kind text NOT NULL
);
CREATE INDEX attendance_region_kind ON attendance (region, institution_kind);
COMMENT ON TABLE attendance IS 'Event attendance of national size (social_services::stream::AttendanceRow), loaded with COPY from the streaming reader; rows refer to events and institutions that need not be in the registry, so no foreign keys.';
COMMENT ON COLUMN attendance.event IS 'The event attended.';
COMMENT ON COLUMN attendance.date IS 'The date of the event (its first day): a partial date.';
COMMENT ON COLUMN attendance.person IS 'Who attended.';
COMMENT ON COLUMN attendance.institution IS 'The institution they came from.';
COMMENT ON COLUMN attendance.region IS 'The federal subject they came from (validated against the table of subjects before COPY).';
COMMENT ON COLUMN attendance.institution_kind IS 'InstitutionKind of the institution they came from.';
