package org.gridworks.platform.xlsx;

import java.io.IOException;
import org.xml.sax.SAXException;

/**
 * The first reason a read was stopped, kept where every stream and handler of one read can set it. POI and the XML
 * parser wrap or replace what is thrown through them, so the reason is taken from here, not from the exception.
 */
final class StopReason {

    private XlsxRefusal reason;

    IOException inStream(XlsxRefusal refusal) {
        keep(refusal);
        return new IOException("stopped: " + refusal);
    }

    SAXException inParser(XlsxRefusal refusal) {
        keep(refusal);
        return new SAXException("stopped: " + refusal);
    }

    XlsxRefusal reason() {
        return reason;
    }

    private void keep(XlsxRefusal refusal) {
        if (reason == null) {
            reason = refusal;
        }
    }
}
