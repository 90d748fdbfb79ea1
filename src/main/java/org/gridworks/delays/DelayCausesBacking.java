package org.gridworks.delays;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridworks.platform.SystemInfo;
import org.gridworks.platform.watch.SubjectType;
import org.gridworks.platform.web.FacesFeedback;

/**
 * The page where the people responsible confirm or change the cause of each late item of a period (the current
 * half-year by default): the proposed cause is preselected, the service decides who may confirm which kind.
 */
@Named
@ViewScoped
public class DelayCausesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DelayCounts counts;

    @Inject
    DelayCauseService causes;

    @Inject
    SystemInfo system;

    private LocalDate from;
    private LocalDate to;
    private List<DelayCounts.Item> items = List.of();
    private final Map<String, String> chosen = new HashMap<>();
    private final Map<String, String> notes = new HashMap<>();

    public void load() {
        if (from == null || to == null) {
            LocalDate today = system.today();
            boolean first = today.getMonthValue() <= 6;
            from = LocalDate.of(today.getYear(), first ? 1 : 7, 1);
            to = first ? LocalDate.of(today.getYear(), 6, 30) : LocalDate.of(today.getYear(), 12, 31);
        }
        refresh();
    }

    public void refresh() {
        if (from == null || to == null || to.isBefore(from)) {
            FacesFeedback.error("delays.badPeriod");
            return;
        }
        List<DelayCounts.Item> found = FacesFeedback.attempt(() -> counts.items(from, to, null));
        items = found == null ? List.of() : found;
        chosen.clear();
        notes.clear();
        for (DelayCounts.Item item : items) {
            String key = key(item);
            DelayCause cause = item.confirmed() != null ? item.confirmed() : item.proposed();
            chosen.put(key, cause == null ? null : cause.name());
            notes.put(key, item.note());
        }
    }

    public void confirm(DelayCounts.Item item) {
        String key = key(item);
        SubjectType type = item.type();
        Integer version = item.confirmed() == null ? null : item.version();
        String name = chosen.get(key);
        // the page posts the cause's name: a map's values carry no type for JSF to convert to
        DelayCause cause = name == null || name.isBlank() ? null : DelayCause.valueOf(name);
        if (FacesFeedback.attempt(() -> causes.confirm(type, item.id(), cause, notes.get(key), version)) != null) {
            FacesFeedback.info("delays.saved");
            refresh();
        }
    }

    public String key(DelayCounts.Item item) {
        return item.type() + "-" + item.id();
    }

    public DelayCause[] getCauses() {
        return DelayCause.values();
    }

    public List<DelayCounts.Item> getItems() {
        return items;
    }

    public Map<String, String> getChosen() {
        return chosen;
    }

    public Map<String, String> getNotes() {
        return notes;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
