package org.uclg.carta.advocacy.partnership;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What kind of agreement binds the committee and a partner. */
public enum AgreementKind {
    MOU,
    JOINT_PROGRAMME,
    FRAMEWORK,
    LETTER_OF_INTENT,
    OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<AgreementKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
