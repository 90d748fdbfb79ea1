package org.gridworks.alerts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gridworks.platform.i18n.Messages;
import org.gridworks.platform.watch.Colour;
import org.gridworks.platform.watch.SubjectType;
import org.gridworks.platform.watch.WatchSources;
import org.gridworks.platform.watch.Watched;

/** A warning (or a reminder) raised about a record: kept with its message key so each reader gets their language. */
@Entity
@Table(name = "alert")
public class Alert {

    /** Separates the stored arguments (a character no name or number contains). */
    private static final String SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, length = 16)
    private SubjectType subjectType;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Colour colour;

    @Column(nullable = false)
    private boolean reminder;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(nullable = false, length = 100)
    private String reference;

    @Column(name = "message_key", nullable = false, length = 100)
    private String messageKey;

    @Column(nullable = false, length = 1000)
    private String args;

    /** The project the subject belongs to, for its link (built by the page layer from the type and ids). */
    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "raised_at", nullable = false)
    private LocalDateTime raisedAt;

    protected Alert() {}

    Alert(Watched watched, boolean reminder, LocalDateTime now) {
        this.subjectType = watched.type();
        this.subjectId = watched.id();
        this.colour = watched.colour();
        this.reminder = reminder;
        this.unitId = watched.unitId();
        this.reference = truncate(watched.reference(), 100);
        this.messageKey = watched.messageKey();
        this.args = truncate(String.join(SEPARATOR, watched.args()), 1000);
        this.projectId = watched.projectId();
        this.raisedAt = now;
    }

    /** "[Overdue] ..." in the reader's language. */
    public String title(Locale locale) {
        return Messages.get(locale, "alert.title." + colour + (reminder ? ".reminder" : ""), reference);
    }

    public String text(Locale locale) {
        return Messages.get(locale, messageKey, (Object[]) arguments().toArray(new String[0]));
    }

    public List<String> arguments() {
        return Arrays.asList(args.split(SEPARATOR, -1));
    }

    private static String truncate(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    public Long getId() {
        return id;
    }

    public SubjectType getSubjectType() {
        return subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public Colour getColour() {
        return colour;
    }

    public boolean isReminder() {
        return reminder;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getReference() {
        return reference;
    }

    public Long getProjectId() {
        return projectId;
    }

    /** The page that shows the subject, as its area names it today. */
    public String link(WatchSources pages) {
        return pages.page(subjectType, subjectId, projectId);
    }

    public LocalDateTime getRaisedAt() {
        return raisedAt;
    }
}
