package dev.synesthetic.codegen.emit;

import dev.synesthetic.codegen.model.Constraints;
import dev.synesthetic.codegen.model.Doc;
import dev.synesthetic.codegen.model.Literal;
import dev.synesthetic.codegen.model.TypeDecl.Property;
import dev.synesthetic.codegen.model.TypeRef;
import dev.synesthetic.codegen.naming.RootTitles;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds Javadoc text from schema annotations; every schema string goes through {@link Javadocs}. */
final class DocWriter {
    /**
     * The title, then the description; a title that only repeats the file name is left out, and a
     * type with neither starts with where it comes from. The location closes as {@code @see}.
     */
    String typeDoc(Doc doc, SourceLocation location) {
        return typeDoc(doc, location, "");
    }

    /** {@code more}: Javadoc paragraphs of the emitter's own, after the schema's text and before {@code @see}. */
    String typeDoc(Doc doc, SourceLocation location, String more) {
        StringBuilder out = new StringBuilder();
        Optional<String> title = doc.title().filter(t -> !t.isBlank() && !RootTitles.isFileName(t, location.file()));
        title.ifPresent(text -> out.append(Javadocs.escape(text)).append("\n\n"));
        doc.description()
                .ifPresent(text -> out.append(title.isPresent() ? "<p>" : "")
                        .append(Javadocs.escape(text))
                        .append("\n\n"));
        if (out.length() == 0) {
            out.append("Generated from the schema at ")
                    .append(Javadocs.escape(location.toString()))
                    .append(".\n\n");
        }
        out.append(more);
        // a quote would end the @see string: percent-encoded, as in a URI fragment
        out.append("@see \"")
                .append(Javadocs.escape(location.toString()).replace("\"", "%22"))
                .append("\"\n");
        return out.toString();
    }

    String paramDoc(String component, Property property) {
        List<String> parts = new ArrayList<>();
        // The description says more than the title; the title is the fallback.
        property.doc()
                .description()
                .or(() -> property.doc().title())
                .ifPresent(text -> parts.add(Javadocs.escape(text) + (text.endsWith(".") ? "" : ".")));
        parts.add(presenceText(property));
        String rules = constraints(property.type());
        if (!rules.isEmpty()) {
            parts.add(Javadocs.escape(rules));
        }
        property.defaultValue().ifPresent(d -> parts.add("Schema default: " + Javadocs.escape(literal(d)) + "."));
        if (property.readOnly()) {
            parts.add("Read-only.");
        }
        return "@param " + component + " " + String.join(" ", parts) + "\n";
    }

    /** The one component of a root's value type: what it holds and the schema's constraints on it. */
    String valueDoc(TypeRef type) {
        StringBuilder out = new StringBuilder(
                "@param value the whole document, bound from and written back as the bare JSON value");
        out.append(type.isNullable() ? "; may be JSON null." : ".");
        String rules = constraints(type);
        if (!rules.isEmpty()) {
            out.append(" ").append(Javadocs.escape(rules));
        }
        return out.append("\n").toString();
    }

    private static String presenceText(Property property) {
        return switch (Presence.of(property)) {
            case REQUIRED -> "Required.";
            case REQUIRED_NULLABLE -> "Required; may be JSON null.";
            case OPTIONAL -> "Optional: null when absent.";
            case OPTIONAL_NULLABLE -> "Optional and nullable: null when absent, empty for JSON null.";
        };
    }

    private static String constraints(TypeRef ref) {
        TypeRef type = ref.nonNull();
        Constraints constraints = Constraints.NONE;
        if (type instanceof TypeRef.Scalar scalar) {
            constraints = scalar.constraints();
        } else if (type instanceof TypeRef.ListOf list) {
            constraints = list.constraints();
        } else if (type instanceof TypeRef.MapOf map) {
            constraints = map.constraints();
        }
        return ConstraintText.sentence(constraints);
    }

    private static String literal(Literal literal) {
        if (literal instanceof Literal.Text text) {
            return "\"" + text.value() + "\"";
        }
        if (literal instanceof Literal.Number number) {
            return number.value().toString();
        }
        if (literal instanceof Literal.Bool bool) {
            return Boolean.toString(bool.value());
        }
        if (literal instanceof Literal.Null) {
            return "null";
        }
        return ((Literal.Structured) literal).json();
    }
}
