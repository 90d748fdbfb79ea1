-- A project's permits: its tracks with their type, documents and supplements.
SELECT t.id, t.status, t.submitted_on, t.decided_on, t.permit_number, y.name_zh, y.authority, d.name, d.state,
       d.deferred_to, d.file_name
FROM permit_track t JOIN permit_type y ON y.id = t.type_id LEFT JOIN permit_document d ON d.track_id = t.id
WHERE t.project_id = :project ORDER BY y.id, d.id;
SELECT s.track_id, s.document, s.requested_on, s.due_on, s.supplied_on
FROM permit_supplement s JOIN permit_track t ON t.id = s.track_id WHERE t.project_id = :project;
