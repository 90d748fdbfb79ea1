package org.gridworks.requests;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridworks.identity.Caller;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;

/**
 * Deliveries on site: what arrived of a dispatched request, signed for by name and, on the phone, with a drawn
 * signature, in parts if need be (each part its own signing). The last
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

    @PersistenceContext
    EntityManager em;

    /** What arrived on site, signed for; without quantities (by material code), everything outstanding. */
    public MaterialRequest deliver(
            long id, LocalDateTime at, String signedBy, Map<String, Integer> quantities, Integer version) {
        return deliver(id, at, signedBy, quantities, null, version);
    }

    /**
     * As above, with the signature drawn on site (base64 PNG, as a canvas gives it; optional here, the signing page
     * requires it). Quantities are by material code; a material split between two warehouses is counted against
     * its parts in line order, each part up to what is outstanding on it.
     */
    public MaterialRequest deliver(
            long id,
            LocalDateTime at,
            String signedBy,
            Map<String, Integer> quantities,
            String signature,
            Integer version) {
        MaterialRequest request = changes.editable(id, version);
        Caller caller = requests.handler(request);
        request.check(RequestTransition.DELIVER);
        LocalDateTime when = RequestChanges.when(at, request.getDispatchedAt(), "at");
        String name = signer(signedBy);
        Map<RequestLine, Integer> counts =
                quantities == null || quantities.isEmpty() ? request.outstanding() : counts(request, quantities);
        return sign(request, counts, when, name, SignaturePng.fromText(signature), caller);
    }

    /**
     * The signing page's delivery: a count per line (by line id; zero or empty for a line that did not come), the
     * name and the drawn signature, both required.
     */
    public MaterialRequest deliverLines(
            long id, String signedBy, Map<Long, Integer> perLine, String signature, Integer version) {
        MaterialRequest request = changes.editable(id, version);
        Caller caller = requests.handler(request);
        request.check(RequestTransition.DELIVER);
        LocalDateTime when = RequestChanges.when(null, request.getDispatchedAt(), "at");
        String name = signer(signedBy);
        SignaturePng.Checked drawn = SignaturePng.fromText(signature);
        if (drawn == null) {
            throw BusinessException.invalid("signature", "request.signatureMissing");
        }
        Map<RequestLine, Integer> counts = new LinkedHashMap<>();
        for (RequestLine line : request.getLines()) {
            Integer count = perLine == null ? null : perLine.get(line.getId());
            if (count == null || count == 0) {
                continue;
            }
            String code = requests.material(line).getCode();
            if (count < 0) {
                throw BusinessException.invalid("lines", "stock.quantityPositive");
            }
            if (count > line.outstanding()) {
                throw BusinessException.invalid("lines", "request.moreThanOutstanding", code, line.outstanding());
            }
            counts.put(line, count);
        }
        return sign(request, counts, when, name, drawn, caller);
    }

    private MaterialRequest sign(
            MaterialRequest request,
            Map<RequestLine, Integer> counts,
            LocalDateTime when,
            String signedBy,
            SignaturePng.Checked drawn,
            Caller caller) {
        if (counts.isEmpty()) {
            throw BusinessException.invalid("lines", "request.nothingDelivered");
        }
        Long signatureId = null;
        if (drawn != null) {
            SiteSignature signature = new SiteSignature(request.getId(), signedBy, when, drawn, caller.login());
            em.persist(signature);
            em.flush();
            signatureId = signature.getId();
        }
        Long signed = signatureId;
        MaterialRequest result =
                changes.changed(request, () -> request.deliver(counts, when, signedBy, caller.login(), signed));
        if (request.getStatus() == RequestStatus.DELIVERED) {
            changes.materialsOnSite(request.getProject(), when.toLocalDate());
        }
        return result;
    }

    private static String signer(String signedBy) {
        if (signedBy == null || signedBy.isBlank()) {
            throw BusinessException.invalid("signedBy", "request.signatureRequired");
        }
        if (signedBy.trim().length() > 100) {
            throw BusinessException.invalid("signedBy", "project.tooLong", 100);
        }
        return signedBy.trim();
    }

    /**
     * The quantities typed, by line; each refusal names the material, as the user wrote it. A material sourced from
     * two warehouses (a split line) fills its parts in line order.
     */
    private Map<RequestLine, Integer> counts(MaterialRequest request, Map<String, Integer> quantities) {
        Map<String, List<RequestLine>> byCode = new HashMap<>();
        for (RequestLine line : request.getLines()) {
            byCode.computeIfAbsent(requests.material(line).getCode(), c -> new ArrayList<>())
                    .add(line);
        }
        Map<RequestLine, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> entry : quantities.entrySet()) {
            List<RequestLine> lines = byCode.get(entry.getKey());
            if (lines == null) {
                throw BusinessException.invalid("lines", "request.notInRequest", entry.getKey());
            }
            Integer count = entry.getValue();
            if (count == null || count < 0) {
                throw BusinessException.invalid("lines", "stock.quantityPositive");
            }
            int outstanding = lines.stream().mapToInt(RequestLine::outstanding).sum();
            if (count > outstanding) {
                throw BusinessException.invalid("lines", "request.moreThanOutstanding", entry.getKey(), outstanding);
            }
            int left = count;
            for (RequestLine line : lines) {
                int part = Math.min(left, line.outstanding());
                if (part > 0) {
                    counts.put(line, part);
                    left -= part;
                }
            }
        }
        return counts;
    }
}
