package org.gridworks.customer;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Writes a rating in a transaction of its own, so that the unique key refusing a second one (two tabs sending at
 * once) fails only this write and the caller can say "already rated" rather than fail the request.
 */
@Stateless
@PermitAll
public class RatingStore {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void insert(CustomerRating rating) {
        em.persist(rating);
        em.flush();
    }
}
