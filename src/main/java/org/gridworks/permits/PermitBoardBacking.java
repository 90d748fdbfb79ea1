package org.gridworks.permits;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The clerk's board: every permit still waiting for a decision, soonest due first, with its colour. */
@Named
@ViewScoped
public class PermitBoardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PermitService permits;

    private List<PermitRow> rows;
    private String authority;
    /** Only the tracks of this clock colour (a ClockStatus name), as a dashboard tile opens the board; null: all. */
    private String colour;

    public void load() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        rows = permits.boardRows(locale);
    }

    public List<PermitRow> getRows() {
        return rows.stream()
                .filter(r -> authority == null
                        || authority.isBlank()
                        || r.authority().equals(authority))
                .filter(r -> colour == null || colour.isBlank() || colour.equals(r.getClockName()))
                .toList();
    }

    /** Every running permit of the board per authority (whatever the filters), for the chart and its table. */
    public List<AuthorityFigures.Figure> getByAuthority() {
        return AuthorityFigures.of(rows);
    }

    public String getByAuthorityChart() {
        return AuthorityFigures.chart(
                getByAuthority(),
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public List<String> getAuthorities() {
        return rows.stream().map(PermitRow::authority).distinct().sorted().toList();
    }

    public String getColour() {
        return colour;
    }

    public void setColour(String colour) {
        this.colour = colour;
    }

    public String getAuthority() {
        return authority;
    }

    public void setAuthority(String authority) {
        this.authority = authority;
    }
}
