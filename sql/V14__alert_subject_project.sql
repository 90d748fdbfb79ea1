-- A warning keeps what it is about (its subject and the subject's project), no longer the address of a page: the
-- page layer asks the subject's area for the page when it draws the link (issue 18), so moving a page cannot leave
-- old warnings pointing at nothing. The project of each existing warning is read from its subject's own table.
-- Correlated UPDATEs and plain ALTERs: the same statements run on MySQL/MariaDB and on H2 in MySQL mode.
ALTER TABLE alert ADD COLUMN project_id BIGINT NULL;

UPDATE alert SET project_id = subject_id WHERE subject_type = 'PROJECT';
UPDATE alert SET project_id = (SELECT p.project_id FROM milestone m JOIN milestone_plan p ON p.id = m.plan_id
                               WHERE m.id = alert.subject_id)
    WHERE subject_type = 'MILESTONE';
UPDATE alert SET project_id = (SELECT t.project_id FROM permit_track t WHERE t.id = alert.subject_id)
    WHERE subject_type = 'PERMIT';
UPDATE alert SET project_id = (SELECT r.project_id FROM material_request r WHERE r.id = alert.subject_id)
    WHERE subject_type = 'DELIVERY';

ALTER TABLE alert DROP COLUMN link;
