package org.gridworks.requests;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridworks.identity.PersonNames;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.People;
import org.gridworks.platform.Roles;
import org.gridworks.stock.Material;

/**
 * The delivery note of a request and the signatures shown on it, for whoever may see the request (the note shows
 * the lines the caller may see, as every view of a request does).
 */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class DeliveryNotes {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @PersistenceContext
    EntityManager em;

    @Inject
    MaterialRequestService requests;

    @Inject
    PersonNames names;

    public DeliveryNote note(long id, Locale locale) {
        MaterialRequest request = requests.find(id);
        List<RequestLine> visible = requests.visibleLines(request);
        List<DeliveryNote.Line> lines = new ArrayList<>();
        // signings in the order they happened: deliveries of one signing share its signature (or its moment and name)
        Map<String, List<Delivery>> signings = new LinkedHashMap<>();
        List<Delivery> all = new ArrayList<>();
        for (RequestLine line : visible) {
            Material m = requests.material(line);
            lines.add(new DeliveryNote.Line(
                    line.getId(),
                    line.getLineNo(),
                    m.getCode(),
                    m.getName() + " " + m.getSpec(),
                    m.uom(locale),
                    line.getQuantity(),
                    requests.warehouse(line).name(locale),
                    line.getDelivered(),
                    line.isSent()));
            all.addAll(line.getDeliveries());
        }
        all.sort(java.util.Comparator.comparing(Delivery::getDeliveredAt).thenComparing(Delivery::getId));
        for (Delivery d : all) {
            String key = d.getSignatureId() != null
                    ? "s" + d.getSignatureId()
                    : "n" + d.getDeliveredAt() + "|" + d.getSignedBy();
            signings.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
        }
        People people = names.of(all.stream().map(Delivery::getRecordedBy).toList(), locale);
        List<DeliveryNote.Signing> signed = signings.values().stream()
                .map(ds -> {
                    Delivery first = ds.get(0);
                    return new DeliveryNote.Signing(
                            first.getSignedBy(),
                            first.getDeliveredAt().format(WHEN),
                            people.name(first.getRecordedBy()),
                            first.getSignatureId(),
                            ds.stream()
                                    .sorted(java.util.Comparator.comparing(
                                            (Delivery d) -> d.getLine().getLineNo()))
                                    .map(d -> {
                                        Material m = requests.material(d.getLine());
                                        return new DeliveryNote.Item(
                                                d.getLine().getLineNo(),
                                                m.getName() + " " + m.getSpec(),
                                                d.getQuantity(),
                                                m.uom(locale));
                                    })
                                    .toList());
                })
                .toList();
        DeliveryClock.Result clock = requests.state(request);
        return new DeliveryNote(
                request.getId(),
                request.getProject().getNumber(),
                request.getProject().getCustomerName(),
                request.getSite(),
                request.getRequestedAt().format(WHEN),
                request.getDueOn(),
                request.getStatus(),
                clock.state(),
                format(request.getDeliveredAt()),
                request.getVersion(),
                lines,
                signed);
    }

    /** A signature drawn on site for this request, as PNG bytes; 404 for anything else. */
    public byte[] signature(long requestId, long signatureId) {
        requests.find(requestId);
        SiteSignature signature = em.find(SiteSignature.class, signatureId);
        if (signature == null || !signature.getRequestId().equals(requestId)) {
            throw BusinessException.notFound("request.signatureNotFound", signatureId);
        }
        return signature.getPng();
    }

    private static String format(LocalDateTime at) {
        return at == null ? null : at.format(WHEN);
    }
}
