package org.gridworks.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void eachRetryWaitsTwiceAsLongUpToAnHour() {
        assertEquals(
                List.of(60L, 120L, 240L, 480L, 960L, 1920L, 3600L, 3600L),
                IntStream.rangeClosed(1, 8)
                        .mapToObj(n -> Backoff.delaySeconds(n, 60))
                        .toList());
    }

    @Test
    void aShortBaseForTests() {
        assertEquals(
                List.of(1L, 2L, 4L),
                IntStream.rangeClosed(1, 3)
                        .mapToObj(n -> Backoff.delaySeconds(n, 1))
                        .toList());
    }
}
