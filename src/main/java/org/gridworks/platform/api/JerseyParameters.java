package org.gridworks.platform.api;

/**
 * Jersey's ParamException (a path or query parameter it could not convert, answered 404 by Jersey) without
 * compiling against Jersey: its class name and its getParameterName().
 */
final class JerseyParameters {

    private JerseyParameters() {}

    /** The parameter's name when the exception is Jersey's refusal of a parameter, else null. */
    static String nameOf(Throwable e) {
        for (Class<?> type = e.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals("org.glassfish.jersey.server.ParamException")) {
                try {
                    Object name = type.getMethod("getParameterName").invoke(e);
                    return name == null ? null : name.toString();
                } catch (ReflectiveOperationException | RuntimeException notJersey) {
                    return null;
                }
            }
        }
        return null;
    }
}
