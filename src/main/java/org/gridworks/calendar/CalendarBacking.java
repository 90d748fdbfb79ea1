package org.gridworks.calendar;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import org.gridworks.platform.SystemInfo;
import org.gridworks.platform.web.FacesFeedback;
import org.primefaces.model.file.UploadedFile;

/** The year view of the calendar, and for administrators: loading a year's notice, correcting a day. */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CalendarService calendars;

    @Inject
    CalendarAdministration administration;

    @Inject
    SystemInfo system;

    private Integer year;
    private List<MonthView> months;
    private boolean known;
    private List<Correction> corrections;

    private transient UploadedFile file;
    private LocalDate correctionDate;
    private boolean correctionOffDay = true;
    private String correctionName;
    private String correctionReason;

    /** A day an administrator corrected, with the reason given. */
    public record Correction(String date, boolean offDay, String name, String reason) implements Serializable {

        public String getDate() {
            return date;
        }

        public boolean isOffDay() {
            return offDay;
        }

        public String getName() {
            return name;
        }

        public String getReason() {
            return reason;
        }
    }

    public void load() {
        if (year == null || year < WorkingDayCalendar.FIRST.getYear() || year > WorkingDayCalendar.LAST.getYear()) {
            year = system.today().getYear();
        }
        WorkingDayCalendar calendar = calendars.calendar();
        known = calendar.isKnown(year);
        months = IntStream.rangeClosed(1, 12)
                .mapToObj(m -> MonthView.of(YearMonth.of(year, m), calendar))
                .toList();
        corrections = administration.entries(year).stream()
                .filter(CalendarDay::isCorrected)
                .map(d -> new Correction(d.getDate().toString(), d.isOffDay(), d.getName(), d.getReason()))
                .toList();
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            FacesFeedback.error("calendar.file.missing");
            return;
        }
        byte[] content;
        try {
            content = file.getInputStream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Integer days = FacesFeedback.attempt(() -> administration.importYear(year, file.getFileName(), content));
        if (days != null) {
            FacesFeedback.info("calendar.imported", year, days);
            load();
        }
    }

    public void correct() {
        // a correction is a command on one date, not an edit of a loaded form: no version to compare
        if (FacesFeedback.attempt(() ->
                administration.correct(correctionDate, correctionOffDay, correctionName, correctionReason, null))) {
            FacesFeedback.info("calendar.corrected", String.valueOf(correctionDate));
            correctionReason = null;
            correctionName = null;
            load();
        }
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public int getPreviousYear() {
        return year - 1;
    }

    public int getNextYear() {
        return year + 1;
    }

    public List<MonthView> getMonths() {
        return months;
    }

    public boolean isKnown() {
        return known;
    }

    public List<Correction> getCorrections() {
        return corrections;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public LocalDate getCorrectionDate() {
        return correctionDate;
    }

    public void setCorrectionDate(LocalDate correctionDate) {
        this.correctionDate = correctionDate;
    }

    public boolean isCorrectionOffDay() {
        return correctionOffDay;
    }

    public void setCorrectionOffDay(boolean correctionOffDay) {
        this.correctionOffDay = correctionOffDay;
    }

    public String getCorrectionName() {
        return correctionName;
    }

    public void setCorrectionName(String correctionName) {
        this.correctionName = correctionName;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public void setCorrectionReason(String correctionReason) {
        this.correctionReason = correctionReason;
    }
}
