package dev.synesthetic.codegen.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.load.Corpus;
import dev.synesthetic.codegen.load.SchemaDocument;
import dev.synesthetic.codegen.vocabulary.EcmaPatterns;
import dev.synesthetic.codegen.vocabulary.Keywords;
import java.util.Iterator;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The root {@code "$schema"} key of an instance document: metadata naming the schema it follows
 * (Synesthetic examples carry one), set aside before validation and binding, unless the root
 * schema declares it: names it in {@code properties}, or has a {@code patternProperties} pattern
 * that matches it. Then it is a member like any other, validated and bound (many real schemas
 * list it in {@code required}). {@code additionalProperties} does not count: a schema that merely
 * tolerates unknown keys did not ask for the metadata. The one rule for readers and the CLI.
 */
public final class InstanceSchemaKey {
    public static final String NAME = Keywords.SCHEMA.name();

    private InstanceSchemaKey() {}

    public static boolean declaredBy(JsonNode rootSchema) {
        if (Keywords.PROPERTIES.pathIn(rootSchema).has(NAME)) {
            return true;
        }
        for (Iterator<String> patterns =
                        Keywords.PATTERN_PROPERTIES.pathIn(rootSchema).fieldNames();
                patterns.hasNext(); ) {
            try {
                if (Pattern.compile(EcmaPatterns.toJava(patterns.next()))
                        .matcher(NAME)
                        .find()) {
                    return true;
                }
            } catch (PatternSyntaxException e) {
                // the validator build reports a bad pattern; it declares nothing
            }
        }
        return false;
    }

    /** The schema files whose root declares the key, so it is kept in their instances. */
    public static SortedSet<String> declaringFiles(Corpus corpus) {
        SortedSet<String> files = new TreeSet<>();
        for (SchemaDocument document : corpus.documents()) {
            if (declaredBy(document.root())) {
                files.add(document.relativePath());
            }
        }
        return files;
    }
}
