/**
 * The constraints of the API's input records. They compose the standard ones (Size, Positive, Max, Digits, ...)
 * under GridWorks names because Payara's OpenAPI generator fails with a NullPointerException when it meets a
 * standard constraint on a record component (ApplicationProcessor.visitSize, /openapi answered 500); it does not
 * look inside composed constraints. Each reports one message of its own, in the caller's language.
 */
package org.gridworks.platform.validation;
