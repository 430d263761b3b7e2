package dev.synesthetic.codegen.compat.api;

import dev.synesthetic.codegen.compat.api.ApiSnapshot.ApiType;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The types paired under a new name, applied to old type texts before they are compared: a
 * renamed type is reported once, as renamed, not again in every signature that mentions it.
 */
final class Renames {
    private final Map<String, String> renamed = new TreeMap<>();
    private final Pattern names;

    Renames(Map<ApiType, ApiType> pairs) {
        pairs.forEach((old, next) -> {
            if (!old.api().name().equals(next.api().name())) {
                renamed.put(old.api().name(), next.api().name());
            }
        });
        names = renamed.isEmpty()
                ? null
                : Pattern.compile("\\b("
                        + String.join(
                                "|",
                                renamed.keySet().stream().map(Pattern::quote).toList()) + ")\\b");
    }

    /** {@code text} as the new API would spell it. */
    String apply(String text) {
        if (names == null) {
            return text;
        }
        Matcher matcher = names.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(renamed.get(matcher.group(1))));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
