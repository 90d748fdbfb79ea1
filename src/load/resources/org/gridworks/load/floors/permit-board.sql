-- The permit board: the unit's open permit tracks with their project, type and outstanding supplement.
SELECT t.id, t.status, t.submitted_on, t.limit_days, p.project_number, p.customer_name, y.name_zh, y.authority,
       s.requested_on, s.supplied_on
FROM permit_track t
JOIN connection_project p ON p.id = t.project_id
JOIN unit u ON u.id = p.unit_id
JOIN permit_type y ON y.id = t.type_id
LEFT JOIN permit_supplement s ON s.track_id = t.id AND s.supplied_on IS NULL
WHERE t.status IN ('PREPARED', 'SUBMITTED', 'SUPPLEMENT_REQUESTED') AND u.code = :unit
ORDER BY t.submitted_on, t.id;
