package org.gridworks.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DatabaseUrlsTest {

    @Test
    void parametersThatMayHoldPasswordsAreCut() {
        assertEquals(
                "jdbc:mysql://db:3306/gridworks",
                DatabaseUrls.redact("jdbc:mysql://db:3306/gridworks?user=gw&password=secret"));
        assertEquals(
                "jdbc:h2:file:./data/gridworks",
                DatabaseUrls.redact("jdbc:h2:file:./data/gridworks;MODE=MySQL;PASSWORD=x"));
    }

    @Test
    void userInformationIsCut() {
        assertEquals("jdbc:mysql://db:3306/gw", DatabaseUrls.redact("jdbc:mysql://gw:secret@db:3306/gw"));
    }

    @Test
    void nothingStaysNothing() {
        assertEquals("", DatabaseUrls.redact(null));
    }
}
