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
-- from, as aggregate::attendance_by_region_kind: attendees named with both a region and an
-- institution of the registry.
CREATE VIEW attendance_by_region_kind AS
SELECT (a ->> 'region')::smallint AS region, i.kind AS institution_kind, count(*) AS count
FROM events e
CROSS JOIN LATERAL jsonb_array_elements(coalesce(e.participation -> 'attendees', '[]')) AS a
JOIN institutions i ON i.id = (a ->> 'institution')::uuid
WHERE a ->> 'region' IS NOT NULL
GROUP BY 1, 2;
COMMENT ON VIEW attendance_by_region_kind IS 'Attendees of the events by federal subject × institution kind (aggregate::attendance_by_region_kind).';

-- The attendance table (rows loaded with COPY from the streaming reader) by federal subject ×
-- institution kind, as social_services::stream::aggregate of the same file.
CREATE VIEW streamed_attendance_by_region_kind AS
SELECT region, institution_kind, count(*) AS count
FROM attendance
GROUP BY region, institution_kind;
COMMENT ON VIEW streamed_attendance_by_region_kind IS 'The attendance table by federal subject × institution kind (stream::aggregate).';
