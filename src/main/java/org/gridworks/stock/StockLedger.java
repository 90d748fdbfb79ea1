package org.gridworks.stock;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;

/**
 * Writes postings to the ledger: for each warehouse touched, it locks the balance row, applies the change,
 * refuses a result that would go negative, and writes the movement row with the balance after it. Every balance
 * change in GridWorks goes through here, inside the caller's transaction (services check who may post).
 */
@Stateless
public class StockLedger {

    @PersistenceContext
    EntityManager em;

    /** One warehouse's part of a posting. */
    public record Effect(
            Material material,
            Warehouse warehouse,
            MovementType type,
            int quantity,
            Balance.Delta delta,
            Warehouse counterpart) {}

    /** Posts the effects under one posting; answers their ledger rows in the order given. */
    public List<StockMovement> post(StockPosting posting, List<Effect> effects) {
        em.persist(posting);
        em.flush(); // claims the unique idempotency key before any balance is touched
        StockMovement[] rows = new StockMovement[effects.size()];
        // One lock order for everyone: two transfers in opposite directions cannot deadlock.
        lockAll(effects);
        // Rows are written in the order given, so a replay (read back by id) answers the same first row.
        for (int i = 0; i < effects.size(); i++) {
            Effect effect = effects.get(i);
            StockBalance row = lock(effect.material(), effect.warehouse());
            Balance before = row.balance();
            Balance after = before.plus(effect.delta());
            if (!after.isValid()) {
                throw StockRefusals.notEnough(effect.material(), effect.warehouse(), before, effect.quantity());
            }
            row.set(after);
            rows[i] = new StockMovement(
                    posting,
                    effect.material(),
                    effect.warehouse(),
                    effect.type(),
                    effect.quantity(),
                    effect.delta(),
                    after,
                    effect.counterpart());
            em.persist(rows[i]);
            em.flush();
        }
        em.flush();
        return List.of(rows);
    }

    /**
     * Locks the balance rows of several materials and warehouses in the one order every posting uses: a caller
     * about to post several times in one transaction takes them all first, so two such callers cannot deadlock.
     */
    public void lockAll(List<Effect> effects) {
        effects.stream()
                .sorted(Comparator.comparing((Effect e) -> e.material().getId())
                        .thenComparing(e -> e.warehouse().getId()))
                .forEach(e -> lock(e.material(), e.warehouse()));
    }

    /** The balance row, locked until the transaction ends (SELECT ... FOR UPDATE). */
    public StockBalance lock(Material material, Warehouse warehouse) {
        PairKey key = new PairKey(material.getId(), warehouse.getId());
        StockBalance row = em.find(StockBalance.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            // Balance rows are made with their material; this covers a warehouse added after it.
            em.persist(new StockBalance(material.getId(), warehouse.getId()));
            em.flush();
            row = em.find(StockBalance.class, key, LockModeType.PESSIMISTIC_WRITE);
        }
        return row;
    }
}
