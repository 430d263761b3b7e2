package dev.synesthetic.codegen.naming;

import java.util.ArrayList;
import java.util.List;

/**
 * The classes the generator emits into the package whatever the schemas say: the records' helper,
 * the schema version constant, and the runtime the validators and readers share. The one list of
 * these names: the emitters name their files and references from it, the namers keep schema names
 * off it.
 */
public final class RuntimeClasses {
    /** The records' conversion helper ({@code fromJsonValue}); readers bind through it too. */
    public static final String JSON_VALUES = "JsonValues";
    /** The constant class holding {@code version.json}'s version. */
    public static final String SCHEMA_VERSION = "SchemaVersion";

    public static final String JSON_DATA = "JsonData";
    public static final String JSON_KEYWORDS = "JsonKeywords";
    public static final String VALIDATION_CONTEXT = "ValidationContext";
    public static final String VIOLATION = "Violation";
    /** Emitted only when some schema asserts a {@code format}. */
    public static final String JSON_FORMATS = "JsonFormats";

    public static final String JACKSON_READING = "JacksonReading";
    public static final String READ_RESULT = "ReadResult";

    /** Beside the records; a record, enum or union wanting one of these names takes a longer one. */
    public static final List<String> RECORDS = List.of(JSON_VALUES, SCHEMA_VERSION);
    /** In every validator package. */
    public static final List<String> VALIDATORS = List.of(JSON_DATA, JSON_KEYWORDS, VALIDATION_CONTEXT, VIOLATION);
    /** In every reader package. */
    public static final List<String> READERS = List.of(JACKSON_READING, READ_RESULT);

    private RuntimeClasses() {}

    /** The classes of this list a run that generates the given kinds of code may emit. */
    public static List<String> emitted(boolean records, boolean validators, boolean formats, boolean readers) {
        List<String> names = new ArrayList<>();
        if (records) {
            names.addAll(RECORDS);
        }
        if (validators) {
            names.addAll(VALIDATORS);
        }
        if (formats) {
            names.add(JSON_FORMATS);
        }
        if (readers) {
            names.addAll(READERS);
        }
        return List.copyOf(names);
    }
}
