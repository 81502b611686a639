package fr.spro.label.intake.schema;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

import fr.spro.label.intake.RejectionCode;

/** The rules values obey, each refusing with its own code. */
public final class Checks {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    /** La Poste's establishments share one SIREN and use their own checksum (INSEE). */
    private static final String LA_POSTE_SIREN = "356000000";

    private Checks() {
    }

    public static Check<String> matches(Pattern pattern, RejectionCode code) {
        return value -> {
            if (!pattern.matcher(value).matches()) {
                throw Invalid.of(code);
            }
        };
    }

    public static Check<String> maxLength(int max) {
        return value -> {
            if (value.length() > max) {
                throw Invalid.of(RejectionCode.TOO_LONG).with("max", max).with("detail", value.length());
            }
        };
    }

    public static Check<Number> notNegative() {
        return value -> {
            if (value.doubleValue() < 0) {
                throw Invalid.of(RejectionCode.NEGATIVE_VALUE);
            }
        };
    }

    public static Check<Number> between(int min, int max) {
        return value -> {
            if (value.doubleValue() < min || value.doubleValue() > max) {
                throw Invalid.of(RejectionCode.OUT_OF_RANGE).with("min", min).with("max", max);
            }
        };
    }

    /** The SIRET's Luhn key (or La Poste's digit sum, a multiple of 5). */
    public static Check<String> siretChecksum() {
        return digits -> {
            boolean valid = digits.startsWith(LA_POSTE_SIREN) ? digitSum(digits) % 5 == 0 : luhn(digits);
            if (!valid) {
                throw Invalid.of(RejectionCode.SIRET_CHECKSUM);
            }
        };
    }

    public static Check<String> email() {
        return matches(EMAIL, RejectionCode.EMAIL_FORMAT);
    }

    /** An absolute http(s) address with a host. */
    public static Check<String> webAddress() {
        return value -> {
            if (!isWebAddress(value, false)) {
                throw Invalid.of(RejectionCode.URL_FORMAT);
            }
        };
    }

    /** Whether the text is an absolute web address with a host ({@code https} only when asked). */
    public static boolean isWebAddress(String value, boolean httpsOnly) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean schemeOk = httpsOnly ? scheme.equals("https") : scheme.equals("https") || scheme.equals("http");
            return schemeOk && uri.getHost() != null && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    private static int digitSum(String digits) {
        return digits.chars().map(c -> c - '0').sum();
    }
}
