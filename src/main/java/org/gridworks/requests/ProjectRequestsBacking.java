package org.gridworks.requests;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridworks.identity.Caller;
import org.gridworks.identity.CurrentCaller;
import org.gridworks.platform.Roles;
import org.gridworks.platform.Time;
import org.gridworks.platform.web.FacesFeedback;
import org.gridworks.projects.ConnectionProject;
import org.gridworks.projects.ProjectService;
import org.gridworks.stock.Catalogue;
import org.gridworks.stock.Material;

/**
 * The material requests of one project, and the project manager's form for a new one: lines, then the proposal
 * (due date, warehouse and day on site per line, red where the due date cannot be met), then the request.
 */
@Named
@ViewScoped
public class ProjectRequestsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MaterialRequestService requests;

    @Inject
    RequestSourcing sourcing;

    @Inject
    RequestLifecycle lifecycle;

    @Inject
    RequestCancellation cancellation;

    @Inject
    ProjectService projects;

    @Inject
    Catalogue catalogue;

    @Inject
    CurrentCaller callers;

    private Long id;
    private String number;
    private String customer;
    private boolean mayRequest;
    private List<RequestRow> rows = List.of();
    private String site;
    private LocalDateTime requestedAt;
    private final List<LineForm> lines = new ArrayList<>();
    private ProposalView proposal;
    private String cancelReason;
    private final Map<String, String> labels = new HashMap<>();

    /** A line of the form. */
    public static class LineForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String material;
        private Integer quantity;

        public String getMaterial() {
            return material;
        }

        public void setMaterial(String material) {
            this.material = material;
        }

        public Integer getQuantity() {
            return quantity;
        }

        public void setQuantity(Integer quantity) {
            this.quantity = quantity;
        }
    }

    /** The proposal as the page shows it. */
    public record ProposalView(
            LocalDate due,
            boolean provisional,
            int dueDays,
            boolean canMeetDue,
            LocalDate bestDate,
            List<ProposedLine> lines)
            implements Serializable {}

    /** A proposed line. */
    public record ProposedLine(
            String material,
            String name,
            String uom,
            int quantity,
            String warehouse,
            LocalDate expectedOn,
            boolean canMeetDue,
            int available,
            boolean split)
            implements Serializable {}

    public void load() {
        FacesFeedback.orNotFound(this::loadNow);
    }

    private void loadNow() {
        ConnectionProject project = projects.find(id);
        Caller caller = callers.require();
        number = project.getNumber();
        customer = project.getCustomerName();
        mayRequest =
                caller.has(Roles.PROJECT_MANAGER) && project.getUnit().getCode().equals(caller.unit());
        rows = requests.rowsOf(id, locale());
        if (lines.isEmpty()) {
            lines.add(new LineForm());
        }
        if (site == null) {
            site = customer;
        }
    }

    public void addLine() {
        lines.add(new LineForm());
        proposal = null;
    }

    public void removeLine(LineForm line) {
        lines.remove(line);
        if (lines.isEmpty()) {
            lines.add(new LineForm());
        }
        proposal = null;
    }

    public void propose() {
        Proposal made = FacesFeedback.attempt(() -> sourcing.propose(id, input()));
        proposal = made == null ? null : view(made);
    }

    public void submit() {
        MaterialRequest made = FacesFeedback.attempt(() -> lifecycle.create(id, input()));
        if (made != null) {
            FacesFeedback.info("request.created", made.getId(), made.getDueOn());
            lines.clear();
            proposal = null;
            requestedAt = null;
            loadNow();
        }
    }

    public void cancel(RequestRow row) {
        if (FacesFeedback.attempt(() -> cancellation.cancel(row.id(), cancelReason, row.version())) != null) {
            FacesFeedback.info("request.cancelled", row.id());
            cancelReason = null;
        }
        loadNow();
    }

    private RequestInput input() {
        return new RequestInput(
                site,
                requestedAt,
                lines.stream()
                        .map(l -> new RequestInput.Line(l.getMaterial(), l.getQuantity()))
                        .toList());
    }

    private static ProposalView view(Proposal p) {
        return new ProposalView(
                p.due(),
                p.provisional(),
                p.dueDays(),
                p.isCanMeetDue(),
                p.getBestDate(),
                p.lines().stream()
                        .map(l -> new ProposedLine(
                                l.material().getCode(),
                                l.material().getName() + " " + l.material().getSpec(),
                                l.material().uom(locale()),
                                l.quantity(),
                                l.warehouse() == null ? null : l.warehouse().name(locale()),
                                l.expectedOn(),
                                l.canMeetDue(),
                                l.available(),
                                l.split()))
                        .toList());
    }

    public List<String> completeMaterial(String text) {
        List<Material> found = catalogue.search(text);
        found.forEach(m -> labels.put(
                m.getCode(), m.getCode() + " " + m.getName() + " " + m.getSpec() + " (" + m.uom(locale()) + ")"));
        return found.stream().map(Material::getCode).toList();
    }

    public String label(String code) {
        return code == null ? "" : labels.getOrDefault(code, code);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public LocalDateTime getNow() {
        return Time.now();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNumber() {
        return number;
    }

    public String getCustomer() {
        return customer;
    }

    public boolean isMayRequest() {
        return mayRequest;
    }

    public List<RequestRow> getRows() {
        return rows;
    }

    public List<LineForm> getLines() {
        return lines;
    }

    public ProposalView getProposal() {
        return proposal;
    }

    public String getSite() {
        return site;
    }

    public void setSite(String site) {
        this.site = site;
    }

    public LocalDateTime getRequestedAt() {
        return requestedAt;
    }

    public void setRequestedAt(LocalDateTime requestedAt) {
        this.requestedAt = requestedAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
