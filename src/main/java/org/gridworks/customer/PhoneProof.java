package org.gridworks.customer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The customer's proof: the last four digits of the contact phone kept with the application. Compared in constant
 * time, and against a stand-in when there is no application or no phone, so an unknown number and a wrong phone do
 * the same work and give the same answer.
 */
final class PhoneProof {

    /** Never equal to four digits a customer can send: compared when there is nothing real to compare with. */
    private static final byte[] NOTHING = "----".getBytes(StandardCharsets.US_ASCII);

    private PhoneProof() {}

    /** Exactly four ASCII digits, as typed by the customer. */
    static boolean isWellFormed(String phone4) {
        return phone4 != null && phone4.length() == 4 && phone4.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The last four digits of a phone as stored (spaces, dashes, brackets and + ignored), or null. */
    static String lastFour(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.length() < 4 ? null : digits.substring(digits.length() - 4);
    }

    /** Whether the sent digits prove the stored phone (null when the application does not exist). */
    static boolean matches(String storedPhone, String phone4) {
        String expected = lastFour(storedPhone);
        byte[] sent = (isWellFormed(phone4) ? phone4 : "????").getBytes(StandardCharsets.US_ASCII);
        boolean equal =
                MessageDigest.isEqual(expected == null ? NOTHING : expected.getBytes(StandardCharsets.US_ASCII), sent);
        return equal && expected != null;
    }
}
