package org.gridworks.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A posting's quantity as sent, before its type decides the sign: −1,000,000 to 1,000,000; null passes. */
@Min(-1_000_000)
@Max(1_000_000)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SignedQuantity {

    String message() default "{org.gridworks.validation.SignedQuantity.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
