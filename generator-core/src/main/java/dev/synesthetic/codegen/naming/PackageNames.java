package dev.synesthetic.codegen.naming;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which Java packages generated code may go into: the one rule the CLI, the plugin and
 * {@code GeneratorConfig} all apply, so a package no front end accepts is refused before anything
 * is generated rather than when the output fails to compile or load.
 */
public final class PackageNames {
    private static final Pattern SEGMENT = Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*");

    private PackageNames() {}

    /** Why {@code name} cannot hold generated code, as a phrase; empty when it can. */
    public static Optional<String> problem(String name) {
        if (name.isEmpty()) {
            // Types in the unnamed package cannot be imported by code in any other package.
            return Optional.of("the package must not be empty (nothing could import types in the unnamed package)");
        }
        for (String segment : name.split("\\.", -1)) {
            if (!SEGMENT.matcher(segment).matches()) {
                return Optional.of("'" + name + "' is not a Java package name");
            }
            if (Identifiers.isKeyword(segment)) {
                return Optional.of(
                        "'" + name + "' is not a Java package name ('" + segment + "' is a keyword or literal)");
            }
        }
        if (name.equals("java") || name.startsWith("java.")) {
            // The JVM refuses to define classes in java.* outside the platform's own class loader.
            return Optional.of(
                    "'" + name + "' is reserved by the Java platform (java and java.* cannot hold other code)");
        }
        return Optional.empty();
    }

    /** {@code name}, or an {@link IllegalArgumentException} saying why it cannot be used. */
    public static String require(String name) {
        problem(name).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return name;
    }
}
