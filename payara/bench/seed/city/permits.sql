-- The permit tracks of works.sql as the clerks keep them: added when the design is under way, submitted with the
-- documents received (one in ten accepted as missing, to be supplemented: 容缺), decided with a permit number and
-- a validity (one in twenty valid only a month, shorter than the works it covers), or still waiting. A cancelled
-- project's open tracks are withdrawn.
UPDATE pt JOIN pw ON pw.n = pt.n
SET pt.status = CASE WHEN pt.withdrawn THEN 'WITHDRAWN'
                     WHEN pt.sub > pw.wcut THEN 'PREPARED'
                     WHEN pt.dd <= pw.wcut THEN IF(pt.refused, 'REFUSED', 'GRANTED')
                     WHEN pt.supp_from <= pw.wcut AND pt.supp_to > pw.wcut THEN 'SUPPLEMENT_REQUESTED'
                     ELSE 'SUBMITTED' END;
UPDATE pt JOIN pw ON pw.n = pt.n SET pt.status = 'WITHDRAWN', pt.withdrawn = TRUE
WHERE pw.status = 'CANCELLED' AND pt.status IN ('PREPARED', 'SUBMITTED', 'SUPPLEMENT_REQUESTED');
SET @tbase = (SELECT COALESCE(MAX(id), 0) FROM permit_track);
UPDATE pt JOIN (SELECT n, slot, ROW_NUMBER() OVER (ORDER BY n, slot) k FROM pt) o ON o.n = pt.n AND o.slot = pt.slot
SET pt.id = @tbase + o.k;

INSERT INTO permit_track (id, project_id, type_id, status, limit_days, pause_on_supplement, submitted_on,
    decided_on, permit_number, valid_from, valid_to, works_until, note, created_at, created_by, version)
SELECT pt.id, pw.id, pt.type_id, pt.status, pt.limit_days, pt.pause,
       IF(pt.sub <= pw.wcut, sub.d, NULL),
       IF(pt.status IN ('GRANTED', 'REFUSED'), dd.d, NULL),
       IF(pt.status = 'GRANTED', CONCAT(ELT(1 + FIELD(t.code, 'PLANNING', 'GREEN_SPACE', 'ROAD_EXCAVATION',
                                                      'ROAD_OCCUPATION', 'WATERWAY', 'TREE_RELOCATION'),
                                            '金许字', '金规许字', '金建绿字', '金执掘字', '金公交占字', '金水许字', '金建树字'),
                                        '（', YEAR(dd.d), '）第', pt.id, '号'), NULL),
       IF(pt.status = 'GRANTED', dd.d, NULL),
       IF(pt.status = 'GRANTED', dd.d + INTERVAL IF(pt.h % 20 = 0, 1, 3 + pt.h % 10) MONTH, NULL),
       IF(pt.status = 'GRANTED', wu.d, NULL),
       CASE pt.status WHEN 'REFUSED' THEN '路由穿越历史文化保护区，需调整方案'
                      WHEN 'WITHDRAWN' THEN IF(pw.status = 'CANCELLED', '项目已撤销', '路由调整后不再需要') END,
       LEAST(TIMESTAMP(cr.d, '09:00') + INTERVAL pt.h % 420 MINUTE, @now - INTERVAL 1 MINUTE), s.login,
       (pt.sub <= pw.wcut) + (pt.status IN ('GRANTED', 'REFUSED', 'WITHDRAWN')) + COALESCE(pt.supp_from <= pw.wcut, 0)
FROM pt JOIN pw ON pw.n = pt.n JOIN p ON p.n = pt.n
JOIN permit_type t ON t.id = pt.type_id
JOIN wday sub ON sub.k = pt.sub
JOIN wday dd ON dd.k = pt.dd
JOIN wday cr ON cr.k = GREATEST(pw.wacc, LEAST(pt.sub - 1, pw.wcut))
JOIN wday wu ON wu.k = pw.start + 17 -- the completion milestone's baseline: the works it covers end then
JOIN staff_count c ON c.unit_k = p.unit_k AND c.role = 'PERMIT_CLERK'
JOIN staff s ON s.unit_k = p.unit_k AND s.role = 'PERMIT_CLERK' AND s.k = pt.h % c.c
ORDER BY pt.id;

-- the type's documents, one per line of its list (now and then one found not to be needed)
INSERT INTO permit_document (track_id, name, state, deferred_to)
SELECT pt.id, TRIM(SUBSTRING_INDEX(SUBSTRING_INDEX(t.documents, '\n', d.n + 1), '\n', -1)),
       CASE WHEN pt.sub > pw.wcut AND pt.status <> 'WITHDRAWN' THEN IF(d.n = 0 AND pt.h % 2 = 0, 'RECEIVED', 'PENDING')
            WHEN pt.sub > pw.wcut THEN 'PENDING'
            WHEN d.n = 1 AND pt.h % 10 = 6 THEN 'DEFERRED'
            WHEN d.n = 1 AND pt.h % 50 = 7 THEN 'NOT_NEEDED'
            ELSE 'RECEIVED' END,
       IF(pt.sub <= pw.wcut AND d.n = 1 AND pt.h % 10 = 6, sub.d + INTERVAL 10 DAY, NULL)
FROM pt JOIN pw ON pw.n = pt.n JOIN permit_type t ON t.id = pt.type_id
JOIN wday sub ON sub.k = pt.sub
JOIN n d ON d.n < 1 + CHAR_LENGTH(t.documents) - CHAR_LENGTH(REPLACE(t.documents, '\n', ''))
ORDER BY pt.id, d.n;
-- supplement requests: still out while the track waits for it; a decision or withdrawal ends it (PermitTrack)
INSERT INTO permit_supplement (track_id, document, requested_on, due_on, supplied_on)
SELECT pt.id, CONCAT(TRIM(SUBSTRING_INDEX(t.documents, '\n', -1)), '（补充说明）'), f.d, f.d + INTERVAL 7 DAY,
       CASE WHEN pt.status = 'SUPPLEMENT_REQUESTED' THEN NULL
            WHEN pt.supp_to <= pw.wcut THEN st.d
            ELSE DATE(pw.cut) END -- withdrawn while it was out
FROM pt JOIN pw ON pw.n = pt.n JOIN permit_type t ON t.id = pt.type_id
JOIN wday f ON f.k = pt.supp_from
JOIN wday st ON st.k = pt.supp_to
WHERE pt.supp_from <= pw.wcut AND pt.sub <= pw.wcut
ORDER BY pt.id;
