package org.gridworks.testing;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Runs the alert scan on demand (POST /api/v1/alerts/scan) as a test needs it: the servers scan on their own
 * schedule too, and while that scan holds the job lease an on-demand one is refused with 409. The test waits that
 * scan out (a few seconds at most) rather than failing on the server's timing.
 */
public final class AlertScans {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private AlertScans() {}

    /** The first answer that is not 409, or the last 409 after {@link #PATIENCE}. */
    public static HttpResponse<String> now(Supplier<HttpResponse<String>> post) {
        Instant until = Instant.now().plus(PATIENCE);
        HttpResponse<String> answer = post.get();
        while (answer.statusCode() == 409 && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return answer;
            }
            answer = post.get();
        }
        return answer;
    }
}
