package fr.entente.mongo.embedded;

import java.text.Normalizer;

/**
 * The password preparation of SCRAM-SHA-256 (RFC 4013's SASLprep, which MongoDB applies): non-ASCII spaces become
 * spaces, characters "commonly mapped to nothing" are removed, then NFKC. Enough for passwords; the ones this server
 * generates are printable ASCII, which SASLprep leaves as they are. Prohibited characters (controls) are refused.
 */
final class SaslPrep {

    private SaslPrep() {
    }

    static String prepare(String value) {
        StringBuilder mapped = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isMappedToNothing(codePoint)) {
                continue;
            }
            if (Character.isSpaceChar(codePoint) && codePoint != ' ') {
                mapped.append(' ');
            } else if (Character.isISOControl(codePoint)) {
                throw new IllegalArgumentException("a password may not contain control characters");
            } else {
                mapped.appendCodePoint(codePoint);
            }
        }
        return Normalizer.normalize(mapped, Normalizer.Form.NFKC);
    }

    private static boolean isMappedToNothing(int codePoint) {
        return codePoint == 0x00AD || codePoint == 0x034F || codePoint == 0x1806 || codePoint == 0x180B
            || codePoint == 0x180C || codePoint == 0x180D || codePoint == 0x200B || codePoint == 0x200C
            || codePoint == 0x200D || codePoint == 0x2060 || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
            || codePoint == 0xFEFF;
    }
}
