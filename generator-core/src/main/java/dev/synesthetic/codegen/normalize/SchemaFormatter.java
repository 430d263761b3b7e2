package dev.synesthetic.codegen.normalize;

import dev.synesthetic.codegen.vocabulary.Draft;
import dev.synesthetic.codegen.vocabulary.Keyword;
import dev.synesthetic.codegen.vocabulary.Keywords;
import dev.synesthetic.codegen.vocabulary.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The canonical text of one schema file: every schema object's keys in {@link KeyOrder}, name maps
 * ({@code properties}, {@code $defs}) and data ({@code enum}, {@code const}, {@code default},
 * {@code examples}, unknown keywords) in their written order, scalars as written, two-space indents,
 * LF, one final newline. Which values are schemas comes from the keyword table, per the draft the
 * schema object declares (its own {@code $schema}, else its parent's, else the default).
 */
public final class SchemaFormatter {
    private static final String INDENT = "  ";

    private SchemaFormatter() {}

    public static String format(String text, Draft defaultDraft) throws NotJsonException {
        String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
        RawJson canonical = schema(RawJsonReader.read(json), defaultDraft);
        StringBuilder out = new StringBuilder(json.length());
        write(canonical, 0, out);
        return out.append('\n').toString();
    }

    /** A schema position: objects are reordered and their keywords' values visited; booleans stay. */
    private static RawJson schema(RawJson value, Draft outer) {
        if (!(value instanceof RawJson.ObjectValue object)) {
            return value;
        }
        Draft draft = declaredDraft(object).orElse(outer);
        List<RawJson.Member> members = new ArrayList<>();
        for (RawJson.Member member : object.members()) {
            ValueKind kind =
                    Keywords.lookup(member.name(), draft).map(Keyword::kind).orElse(ValueKind.DATA);
            members.add(new RawJson.Member(member.name(), member.rawName(), keywordValue(member.value(), kind, draft)));
        }
        members.sort((a, b) -> KeyOrder.ORDER.compare(a.name(), b.name()));
        return new RawJson.ObjectValue(members);
    }

    private static RawJson keywordValue(RawJson value, ValueKind kind, Draft draft) {
        return switch (kind) {
            case SCHEMA -> schema(value, draft);
            case SCHEMA_ARRAY -> schemas(value, draft);
            case SCHEMA_OR_ARRAY -> value instanceof RawJson.ArrayValue ? schemas(value, draft) : schema(value, draft);
            case SCHEMA_MAP -> schemaMap(value, draft);
            default -> value;
        };
    }

    private static RawJson schemas(RawJson value, Draft draft) {
        if (!(value instanceof RawJson.ArrayValue array)) {
            return value;
        }
        return new RawJson.ArrayValue(
                array.elements().stream().map(e -> schema(e, draft)).toList());
    }

    /** Names to schemas: the names keep their order (it is the record's component order), the schemas are formatted. */
    private static RawJson schemaMap(RawJson value, Draft draft) {
        if (!(value instanceof RawJson.ObjectValue object)) {
            return value;
        }
        return new RawJson.ObjectValue(object.members().stream()
                .map(m -> new RawJson.Member(m.name(), m.rawName(), schema(m.value(), draft)))
                .toList());
    }

    private static Optional<Draft> declaredDraft(RawJson.ObjectValue object) {
        for (RawJson.Member member : object.members()) {
            if (Keywords.SCHEMA.is(member.name())
                    && member.value() instanceof RawJson.Scalar scalar
                    && scalar.raw().startsWith("\"")) {
                return Draft.fromSchemaUri(unquoted(scalar.raw()));
            }
        }
        return Optional.empty();
    }

    /** A draft URI never needs escapes; one that has them names no draft we know, which is what we want. */
    private static String unquoted(String raw) {
        return raw.substring(1, raw.length() - 1);
    }

    private static void write(RawJson value, int depth, StringBuilder out) {
        if (value instanceof RawJson.Scalar scalar) {
            out.append(scalar.raw());
        } else if (value instanceof RawJson.ArrayValue array) {
            List<String> open = new ArrayList<>();
            writeContainer('[', ']', array.elements(), open, depth, out);
        } else {
            RawJson.ObjectValue object = (RawJson.ObjectValue) value;
            List<String> names =
                    object.members().stream().map(m -> m.rawName() + ": ").toList();
            writeContainer(
                    '{',
                    '}',
                    object.members().stream().map(RawJson.Member::value).toList(),
                    names,
                    depth,
                    out);
        }
    }

    /** One element per line, {@code prefixes} (member names) before each when given; empty is {@code []}/{@code {}}. */
    private static void writeContainer(
            char open, char close, List<RawJson> values, List<String> prefixes, int depth, StringBuilder out) {
        out.append(open);
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n").append(INDENT.repeat(depth + 1));
            if (!prefixes.isEmpty()) {
                out.append(prefixes.get(i));
            }
            write(values.get(i), depth + 1, out);
        }
        if (!values.isEmpty()) {
            out.append('\n').append(INDENT.repeat(depth));
        }
        out.append(close);
    }
}
