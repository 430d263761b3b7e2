package dev.synesthetic.codegen.compat.api;

import dev.synesthetic.codegen.compat.api.JavaApiChange.Kind;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Public methods of two paired types, by signature. A signature gone breaks its callers: as a
 * changed method when the name stays, else as a removed one (builder methods — the builder's
 * setters, {@code with…}, {@code builder()}, {@code toBuilder()} — named as such). A new name only adds.
 */
final class MethodDiff {
    private static final Set<String> BUILDER_ENTRIES = Set.of("builder", "toBuilder");

    private final Renames renames;
    private final List<JavaApiChange> changes;

    MethodDiff(Renames renames, List<JavaApiChange> changes) {
        this.renames = renames;
        this.changes = changes;
    }

    void compare(TypeApi old, TypeApi next, SourceLocation oldAt, SourceLocation newAt) {
        String type = old.name();
        SortedMap<String, String> before = new TreeMap<>();
        old.methods().forEach((signature, result) -> before.put(renames.apply(signature), renames.apply(result)));
        Set<String> oldNames = names(before.keySet());
        Set<String> newNames = names(next.methods().keySet());
        before.forEach((signature, result) -> {
            String now = next.methods().get(signature);
            if (result.equals(now)) {
                return;
            }
            String name = name(signature);
            if (now != null || newNames.contains(name)) {
                changes.add(new JavaApiChange(
                        type,
                        signature,
                        Kind.METHOD_CHANGED,
                        true,
                        oldAt,
                        newAt,
                        "method " + signature + " is now "
                                + (now != null ? now + " " + signature : overloads(next, name))));
            } else {
                boolean builder =
                        old.simpleName().equals("Builder") || name.startsWith("with") || BUILDER_ENTRIES.contains(name);
                changes.add(new JavaApiChange(
                        type,
                        signature,
                        builder ? Kind.BUILDER_METHOD_REMOVED : Kind.METHOD_REMOVED,
                        true,
                        oldAt,
                        newAt,
                        "method " + signature + " is gone"));
            }
        });
        next.methods().forEach((signature, result) -> {
            if (!oldNames.contains(name(signature))) {
                changes.add(new JavaApiChange(
                        type,
                        signature,
                        Kind.METHOD_ADDED,
                        false,
                        oldAt,
                        newAt,
                        "new method " + result + " " + signature));
            }
        });
    }

    private static String overloads(TypeApi type, String name) {
        return String.join(
                ", ",
                type.methods().keySet().stream()
                        .filter(signature -> name(signature).equals(name))
                        .toList());
    }

    private static Set<String> names(Set<String> signatures) {
        Set<String> names = new TreeSet<>();
        signatures.forEach(signature -> names.add(name(signature)));
        return names;
    }

    private static String name(String signature) {
        return signature.substring(0, signature.indexOf('('));
    }
}
