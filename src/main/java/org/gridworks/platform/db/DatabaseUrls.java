package org.gridworks.platform.db;

/** Turns a JDBC URL into something safe to show: no parameters (they may carry passwords), no user info. */
public final class DatabaseUrls {

    private DatabaseUrls() {}

    public static String redact(String jdbcUrl) {
        if (jdbcUrl == null) {
            return "";
        }
        String url = jdbcUrl;
        int cut = indexOfAny(url, '?', ';');
        if (cut >= 0) {
            url = url.substring(0, cut);
        }
        int at = url.lastIndexOf('@');
        int scheme = url.indexOf("//");
        if (at >= 0 && scheme >= 0 && at > scheme) {
            url = url.substring(0, scheme + 2) + url.substring(at + 1);
        }
        return url;
    }

    private static int indexOfAny(String text, char... chars) {
        int best = -1;
        for (char c : chars) {
            int i = text.indexOf(c);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }
}
