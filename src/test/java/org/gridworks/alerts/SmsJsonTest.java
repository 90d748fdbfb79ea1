package org.gridworks.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SmsJsonTest {

    @Test
    void theTextIsEscapedForTheGatewaysJsonTemplate() {
        assertEquals("【逾期】\\\"MR-1\\\"\\n\\\\ok", SmsChannel.json("【逾期】\"MR-1\"\n\\ok"));
    }
}
