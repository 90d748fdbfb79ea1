package org.gridworks.permits;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The authority asked for a document to be supplemented (补正): what, when, by when, and when it came. */
@Entity
@Table(name = "permit_supplement")
public class PermitSupplement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "track_id", nullable = false)
    private PermitTrack track;

    @Column(nullable = false, length = 200)
    private String document;

    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "supplied_on")
    private LocalDate suppliedOn;

    protected PermitSupplement() {}

    PermitSupplement(PermitTrack track, String document, LocalDate requestedOn, LocalDate dueOn) {
        this.track = track;
        this.document = document;
        this.requestedOn = requestedOn;
        this.dueOn = dueOn;
    }

    void supplied(LocalDate on) {
        this.suppliedOn = on;
    }

    PermitClock.Pause pause() {
        return new PermitClock.Pause(requestedOn, suppliedOn);
    }

    public String getDocument() {
        return document;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getSuppliedOn() {
        return suppliedOn;
    }

    public boolean isOutstanding() {
        return suppliedOn == null;
    }
}
