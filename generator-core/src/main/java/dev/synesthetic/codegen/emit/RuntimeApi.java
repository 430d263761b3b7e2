package dev.synesthetic.codegen.emit;

import static dev.synesthetic.codegen.emit.RuntimeMethod.constructor;
import static dev.synesthetic.codegen.emit.RuntimeMethod.instanceMethod;
import static dev.synesthetic.codegen.emit.RuntimeMethod.staticMethod;

import dev.synesthetic.codegen.naming.RuntimeClasses;
import dev.synesthetic.codegen.vocabulary.Keywords;
import java.util.List;

/**
 * Every runtime method generated code calls, one nested class per runtime class (named like it); a
 * keyword's check in the runtime is named like the keyword ({@code Keywords.X.name()}).
 * {@code RuntimeApiTest} resolves each constant here against the compiled generator-runtime.
 */
public final class RuntimeApi {
    private RuntimeApi() {}

    /** The count checks, each named after its keyword. */
    private static final List<RuntimeMethod> COUNTS = List.of(
            JsonScalarKeywords.MIN_LENGTH,
            JsonScalarKeywords.MAX_LENGTH,
            JsonObjectKeywords.MIN_PROPERTIES,
            JsonObjectKeywords.MAX_PROPERTIES,
            JsonArrayKeywords.MIN_ITEMS,
            JsonArrayKeywords.MAX_ITEMS);

    /** The check of the count keyword {@code keyword} ({@code minLength}, {@code maxItems}, ...). */
    public static RuntimeMethod count(String keyword) {
        return COUNTS.stream()
                .filter(method -> method.name().equals(keyword))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no runtime count check for " + keyword));
    }

    /** The keyword checks of any value the generated validators call, with {@code v} and {@code c}. */
    public static final class JsonValueKeywords {
        private static final String OWNER = RuntimeClasses.JSON_VALUE_KEYWORDS;
        public static final RuntimeMethod FALSE_SCHEMA = staticMethod(OWNER, "falseSchema", 2);
        public static final RuntimeMethod UNKNOWN_PROPERTY = staticMethod(OWNER, "unknownProperty", 3);
        public static final RuntimeMethod TYPE = staticMethod(OWNER, Keywords.TYPE.name(), 4);
        public static final RuntimeMethod CONSTANT = staticMethod(OWNER, "constant", 4);
        public static final RuntimeMethod ENUMERATION = staticMethod(OWNER, "enumeration", 4);

        private JsonValueKeywords() {}
    }

    /** The number and string keyword checks. */
    public static final class JsonScalarKeywords {
        private static final String OWNER = RuntimeClasses.JSON_SCALAR_KEYWORDS;
        public static final RuntimeMethod BOUND = staticMethod(OWNER, "bound", 5);
        public static final RuntimeMethod MULTIPLE_OF = staticMethod(OWNER, Keywords.MULTIPLE_OF.name(), 4);
        public static final RuntimeMethod MIN_LENGTH = staticMethod(OWNER, Keywords.MIN_LENGTH.name(), 4);
        public static final RuntimeMethod MAX_LENGTH = staticMethod(OWNER, Keywords.MAX_LENGTH.name(), 4);
        public static final RuntimeMethod PATTERN = staticMethod(OWNER, Keywords.PATTERN.name(), 4);

        private JsonScalarKeywords() {}
    }

    /** The object keyword checks, {@code e} the evaluated members where the keyword applies subschemas. */
    public static final class JsonObjectKeywords {
        private static final String OWNER = RuntimeClasses.JSON_OBJECT_KEYWORDS;
        public static final RuntimeMethod REQUIRED = staticMethod(OWNER, Keywords.REQUIRED.name(), 4);
        public static final RuntimeMethod DEPENDENT_REQUIRED =
                staticMethod(OWNER, Keywords.DEPENDENT_REQUIRED.name(), 5);
        public static final RuntimeMethod MIN_PROPERTIES = staticMethod(OWNER, Keywords.MIN_PROPERTIES.name(), 4);
        public static final RuntimeMethod MAX_PROPERTIES = staticMethod(OWNER, Keywords.MAX_PROPERTIES.name(), 4);
        public static final RuntimeMethod PROPERTY = staticMethod(OWNER, "property", 5);
        public static final RuntimeMethod PATTERN_PROPERTIES =
                staticMethod(OWNER, Keywords.PATTERN_PROPERTIES.name(), 5);
        public static final RuntimeMethod ADDITIONAL_PROPERTIES =
                staticMethod(OWNER, Keywords.ADDITIONAL_PROPERTIES.name(), 6);
        public static final RuntimeMethod UNEVALUATED_PROPERTIES =
                staticMethod(OWNER, Keywords.UNEVALUATED_PROPERTIES.name(), 4);
        public static final RuntimeMethod PROPERTY_NAMES = staticMethod(OWNER, Keywords.PROPERTY_NAMES.name(), 4);
        public static final RuntimeMethod DEPENDENT_SCHEMA = staticMethod(OWNER, "dependentSchema", 5);

        private JsonObjectKeywords() {}
    }

    /** The array keyword checks, {@code e} the evaluated items where the keyword applies subschemas. */
    public static final class JsonArrayKeywords {
        private static final String OWNER = RuntimeClasses.JSON_ARRAY_KEYWORDS;
        public static final RuntimeMethod MIN_ITEMS = staticMethod(OWNER, Keywords.MIN_ITEMS.name(), 4);
        public static final RuntimeMethod MAX_ITEMS = staticMethod(OWNER, Keywords.MAX_ITEMS.name(), 4);
        public static final RuntimeMethod UNIQUE_ITEMS = staticMethod(OWNER, Keywords.UNIQUE_ITEMS.name(), 3);
        public static final RuntimeMethod PREFIX_ITEMS = staticMethod(OWNER, Keywords.PREFIX_ITEMS.name(), 4);
        public static final RuntimeMethod ITEMS = staticMethod(OWNER, Keywords.ITEMS.name(), 5);
        public static final RuntimeMethod CONTAINS = staticMethod(OWNER, Keywords.CONTAINS.name(), 8);
        public static final RuntimeMethod UNEVALUATED_ITEMS = staticMethod(OWNER, Keywords.UNEVALUATED_ITEMS.name(), 4);

        private JsonArrayKeywords() {}
    }

    /** The in-place applicators ({@code allOf}, {@code $ref}, {@code anyOf}, ...). */
    public static final class JsonApplicators {
        private static final String OWNER = RuntimeClasses.JSON_APPLICATORS;
        public static final RuntimeMethod IN_PLACE = staticMethod(OWNER, "inPlace", 4);
        public static final RuntimeMethod REF = staticMethod(OWNER, "ref", 7);
        public static final RuntimeMethod ANY_OF = staticMethod(OWNER, Keywords.ANY_OF.name(), 5);
        public static final RuntimeMethod ONE_OF = staticMethod(OWNER, Keywords.ONE_OF.name(), 5);
        public static final RuntimeMethod NOT = staticMethod(OWNER, Keywords.NOT.name(), 4);
        public static final RuntimeMethod CONDITIONAL = staticMethod(OWNER, "conditional", 6);

        private JsonApplicators() {}
    }

    /** The JSON type of a value. */
    public static final class JsonData {
        public static final RuntimeMethod HAS_TYPE = staticMethod(RuntimeClasses.JSON_DATA, "hasType", 2);

        private JsonData() {}
    }

    /** The schema's values held as constants. */
    public static final class JsonConstants {
        private static final String OWNER = RuntimeClasses.JSON_CONSTANTS;
        public static final RuntimeMethod PARSE = staticMethod(OWNER, "parse", 1);
        public static final RuntimeMethod NAME_SET = staticMethod(OWNER, "nameSet", 1);

        private JsonConstants() {}
    }

    /** The asserted formats. */
    public static final class JsonFormats {
        public static final RuntimeMethod FORMAT = staticMethod(RuntimeClasses.JSON_FORMATS, Keywords.FORMAT.name(), 4);

        private JsonFormats() {}
    }

    /** One validation run ({@code c} in generated code). */
    public static final class ValidationContext {
        private static final String OWNER = RuntimeClasses.VALIDATION_CONTEXT;
        public static final RuntimeMethod RUN = staticMethod(OWNER, "run", 4);
        public static final RuntimeMethod VALID = staticMethod(OWNER, "valid", 2);
        public static final RuntimeMethod STOP = instanceMethod(OWNER, "stop", 0);
        public static final RuntimeMethod ENTER_RESOURCE = instanceMethod(OWNER, "enterResource", 1);
        public static final RuntimeMethod EXIT_RESOURCE = instanceMethod(OWNER, "exitResource", 0);
        public static final RuntimeMethod SCOPE_SIZE = instanceMethod(OWNER, "scopeSize", 0);
        public static final RuntimeMethod SCOPE_AT = instanceMethod(OWNER, "scopeAt", 1);

        private ValidationContext() {}
    }

    /** What in-place subschemas evaluated ({@code e} in generated code). */
    public static final class Evaluated {
        private static final String OWNER = "ValidationContext.Evaluated";
        public static final RuntimeMethod NEW = constructor(OWNER, 0);
        public static final RuntimeMethod MERGE = instanceMethod(OWNER, "merge", 1);

        private Evaluated() {}
    }

    /** Binding parsed JSON to the generated types (the records' {@code fromJsonValue}). */
    public static final class JsonValues {
        private static final String OWNER = RuntimeClasses.JSON_VALUES;
        public static final RuntimeMethod NULLABLE = staticMethod(OWNER, "nullable", 2);
        public static final RuntimeMethod STRING = staticMethod(OWNER, "string", 1);
        public static final RuntimeMethod DATE_TIME = staticMethod(OWNER, "dateTime", 1);
        public static final RuntimeMethod INTEGER = staticMethod(OWNER, "integer", 1);
        public static final RuntimeMethod NUMBER = staticMethod(OWNER, "number", 1);
        public static final RuntimeMethod BOOL = staticMethod(OWNER, "bool", 1);
        public static final RuntimeMethod LIST = staticMethod(OWNER, "list", 2);
        public static final RuntimeMethod MAP = staticMethod(OWNER, "map", 2);
        public static final RuntimeMethod NON_NULL_ITEMS = staticMethod(OWNER, "nonNullItems", 2);
        public static final RuntimeMethod OPTIONAL_NON_NULL_ITEMS = staticMethod(OWNER, "optionalNonNullItems", 2);
        public static final RuntimeMethod OBJECT = staticMethod(OWNER, "object", 1);
        public static final RuntimeMethod MEMBERS = staticMethod(OWNER, "members", 2);
        public static final RuntimeMethod NAMES = staticMethod(OWNER, "names", 1);
        public static final RuntimeMethod KIND = staticMethod(OWNER, "kind", 1);
        public static final RuntimeMethod DISCRIMINATOR = staticMethod(OWNER, "discriminator", 3);
        public static final RuntimeMethod UNKNOWN_DISCRIMINATOR = staticMethod(OWNER, "unknownDiscriminator", 3);

        private JsonValues() {}
    }

    /** A union's binding failure: the closest of its variants and why it did not fit. */
    public static final class JsonMismatch {
        private static final String OWNER = RuntimeClasses.JSON_MISMATCH;
        public static final RuntimeMethod CLOSER = staticMethod(OWNER, "closer", 3);
        public static final RuntimeMethod NO_VARIANT = staticMethod(OWNER, "noVariant", 3);

        private JsonMismatch() {}
    }

    /** Writing the generated types back to plain values (every type's {@code toJsonValue}). */
    public static final class JsonWriting {
        private static final String OWNER = RuntimeClasses.JSON_WRITING;
        public static final RuntimeMethod DATE_TIME = staticMethod(OWNER, "dateTime", 1);
        public static final RuntimeMethod LIST = staticMethod(OWNER, "list", 2);
        public static final RuntimeMethod MAP = staticMethod(OWNER, "map", 2);
        public static final RuntimeMethod NULLABLE = staticMethod(OWNER, "nullable", 2);
        public static final RuntimeMethod OPTIONAL = staticMethod(OWNER, "optional", 4);
        public static final RuntimeMethod PRESENT = staticMethod(OWNER, "present", 4);
        public static final RuntimeMethod FREE = staticMethod(OWNER, "free", 1);

        private JsonWriting() {}
    }

    /** Streaming the generated types to a sink (every type's {@code writeJson}). */
    public static final class JsonSink {
        private static final String OWNER = RuntimeClasses.JSON_SINK;
        public static final RuntimeMethod START_OBJECT = instanceMethod(OWNER, "startObject", 0);
        public static final RuntimeMethod END_OBJECT = instanceMethod(OWNER, "endObject", 0);
        public static final RuntimeMethod NAME = instanceMethod(OWNER, "name", 1);
        public static final RuntimeMethod VALUE = instanceMethod(OWNER, "value", 1);
        public static final RuntimeMethod LIST = staticMethod(OWNER, "list", 3);
        public static final RuntimeMethod MAP = staticMethod(OWNER, "map", 3);
        public static final RuntimeMethod MEMBERS = staticMethod(OWNER, "members", 3);
        public static final RuntimeMethod NULLABLE = staticMethod(OWNER, "nullable", 3);

        private JsonSink() {}
    }

    /** One object being bound to a record ({@code members} in {@code fromJsonValue}). */
    /** Tuple records' binding and writing. */
    public static final class JsonTuples {
        private static final String OWNER = RuntimeClasses.JSON_TUPLES;
        public static final RuntimeMethod ARRAY = staticMethod(OWNER, "array", 3);
        public static final RuntimeMethod AT = staticMethod(OWNER, "at", 3);
        public static final RuntimeMethod REST = staticMethod(OWNER, "rest", 3);
        public static final RuntimeMethod WRITE = staticMethod(OWNER, "write", 3);

        private JsonTuples() {}
    }

    public static final class JsonMembers {
        private static final String OWNER = RuntimeClasses.JSON_MEMBERS;
        public static final RuntimeMethod REQUIRED = instanceMethod(OWNER, Keywords.REQUIRED.name(), 3);
        public static final RuntimeMethod PRESENT = instanceMethod(OWNER, "present", 3);
        public static final RuntimeMethod OPTIONAL = instanceMethod(OWNER, "optional", 3);
        public static final RuntimeMethod REST = instanceMethod(OWNER, "rest", 1);
        public static final RuntimeMethod REJECT_UNKNOWN = instanceMethod(OWNER, "rejectUnknown", 2);

        private JsonMembers() {}
    }

    /** What the generated readers delegate to. */
    public static final class JacksonReading {
        private static final String OWNER = RuntimeClasses.JACKSON_READING;
        public static final RuntimeMethod NEW = constructor(OWNER, 5);
        public static final RuntimeMethod READ = instanceMethod(OWNER, "read", 1);
        public static final RuntimeMethod BIND = instanceMethod(OWNER, "bind", 1);
        public static final RuntimeMethod VALIDATE = instanceMethod(OWNER, "validate", 1);
        public static final RuntimeMethod WRITE = instanceMethod(OWNER, "write", 1);
        public static final RuntimeMethod WRITE_BYTES = instanceMethod(OWNER, "writeBytes", 1);

        private JacksonReading() {}
    }

    /** What the generated readers delegate to with {@code jackson=3}: {@link JacksonReading}'s methods on Jackson 3. */
    public static final class Jackson3Reading {
        private static final String OWNER = RuntimeClasses.JACKSON3_READING;
        public static final RuntimeMethod NEW = constructor(OWNER, 5);
        public static final RuntimeMethod READ = instanceMethod(OWNER, "read", 1);
        public static final RuntimeMethod BIND = instanceMethod(OWNER, "bind", 1);
        public static final RuntimeMethod VALIDATE = instanceMethod(OWNER, "validate", 1);
        public static final RuntimeMethod WRITE = instanceMethod(OWNER, "write", 1);
        public static final RuntimeMethod WRITE_BYTES = instanceMethod(OWNER, "writeBytes", 1);

        private Jackson3Reading() {}
    }
}
