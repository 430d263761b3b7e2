package dev.synesthetic.codegen.naming;

import java.util.ArrayList;
import java.util.List;

/**
 * The classes the generator emits into the package whatever the schemas say: the records' runtime,
 * the schema version constant, and the runtime the validators and readers share. The one list of
 * these names: the emitters name their files and references from it, the namers keep schema names
 * off it.
 */
public final class RuntimeClasses {
    /** The records' conversion helper ({@code fromJsonValue}); readers bind through it too. */
    public static final String JSON_VALUES = "JsonValues";
    /** One object being bound to a record. */
    public static final String JSON_MEMBERS = "JsonMembers";
    /** A value that does not fit its type, with its pointer. */
    public static final String JSON_MISMATCH = "JsonMismatch";
    /** Writes the generated types back to plain values (every type's {@code toJsonValue}). */
    public static final String JSON_WRITING = "JsonWriting";
    /** Where every type's {@code writeJson} streams its JSON (the readers' {@code write}). */
    public static final String JSON_SINK = "JsonSink";
    /** Binds and writes tuple records; emitted only when some schema has a tuple. */
    public static final String JSON_TUPLES = "JsonTuples";
    /** The constant class holding {@code version.json}'s version. */
    public static final String SCHEMA_VERSION = "SchemaVersion";

    public static final String JSON_DATA = "JsonData";
    public static final String JSON_NUMBERS = "JsonNumbers";
    public static final String JSON_EQUALITY = "JsonEquality";
    public static final String JSON_CONSTANTS = "JsonConstants";
    public static final String JSON_VALUE_KEYWORDS = "JsonValueKeywords";
    public static final String JSON_SCALAR_KEYWORDS = "JsonScalarKeywords";
    public static final String JSON_OBJECT_KEYWORDS = "JsonObjectKeywords";
    public static final String JSON_ARRAY_KEYWORDS = "JsonArrayKeywords";
    public static final String JSON_APPLICATORS = "JsonApplicators";
    public static final String VALIDATION_CONTEXT = "ValidationContext";
    public static final String VIOLATION = "Violation";
    /** The {@code $ref}s a validation took, for a violation's keyword location. */
    public static final String EVALUATION_PATH = "EvaluationPath";
    /** The format dispatcher (and the dates); with the classes below, emitted only when some schema asserts a {@code format}. */
    public static final String JSON_FORMATS = "JsonFormats";

    public static final String JSON_FORMAT_NAMES = "JsonFormatNames";
    public static final String JSON_FORMAT_IDN = "JsonFormatIdn";
    public static final String JSON_PUNYCODE = "JsonPunycode";
    public static final String JSON_FORMAT_ADDRESSES = "JsonFormatAddresses";
    public static final String JSON_FORMAT_URIS = "JsonFormatUris";
    /** ECMA-262 → java.util.regex; the generator translates {@code pattern}s with it too. */
    public static final String JSON_REGEX = "JsonRegex";
    /** JsonRegex's translator, one pass over the ECMA-262 source. */
    public static final String ECMA_TRANSLATION = "EcmaTranslation";

    public static final String JACKSON_READING = "JacksonReading";
    public static final String JACKSON_PARSING = "JacksonParsing";
    public static final String READ_REFUSAL = "ReadRefusal";
    public static final String JACKSON_WRITING = "JacksonWriting";
    public static final String READ_RESULT = "ReadResult";
    /** Validating and binding what a reader parsed, whichever Jackson parsed it. */
    public static final String READ_BINDING = "ReadBinding";

    public static final String JACKSON3_READING = "Jackson3Reading";
    public static final String JACKSON3_PARSING = "Jackson3Parsing";
    public static final String JACKSON3_WRITING = "Jackson3Writing";

    /** The records' runtime, copied beside them when some type binds from JSON; readers bind through it too. */
    public static final List<String> RECORD_HELPERS =
            List.of(JSON_VALUES, JSON_MEMBERS, JSON_MISMATCH, JSON_WRITING, JSON_SINK);
    /** Beside the records; a record, enum or union wanting one of these names takes a longer one. */
    public static final List<String> RECORDS = concat(RECORD_HELPERS, List.of(SCHEMA_VERSION, JSON_TUPLES));
    /** In every validator package. */
    public static final List<String> VALIDATORS = List.of(
            JSON_DATA,
            JSON_NUMBERS,
            JSON_EQUALITY,
            JSON_CONSTANTS,
            JSON_VALUE_KEYWORDS,
            JSON_SCALAR_KEYWORDS,
            JSON_OBJECT_KEYWORDS,
            JSON_ARRAY_KEYWORDS,
            JSON_APPLICATORS,
            VALIDATION_CONTEXT,
            VIOLATION,
            EVALUATION_PATH);
    /** In a validator package when some schema asserts a {@code format}. */
    public static final List<String> FORMATS = List.of(
            JSON_FORMATS,
            JSON_FORMAT_NAMES,
            JSON_FORMAT_IDN,
            JSON_PUNYCODE,
            JSON_FORMAT_ADDRESSES,
            JSON_FORMAT_URIS,
            JSON_REGEX,
            ECMA_TRANSLATION);
    /** In every reader package, beside the records' runtime and the validators' (which they call). */
    public static final List<String> READERS =
            List.of(JACKSON_READING, JACKSON_PARSING, READ_REFUSAL, READ_RESULT, READ_BINDING, JACKSON_WRITING);
    /** {@link #READERS} when the readers are written against Jackson 3 ({@code jackson=3}). */
    public static final List<String> READERS_JACKSON3 =
            List.of(JACKSON3_READING, JACKSON3_PARSING, READ_REFUSAL, READ_RESULT, READ_BINDING, JACKSON3_WRITING);

    private RuntimeClasses() {}

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> names = new ArrayList<>(first);
        names.addAll(second);
        return List.copyOf(names);
    }

    /** The classes of this list a run that generates the given kinds of code may emit (readers on Jackson 2). */
    public static List<String> emitted(boolean records, boolean validators, boolean formats, boolean readers) {
        return emitted(records, validators, formats, readers ? READERS : List.of());
    }

    /** The same, {@code readers} the readers' runtime the run emits ({@link #READERS}, {@link #READERS_JACKSON3} or none). */
    public static List<String> emitted(boolean records, boolean validators, boolean formats, List<String> readers) {
        List<String> names = new ArrayList<>();
        if (records) {
            names.addAll(RECORDS);
        }
        if (validators) {
            names.addAll(VALIDATORS);
        }
        if (formats) {
            names.addAll(FORMATS);
        }
        names.addAll(readers);
        return List.copyOf(names);
    }
}
