-- The working-day calendar GridWorks counts with, as two lookup tables. calendar_day holds only the dates that
-- differ from the Monday-to-Friday rule (holidays, weekend days worked in exchange), as the application loaded
-- them at its first start; a year without a notice (2027) follows the plain rule, as WorkingDayCalendar does.
--   cal:  every date with wd, the number of working days up to and including it;
--   wday: the k-th working day.
-- "N working days after D" (the start day never counts) is then wday[cal[D].wd + N], and the working days after
-- D up to E are cal[E].wd - cal[D].wd: the same running-total subtraction as WorkingDayCalendar. Everything
-- after this file counts in these ordinals.
SET @cal_first = DATE_SUB(@today, INTERVAL 4 YEAR), @cal_last = DATE_ADD(@today, INTERVAL 3 YEAR);
CREATE TEMPORARY TABLE cal (d DATE PRIMARY KEY, working BOOLEAN NOT NULL, wd INT NOT NULL) ENGINE = MEMORY;
INSERT INTO cal
SELECT d, w, SUM(w) OVER (ORDER BY d)
FROM (SELECT DATE_ADD(@cal_first, INTERVAL n DAY) d,
             COALESCE(NOT c.off_day, WEEKDAY(DATE_ADD(@cal_first, INTERVAL n DAY)) < 5) w
      FROM n LEFT JOIN calendar_day c ON c.calendar_date = DATE_ADD(@cal_first, INTERVAL n DAY)
      WHERE n <= DATEDIFF(@cal_last, @cal_first)) days;
CREATE TEMPORARY TABLE wday (k INT PRIMARY KEY, d DATE NOT NULL) ENGINE = MEMORY;
INSERT INTO wday SELECT wd, d FROM cal WHERE working;

-- today's count (a day off counts as the working day before it), the last working day before today, and the
-- first working day of the three years the data covers
SET @wt = (SELECT wd FROM cal WHERE d = @today);
SET @wpast = @wt - (SELECT working FROM cal WHERE d = @today);
SET @wfirst = (SELECT wd FROM cal WHERE d = DATE_SUB(@today, INTERVAL 3 YEAR)) + 1;
SET @wlast = (SELECT MAX(k) FROM wday);
