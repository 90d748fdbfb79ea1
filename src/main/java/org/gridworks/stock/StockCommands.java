package org.gridworks.stock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import org.gridworks.audit.AuditAction;
import org.gridworks.audit.AuditTrail;
import org.gridworks.identity.Caller;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;
import org.gridworks.platform.Time;
import org.gridworks.projects.ConnectionProject;
import org.gridworks.projects.ProjectService;

/**
 * Turns a posting request into ledger effects, in one transaction: checks the input, the caller's warehouse and
 * the state of the transfer, then posts. Called by {@link StockService}, which handles retries.
 */
@Stateless
@RolesAllowed(Roles.WAREHOUSE)
public class StockCommands {

    /** More than this in one posting is a typo, not a delivery. */
    static final int MAX_QUANTITY = Quantities.MAX;

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalogue catalogue;

    @Inject
    StockLedger ledger;

    @Inject
    ProjectService projects;

    @Inject
    AuditTrail audit;

    public PostingResult execute(MovementCommand command, Caller caller, String key) {
        MovementType type = command.type();
        if (type == null || !type.isPostable()) {
            throw BusinessException.invalid("type", "stock.badType");
        }
        String reason = text(command.reason(), 500, "reason");
        String reference = text(command.reference(), 100, "reference");
        LocalDateTime now = Time.now();
        String fingerprint = command.fingerprint(caller.login());
        if (type == MovementType.TRANSFER_IN) {
            return transferIn(command, caller, key, fingerprint, reason, reference, now);
        }
        if (type == MovementType.ADJUSTMENT && command.transfer() != null) {
            return writeOff(command, caller, key, fingerprint, reason, reference, now);
        }
        Material material = catalogue.requireMaterial("material", command.material());
        Warehouse warehouse = own(catalogue.requireWarehouse("warehouse", command.warehouse()), caller);
        int quantity = quantity(command.quantity(), type == MovementType.ADJUSTMENT);
        return switch (type) {
            case RECEIPT ->
                single(
                        new StockPosting(key, fingerprint, type, now, caller.login(), reason, null, reference, null),
                        material,
                        warehouse,
                        type,
                        quantity,
                        Balance.Delta.receipt(quantity));
            case ISSUE -> {
                ConnectionProject project = project(command.project());
                if (project == null && reason == null) {
                    throw BusinessException.invalid("project", "stock.issueNeedsDestination");
                }
                yield single(
                        new StockPosting(key, fingerprint, type, now, caller.login(), reason, project, reference, null),
                        material,
                        warehouse,
                        type,
                        quantity,
                        Balance.Delta.issue(quantity));
            }
            case ADJUSTMENT -> {
                if (reason == null) {
                    throw BusinessException.invalid("reason", "stock.adjustmentNeedsReason");
                }
                yield single(
                        new StockPosting(key, fingerprint, type, now, caller.login(), reason, null, reference, null),
                        material,
                        warehouse,
                        type,
                        Math.abs(quantity),
                        Balance.Delta.adjustment(quantity));
            }
            case TRANSFER_OUT ->
                transferOut(material, warehouse, quantity, command, caller, key, fingerprint, reason, reference, now);
            default -> throw BusinessException.invalid("type", "stock.badType");
        };
    }

    private PostingResult single(
            StockPosting posting,
            Material material,
            Warehouse warehouse,
            MovementType type,
            int quantity,
            Balance.Delta delta) {
        List<StockMovement> rows =
                ledger.post(posting, List.of(new StockLedger.Effect(material, warehouse, type, quantity, delta, null)));
        return new PostingResult(posting, rows, false);
    }

    private PostingResult transferOut(
            Material material,
            Warehouse from,
            int quantity,
            MovementCommand command,
            Caller caller,
            String key,
            String fingerprint,
            String reason,
            String reference,
            LocalDateTime now) {
        Warehouse to = catalogue.requireWarehouse("toWarehouse", command.toWarehouse());
        if (to.getId().equals(from.getId())) {
            throw BusinessException.invalid("toWarehouse", "stock.transferToItself");
        }
        StockTransfer transfer = new StockTransfer(material, from, to, quantity, now, caller.login(), reason);
        em.persist(transfer);
        StockPosting posting = new StockPosting(
                key, fingerprint, MovementType.TRANSFER_OUT, now, caller.login(), reason, null, reference, transfer);
        List<StockMovement> rows = ledger.post(
                posting,
                List.of(
                        new StockLedger.Effect(
                                material, from, MovementType.TRANSFER_OUT, quantity, Balance.Delta.sent(quantity), to),
                        new StockLedger.Effect(
                                material,
                                to,
                                MovementType.TRANSFER_OUT,
                                quantity,
                                Balance.Delta.incoming(quantity),
                                from)));
        return new PostingResult(posting, rows, false);
    }

    private PostingResult transferIn(
            MovementCommand command,
            Caller caller,
            String key,
            String fingerprint,
            String reason,
            String reference,
            LocalDateTime now) {
        StockTransfer transfer = arriving(command, caller);
        int arrived = transfer.arrive(command.quantity(), now, caller.login());
        StockPosting posting = new StockPosting(
                key, fingerprint, MovementType.TRANSFER_IN, now, caller.login(), reason, null, reference, transfer);
        List<StockMovement> rows = ledger.post(
                posting,
                List.of(new StockLedger.Effect(
                        transfer.getMaterial(),
                        transfer.getTo(),
                        MovementType.TRANSFER_IN,
                        arrived,
                        Balance.Delta.arrived(arrived),
                        transfer.getFrom())));
        return new PostingResult(posting, rows, false);
    }

    /**
     * Writes off (part of) what is still in transit on a transfer: lost or damaged on the way. An adjustment at the
     * target, with its reason, that takes the units out of "in transit"; the transfer is received when nothing of
     * it is left outstanding. The ledger row names the transfer, so every unit sent is explained.
     */
    private PostingResult writeOff(
            MovementCommand command,
            Caller caller,
            String key,
            String fingerprint,
            String reason,
            String reference,
            LocalDateTime now) {
        if (reason == null) {
            throw BusinessException.invalid("reason", "stock.writeOffNeedsReason");
        }
        if (command.quantity() == null) {
            throw BusinessException.invalid("quantity", "stock.quantityRequired");
        }
        StockTransfer transfer = arriving(command, caller);
        java.util.Map<String, Object> before = writeOffState(transfer, null);
        int lost = transfer.writeOff(command.quantity());
        // besides the ledger row, the audit trail keeps the write-off with the transfer it closes (issue 22)
        audit.recordChange(
                AuditAction.UPDATE,
                "StockTransfer",
                transfer.getId(),
                transfer.getMaterial().getCode() + " " + transfer.getFrom().getCode() + "→"
                        + transfer.getTo().getCode(),
                before,
                writeOffState(transfer, reason));
        StockPosting posting = new StockPosting(
                key, fingerprint, MovementType.ADJUSTMENT, now, caller.login(), reason, null, reference, transfer);
        List<StockMovement> rows = ledger.post(
                posting,
                List.of(new StockLedger.Effect(
                        transfer.getMaterial(),
                        transfer.getTo(),
                        MovementType.ADJUSTMENT,
                        lost,
                        Balance.Delta.lostInTransit(lost),
                        transfer.getFrom())));
        return new PostingResult(posting, rows, false);
    }

    private static java.util.Map<String, Object> writeOffState(StockTransfer transfer, String reason) {
        java.util.Map<String, Object> state = new java.util.LinkedHashMap<>();
        state.put("received", transfer.getReceivedQuantity());
        state.put("writtenOff", transfer.getWrittenOff());
        state.put("inTransit", transfer.outstanding());
        state.put("status", transfer.getStatus());
        state.put("writeOffReason", reason);
        return state;
    }

    /**
     * The transfer an arrival or write-off is for, locked (two people recording the same arrival at once wait for
     * each other), at the target's staff only, and as the caller saw it when a version is given.
     */
    private StockTransfer arriving(MovementCommand command, Caller caller) {
        if (command.transfer() == null) {
            throw BusinessException.invalid("transfer", "stock.transferRequired");
        }
        StockTransfer transfer = em.find(StockTransfer.class, command.transfer(), LockModeType.PESSIMISTIC_WRITE);
        if (transfer == null
                || !caller.mayActIn(transfer.getTo().unitCode())
                        && !caller.mayActIn(transfer.getFrom().unitCode())) {
            throw BusinessException.notFound("stock.transferNotFound", command.transfer());
        }
        own(transfer.getTo(), caller);
        if (command.transferVersion() != null && command.transferVersion() != transfer.getVersion()) {
            throw BusinessException.stale();
        }
        return transfer;
    }

    /** Warehouse staff post at their own unit's warehouses only. */
    private static Warehouse own(Warehouse warehouse, Caller caller) {
        if (!warehouse.unitCode().equals(caller.unit())) {
            throw BusinessException.forbidden();
        }
        return warehouse;
    }

    private ConnectionProject project(String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        String text = reference.trim();
        Long id = text.chars().allMatch(Character::isDigit) && text.length() < 18
                ? Long.valueOf(text)
                : em.createQuery("SELECT p.id FROM ConnectionProject p WHERE p.number = :n", Long.class)
                        .setParameter("n", text)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (id == null) {
            throw BusinessException.invalid("project", "stock.unknownProject", text);
        }
        try {
            return projects.find(id);
        } catch (BusinessException notVisible) {
            throw BusinessException.invalid("project", "stock.unknownProject", text);
        }
    }

    static int quantity(Integer quantity, boolean signed) {
        return signed ? Quantities.nonZero("quantity", quantity) : Quantities.positive("quantity", quantity);
    }

    private static String text(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.trim().length() > max) {
            throw BusinessException.invalid(field, "project.tooLong", max);
        }
        return value.trim();
    }
}
