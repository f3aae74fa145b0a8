-- social-services: the main figures as views, version 2. Each view equals one of the crate's
-- aggregations on the same data set (tests/postgres.rs checks it on the sample, a generated
-- registry and proptest data sets).

-- One row per family MFC, as social_services::aggregate::family_mfcs_by_region(..).centres():
-- an institution of kind family_mfc is one centre (its family-MFC departments are part of
-- it); in any other institution, each department of kind family_mfc is one centre, named
-- "<department> (<short name or name of the institution>)".
CREATE VIEW family_mfcs AS
SELECT i.region, i.id AS institution, NULL::uuid AS department, i.name
FROM institutions i
WHERE i.kind = 'family_mfc'
UNION ALL
SELECT i.region, i.id, d.id, d.name || ' (' || coalesce(i.short_name, i.name) || ')'
FROM institutions i
JOIN departments d ON d.institution = i.id
WHERE i.kind <> 'family_mfc' AND d.kind = 'family_mfc';
COMMENT ON VIEW family_mfcs IS 'Family MFCs: standalone family-MFC institutions and family-MFC departments of other institutions, each once (aggregate::family_mfcs_by_region, centres).';

-- Family MFCs by federal subject, as FamilyMfcsByRegion: standalone() and departments() per
-- region; the row with a null region is without_region().
CREATE VIEW family_mfcs_by_region AS
SELECT region,
       count(*) FILTER (WHERE department IS NULL) AS standalone,
       count(*) FILTER (WHERE department IS NOT NULL) AS departments,
       count(*) AS total
FROM family_mfcs
GROUP BY region;
COMMENT ON VIEW family_mfcs_by_region IS 'Family MFCs by federal subject: standalone institutions and departments, counted once each (aggregate::family_mfcs_by_region).';

-- The events' attendees by their federal subject × the kind of the institution they came
-- from, as aggregate::attendance_by_region_kind: persons named with both a region and an
-- institution of the registry (an organisation taking part without a head count is no
-- attendance).
CREATE VIEW attendance_by_region_kind AS
SELECT (a ->> 'region')::smallint AS region, i.kind AS institution_kind, count(*) AS count
FROM events e
CROSS JOIN LATERAL jsonb_array_elements(coalesce(e.participation -> 'attendees', '[]')) AS a
JOIN institutions i ON i.id = (a ->> 'institution')::uuid
WHERE a ->> 'region' IS NOT NULL AND a ->> 'person' IS NOT NULL
GROUP BY 1, 2;
COMMENT ON VIEW attendance_by_region_kind IS 'Attendees of the events by federal subject × institution kind (aggregate::attendance_by_region_kind).';

-- The attendance table (rows loaded with COPY from the streaming reader) by federal subject ×
-- institution kind, as social_services::stream::aggregate of the same file.
CREATE VIEW streamed_attendance_by_region_kind AS
SELECT region, institution_kind, count(*) AS count
FROM attendance
GROUP BY region, institution_kind;
COMMENT ON VIEW streamed_attendance_by_region_kind IS 'The attendance table by federal subject × institution kind (stream::aggregate).';

-- The sum of stated counts keeps a qualifier as social_services::StatedTotal does: equal
-- qualifiers stay, an exact count takes the other's, two different inexact ones are "about".
CREATE FUNCTION stated_qualifier_join(a text, b text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
    WHEN a IS NULL THEN b
    WHEN b IS NULL OR a = b THEN a
    WHEN a = 'exact' THEN b
    WHEN b = 'exact' THEN a
    ELSE 'about'
END;
COMMENT ON FUNCTION stated_qualifier_join(text, text) IS 'The qualifier of the sum of two stated counts (StatedTotal).';
-- A sum of counts saturates at the largest count the crate holds (u64), as StatedTotal does;
-- null stays null (unlike least(), which ignores nulls).
CREATE FUNCTION saturating_count(n numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN n > 18446744073709551615 THEN 18446744073709551615 ELSE n END;
COMMENT ON FUNCTION saturating_count(numeric) IS 'A sum of counts capped at 18446744073709551615, as StatedTotal saturates; null stays null.';
CREATE AGGREGATE stated_qualifier(text) (SFUNC = stated_qualifier_join, STYPE = text);
COMMENT ON AGGREGATE stated_qualifier(text) IS 'The qualifier of the sum of stated counts (StatedTotal); null when no count is stated.';

-- The total rows of service statistics (no service, no category of families), each placed in
-- the hierarchy: the institution, department and region its scope belongs to (a service point
-- belongs to its department when it names one, a department to its institution, an
-- institution to its region).
CREATE VIEW families_served_places AS
SELECT s.*,
       coalesce(p.institution, d.institution, s.scope_institution) AS place_institution,
       CASE s.scope WHEN 'service_point' THEN p.department WHEN 'department' THEN s.scope_department END AS place_department,
       CASE s.scope WHEN 'region' THEN s.scope_region WHEN 'country' THEN NULL ELSE i.region END AS place_region
FROM service_statistics s
LEFT JOIN service_points p ON p.id = s.scope_service_point
LEFT JOIN departments d ON d.id = s.scope_department
LEFT JOIN institutions i ON i.id = coalesce(p.institution, d.institution, s.scope_institution)
WHERE s.service IS NULL AND s.family_category IS NULL;
COMMENT ON VIEW families_served_places IS 'The total rows of service statistics with the institution, department and region of their scope.';

-- The rows that count, by the finest-level-wins rule of aggregate::families_served: for a
-- period, a service point's row always counts; a department's own row only when none of its
-- points reports; an institution's own row only when none of its points or departments
-- reports; a region's own row only when nothing of an institution in it reports; the
-- country's own row only when nothing else reports.
CREATE VIEW families_served_rows AS
SELECT r.*
FROM families_served_places r
WHERE CASE r.scope
    WHEN 'service_point' THEN true
    WHEN 'department' THEN NOT EXISTS (
        SELECT 1 FROM families_served_places x
        WHERE x.period = r.period AND x.scope = 'service_point' AND x.place_department = r.scope_department)
    WHEN 'institution' THEN NOT EXISTS (
        SELECT 1 FROM families_served_places x
        WHERE x.period = r.period AND x.scope IN ('service_point', 'department')
          AND x.place_institution = r.scope_institution)
    WHEN 'region' THEN NOT EXISTS (
        SELECT 1 FROM families_served_places x
        WHERE x.period = r.period AND x.scope IN ('service_point', 'department', 'institution')
          AND x.place_region = r.scope_region)
    ELSE NOT EXISTS (
        SELECT 1 FROM families_served_places x WHERE x.period = r.period AND x.scope <> 'country')
END;
COMMENT ON VIEW families_served_rows IS 'The total rows of statistics that count by the finest-level-wins rule (aggregate::families_served).';

-- Families served by region and period, as aggregate::families_served(registry, None).cells():
-- the sums of the rows that count, by the region they belong to (null: institutions without a
-- region, or the country's own row, when country is true). support_base is the families served
-- at the places that state the families supported, null when one of them states no families
-- served (FamilyFigures::support_base).
CREATE VIEW families_served AS
SELECT period,
       place_region AS region,
       bool_and(scope = 'country') AS country,
       saturating_count(sum(families_served)) AS families_served,
       stated_qualifier(families_served_qualifier) AS families_served_qualifier,
       saturating_count(sum(families_supported)) AS families_supported,
       stated_qualifier(families_supported_qualifier) AS families_supported_qualifier,
       saturating_count(sum(appeals)) AS appeals,
       stated_qualifier(appeals_qualifier) AS appeals_qualifier,
       CASE WHEN count(families_supported) = 0
              OR count(*) FILTER (WHERE families_supported IS NOT NULL AND families_served IS NULL) > 0 THEN NULL
            ELSE saturating_count(sum(families_served) FILTER (WHERE families_supported IS NOT NULL))
       END AS support_base,
       CASE WHEN count(families_supported) = 0
              OR count(*) FILTER (WHERE families_supported IS NOT NULL AND families_served IS NULL) > 0 THEN NULL
            ELSE stated_qualifier(families_served_qualifier) FILTER (WHERE families_supported IS NOT NULL)
       END AS support_base_qualifier
FROM families_served_rows
GROUP BY period, place_region;
COMMENT ON VIEW families_served IS 'Families served by region and period with the finest-level-wins rule (aggregate::families_served, cells).';
