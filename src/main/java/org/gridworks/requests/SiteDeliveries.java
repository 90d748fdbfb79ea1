package org.gridworks.requests;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gridworks.identity.Caller;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;

/**
 * Deliveries on site: what arrived of a dispatched request, signed for by name, in parts if need be. The last
 * one delivers the request and, when nothing else is on its way to the project, completes its "materials on
 * site" milestone (through the MaterialsDelivered event the milestone plan observes).
 */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER})
public class SiteDeliveries {

    @Inject
    MaterialRequestService requests;

    @Inject
    RequestChanges changes;

    /** What arrived on site, signed for; without quantities (by material code), everything outstanding. */
    public MaterialRequest deliver(
            long id, LocalDateTime at, String signedBy, Map<String, Integer> quantities, Integer version) {
        MaterialRequest request = changes.editable(id, version);
        Caller caller = requests.handler(request);
        request.check(RequestTransition.DELIVER);
        LocalDateTime when = RequestChanges.when(at, request.getDispatchedAt(), "at");
        if (signedBy == null || signedBy.isBlank()) {
            throw BusinessException.invalid("signedBy", "request.signatureRequired");
        }
        if (signedBy.trim().length() > 100) {
            throw BusinessException.invalid("signedBy", "project.tooLong", 100);
        }
        Map<RequestLine, Integer> counts =
                quantities == null || quantities.isEmpty() ? request.outstanding() : counts(request, quantities);
        if (counts.isEmpty()) {
            throw BusinessException.invalid("lines", "request.nothingDelivered");
        }
        MaterialRequest result =
                changes.changed(request, () -> request.deliver(counts, when, signedBy.trim(), caller.login()));
        if (request.getStatus() == RequestStatus.DELIVERED) {
            changes.materialsOnSite(request.getProject(), when.toLocalDate());
        }
        return result;
    }

    /** The quantities typed, by line; each refusal names the material, as the user wrote it. */
    private Map<RequestLine, Integer> counts(MaterialRequest request, Map<String, Integer> quantities) {
        Map<String, RequestLine> byCode = new HashMap<>();
        for (RequestLine line : request.getLines()) {
            byCode.put(requests.material(line).getCode(), line);
        }
        Map<RequestLine, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> entry : quantities.entrySet()) {
            RequestLine line = byCode.get(entry.getKey());
            if (line == null) {
                throw BusinessException.invalid("lines", "request.notInRequest", entry.getKey());
            }
            Integer count = entry.getValue();
            if (count == null || count < 0) {
                throw BusinessException.invalid("lines", "stock.quantityPositive");
            }
            if (count > line.outstanding()) {
                throw BusinessException.invalid(
                        "lines", "request.moreThanOutstanding", entry.getKey(), line.outstanding());
            }
            if (count > 0) {
                counts.put(line, count);
            }
        }
        return counts;
    }
}
