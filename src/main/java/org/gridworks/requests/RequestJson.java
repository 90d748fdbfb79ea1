package org.gridworks.requests;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import java.time.LocalDateTime;
import java.util.List;
import org.gridworks.platform.api.ApiInput;
import org.gridworks.platform.validation.MaxItems;
import org.gridworks.platform.validation.MaxLength;
import org.gridworks.platform.validation.NotEmptyList;
import org.gridworks.platform.validation.Quantity;
import org.gridworks.platform.validation.Required;
import org.gridworks.platform.validation.RequiredText;
import org.gridworks.platform.validation.SeenVersion;
import org.gridworks.stock.Material;
import org.gridworks.stock.Warehouse;

/** The JSON shapes of material requests (shared/API.md, "Material requests"). */
public final class RequestJson {

    private RequestJson() {}

    @JsonbNillable
    @JsonbPropertyOrder({"material", "name", "quantity", "warehouse", "canMeetDue", "expectedOn", "delivered"})
    public record LineJson(
            String material,
            String name,
            int quantity,
            String warehouse,
            boolean canMeetDue,
            String expectedOn,
            Integer delivered) {}

    @JsonbNillable
    @JsonbPropertyOrder({
        "id",
        "project",
        "projectNumber",
        "site",
        "requestedAt",
        "due",
        "provisional",
        "dueWorkingDays",
        "status",
        "state",
        "workingDaysLeft",
        "onTime",
        "lateWorkingDays",
        "dispatchedAt",
        "deliveredAt",
        "cancelReason",
        "version",
        "lines"
    })
    public record RequestOut(
            long id,
            long project,
            String projectNumber,
            String site,
            String requestedAt,
            String due,
            boolean provisional,
            int dueWorkingDays,
            RequestStatus status,
            DeliveryState state,
            Integer workingDaysLeft,
            Boolean onTime,
            Integer lateWorkingDays,
            String dispatchedAt,
            String deliveredAt,
            String cancelReason,
            int version,
            List<LineJson> lines) {

        static RequestOut of(MaterialRequest r, RequestView view) {
            DeliveryClock.Result state = view.state(r);
            boolean closed = r.getStatus() == RequestStatus.DELIVERED;
            return new RequestOut(
                    r.getId(),
                    r.getProject().getId(),
                    r.getProject().getNumber(),
                    r.getSite(),
                    text(r.getRequestedAt()),
                    r.getDueOn().toString(),
                    view.provisional(r.getDueOn()),
                    r.getDueDays(),
                    r.getStatus(),
                    state.state(),
                    state.isClosed() ? null : state.workingDaysLeft(),
                    closed ? state.state() == DeliveryState.ON_TIME : null,
                    closed ? state.lateWorkingDays() : null,
                    text(r.getDispatchedAt()),
                    text(r.getDeliveredAt()),
                    r.getCancelReason(),
                    r.getVersion(),
                    view.visibleLines(r).stream()
                            .map(l -> {
                                Material m = view.material(l);
                                return new LineJson(
                                        m.getCode(),
                                        m.getName() + " " + m.getSpec(),
                                        l.getQuantity(),
                                        view.warehouse(l).getCode(),
                                        l.isCanMeetDue(),
                                        l.getExpectedOn().toString(),
                                        l.getDelivered());
                            })
                            .toList());
        }
    }

    @JsonbNillable
    @JsonbPropertyOrder({"requestDay", "due", "provisional", "dueWorkingDays", "canMeetDue", "bestDate", "lines"})
    public record ProposalOut(
            String requestDay,
            String due,
            boolean provisional,
            int dueWorkingDays,
            boolean canMeetDue,
            String bestDate,
            List<LineJson> lines) {
        static ProposalOut of(Proposal p) {
            return new ProposalOut(
                    p.requestDay().toString(),
                    p.due().toString(),
                    p.provisional(),
                    p.dueDays(),
                    p.isCanMeetDue(),
                    p.getBestDate() == null ? null : p.getBestDate().toString(),
                    p.lines().stream()
                            .map(l -> {
                                Warehouse w = l.warehouse();
                                return new LineJson(
                                        l.material().getCode(),
                                        l.material().getName() + " "
                                                + l.material().getSpec(),
                                        l.quantity(),
                                        w == null ? null : w.getCode(),
                                        l.canMeetDue(),
                                        l.expectedOn() == null
                                                ? null
                                                : l.expectedOn().toString(),
                                        null);
                            })
                            .toList());
        }
    }

    /** A new request: when it was made (now when absent), the site (the customer's when absent), the lines. */
    public record RequestIn(
            @MaxLength(40) String requestedAt,
            @MaxLength(200) String site,
            @NotEmptyList @MaxItems(50) @Valid List<@Required LineIn> lines) {
        RequestInput input() {
            return new RequestInput(
                    site,
                    ApiInput.optionalDateTime("requestedAt", requestedAt),
                    lines == null
                            ? null
                            : lines.stream()
                                    .map(l -> l == null ? null : new RequestInput.Line(l.material(), l.quantity()))
                                    .toList());
        }
    }

    public record LineIn(
            @RequiredText @MaxLength(32) String material,
            @Required @Quantity Integer quantity) {}

    /**
     * What a status change may carry: when, who signed, why, the version seen, partial quantities, and (deliver) the
     * signature drawn on site as a base64 PNG (at most 60 KiB decoded; a {@code data:image/png;base64,} prefix is
     * taken).
     */
    public record ActionIn(
            @MaxLength(40) String at,
            @MaxLength(100) String signedBy,
            @MaxLength(500) String reason,
            @SeenVersion Integer version,
            @MaxItems(50) @Valid List<@Required LineIn> lines,
            @MaxLength(SIGNATURE_TEXT) String signature) {}

    /**
     * A bound on the signature's text well above SignaturePng.MAX_BYTES in base64, so that a signature a little too
     * large is answered by SignaturePng's own message (its size in KB), and anything far larger stops here.
     */
    static final int SIGNATURE_TEXT = 200_000;

    static String text(LocalDateTime at) {
        return at == null ? null : at.toString().length() == 16 ? at + ":00" : at.toString();
    }
}
