package dev.synesthetic.codegen.vocabulary;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * One JSON Schema keyword: its name, the drafts that define it, what records make of it, what its
 * value is. Declared once in {@link Keywords}; everything else refers to it through that table.
 */
public final class Keyword {
    private final String name;
    private final Set<Draft> drafts;
    private final RecordRole role;
    private final ValueKind kind;
    private final Keyword readWith;
    private final KeywordReader reader;

    Keyword(String name, Set<Draft> drafts, RecordRole role, ValueKind kind, Keyword readWith, KeywordReader reader) {
        this.name = name;
        this.drafts = EnumSet.copyOf(drafts);
        this.role = role;
        this.kind = kind;
        this.readWith = readWith;
        this.reader = reader;
    }

    /**
     * How generated validators read it: absent for annotations, definitions and keywords read with
     * another ({@link #readWith}).
     */
    public Optional<KeywordReader> reader() {
        return Optional.ofNullable(reader);
    }

    public String name() {
        return name;
    }

    /** Whether {@code draft} defines this keyword; in other drafts it is unknown. */
    public boolean in(Draft draft) {
        return drafts.contains(draft);
    }

    public RecordRole role() {
        return role;
    }

    public ValueKind kind() {
        return kind;
    }

    /**
     * The keyword whose reading takes this one along ({@code then} with {@code if}, {@code
     * minContains} with {@code contains}, {@code additionalItems} with {@code items}): alone it has no
     * effect, so it has no reader of its own.
     */
    public Optional<Keyword> readWith() {
        return Optional.ofNullable(readWith);
    }

    /** Whether the schema object {@code json} has this keyword. */
    public boolean isIn(JsonNode json) {
        return json.has(name);
    }

    /** This keyword's value in the schema object {@code json}, or null. */
    public JsonNode valueIn(JsonNode json) {
        return json.get(name);
    }

    /** This keyword's value in {@code json}, or a missing node. */
    public JsonNode pathIn(JsonNode json) {
        return json.path(name);
    }

    /** Where this keyword sits in the schema at {@code schema}. */
    public SourceLocation at(SourceLocation schema) {
        return schema.child(name);
    }

    /** Whether {@code name} is this keyword's name (a JSON Pointer token, a property key). */
    public boolean is(String name) {
        return this.name.equals(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
