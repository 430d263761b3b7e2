package dev.synesthetic.codegen.vocabulary;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * What a keyword's validator reader sees of one schema: its JSON, its draft, its subschemas (which
 * it thereby asks the validator analysis to generate) and resolved references. Implemented by the
 * validator analysis; errors go to its diagnostics.
 */
public interface SchemaReader {
    JsonNode json();

    /** The draft of the file this schema is in: it decides which keywords it has and what they mean. */
    Draft draft();

    /**
     * Whether {@code keyword} applies here: the draft has it and its vocabulary is on (a reader taking a
     * keyword of another vocabulary along, {@code contains} its {@code minContains}, asks this).
     */
    default boolean reads(Keyword keyword) {
        return keyword.in(draft());
    }

    SourceLocation location();

    /** Where {@code keyword} sits in this schema. */
    default SourceLocation at(Keyword keyword) {
        return keyword.at(location());
    }

    /** The subschema at {@code keyword}/{@code tokens…}, queued for generation; its location. */
    SourceLocation subschema(Keyword keyword, Object... tokens);

    /** Resolves the string value of a reference keyword and queues its target; empty (and reported) if it cannot. */
    Optional<Target> resolve(Keyword keyword);

    /** Every schema declaring {@code $dynamicAnchor} {@code name}, sorted by location, each queued. */
    List<Target> dynamicAnchors(String name);

    /** Every schema saying {@code "$recursiveAnchor": true} (2019-09), sorted by location, each queued. */
    List<Target> recursiveAnchors();

    /** Notes that the generated code must track the dynamic scope. */
    void useDynamicScope();

    /** Whether {@code format} asserts in this run. */
    boolean assertsFormats();

    Diagnostics diagnostics();

    /** A schema a reference reached, already queued for generation. */
    interface Target {
        SourceLocation location();

        JsonNode json();

        /** The id of the schema resource it lies in, for the dynamic scope (assigned on first use). */
        int resource();
    }
}
