package org.gridworks.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A quantity moved or requested: a whole number from 1 to 1,000,000 (the largest a warehouse books at once); null passes. */
@Positive
@Max(Quantity.MAX)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Quantity {

    /** The largest quantity a warehouse books at once (stock.Quantities applies the same bound). */
    int MAX = 1_000_000;

    String message() default "{org.gridworks.validation.Quantity.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
