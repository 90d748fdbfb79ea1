package org.gridworks.customer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/** The published standards page (/public/standards.xhtml), read once per request; no session. */
@Named
@RequestScoped
public class StandardsBacking {

    @Inject
    PublishedStandards service;

    private List<PublishedStandards.Standard> standards;

    public List<PublishedStandards.Standard> getStandards() {
        if (standards == null) {
            standards = service.standards();
        }
        return standards;
    }

    public LocalDate getToday() {
        return service.today();
    }

    public String getHotline() {
        return CustomerProgress.HOTLINE;
    }

    public String getSupervisionHotline() {
        return CustomerProgress.SUPERVISION_HOTLINE;
    }
}
