package dev.synesthetic.codegen.resolve;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Real schemas carry {@code $ref}s such as {@code #/definitions/Conditional<ValueDef>} or {@code
 * #/definitions/Map<String, Value>} (generator output): not RFC 3986 references, yet they spell a JSON
 * Pointer unambiguously. This is the one rule that reads them: the fragment's characters a URI cannot
 * hold are percent-encoded (a valid {@code %XX} is kept), so the pointer resolves as it reads.
 */
final class LenientFragments {
    private static final String FRAGMENT_CHARS = "-._~!$&'()*+,;=:@/?";

    private LenientFragments() {}

    /**
     * The strict form of {@code ref} when it is not a valid URI reference only because of its JSON
     * Pointer fragment; empty when it is valid, or invalid for any other reason.
     */
    static Optional<String> strict(String ref) {
        if (isUri(ref)) {
            return Optional.empty();
        }
        int hash = ref.indexOf('#');
        if (hash < 0 || !isUri(ref.substring(0, hash)) || !ref.startsWith("/", hash + 1)) {
            return Optional.empty();
        }
        String encoded = ref.substring(0, hash + 1) + encode(ref.substring(hash + 1));
        return isUri(encoded) ? Optional.of(encoded) : Optional.empty();
    }

    private static String encode(String fragment) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fragment.length(); ) {
            int cp = fragment.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp < 0x80 && (Character.isLetterOrDigit(cp) || FRAGMENT_CHARS.indexOf(cp) >= 0)) {
                out.append((char) cp);
            } else if (cp == '%' && isEscape(fragment, i)) {
                out.append('%');
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format(java.util.Locale.ROOT, "%02X", b & 0xFF));
                }
            }
            i = next;
        }
        return out.toString();
    }

    private static boolean isEscape(String text, int at) {
        return at + 2 < text.length()
                && Character.digit(text.charAt(at + 1), 16) >= 0
                && Character.digit(text.charAt(at + 2), 16) >= 0;
    }

    private static boolean isUri(String text) {
        try {
            new URI(text);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
