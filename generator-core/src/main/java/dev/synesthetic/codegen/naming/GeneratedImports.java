package dev.synesthetic.codegen.naming;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The library types generated records, enums and unions refer to, by qualified name. A type of the
 * package named like one of them would be shadowed by the import, so {@link TypeNamer} keeps type
 * names off this list; the emitter names the annotations from it, and {@code GeneratedImportsTest}
 * checks that whatever the emitter imports is listed.
 */
public final class GeneratedImports {
    private static final String JACKSON = "com.fasterxml.jackson.annotation.";
    public static final String JSON_PROPERTY = JACKSON + "JsonProperty";
    public static final String JSON_CREATOR = JACKSON + "JsonCreator";
    public static final String JSON_VALUE = JACKSON + "JsonValue";
    public static final String JSON_INCLUDE = JACKSON + "JsonInclude";
    public static final String JSON_ANY_SETTER = JACKSON + "JsonAnySetter";
    public static final String JSON_ANY_GETTER = JACKSON + "JsonAnyGetter";
    public static final String JACKSON_INJECT = JACKSON + "JacksonInject";
    public static final String OPT_BOOLEAN = JACKSON + "OptBoolean";
    public static final String JSON_FORMAT = JACKSON + "JsonFormat";
    public static final String JSON_UNWRAPPED = JACKSON + "JsonUnwrapped";
    /** Not emitted any more; kept so no schema takes a name it took before. */
    public static final String JSON_IGNORE = JACKSON + "JsonIgnore";

    public static final String NULLABLE = "org.jspecify.annotations.Nullable";
    public static final String GENERATED = "javax.annotation.processing.Generated";

    /** Bean Validation, with {@code beanValidation} on only; listed always so names never depend on it. */
    private static final String CONSTRAINTS = "jakarta.validation.constraints.";

    public static final String VALID = "jakarta.validation.Valid";
    public static final String NOT_NULL = CONSTRAINTS + "NotNull";
    public static final String SIZE = CONSTRAINTS + "Size";
    public static final String PATTERN = CONSTRAINTS + "Pattern";
    public static final String DECIMAL_MIN = CONSTRAINTS + "DecimalMin";
    public static final String DECIMAL_MAX = CONSTRAINTS + "DecimalMax";

    /** Every listed type, the JDK ones the emitters name by class literal included. */
    public static final List<String> ALL = List.of(
            JSON_PROPERTY,
            JSON_CREATOR,
            JSON_VALUE,
            JSON_INCLUDE,
            JSON_ANY_SETTER,
            JSON_ANY_GETTER,
            JACKSON_INJECT,
            OPT_BOOLEAN,
            JSON_FORMAT,
            JSON_UNWRAPPED,
            JSON_IGNORE,
            NULLABLE,
            GENERATED,
            "java.math.BigDecimal",
            "java.math.BigInteger",
            "java.time.OffsetDateTime",
            "java.time.format.DateTimeFormatter",
            "java.time.format.DateTimeParseException",
            "java.util.ArrayList",
            "java.util.Collections",
            "java.util.LinkedHashMap",
            "java.util.List",
            "java.util.Map",
            "java.util.Objects",
            "java.util.Optional",
            "java.util.Set",
            "java.util.StringJoiner",
            "java.util.concurrent.atomic.AtomicReference",
            "java.util.function.Function",
            VALID,
            NOT_NULL,
            SIZE,
            PATTERN,
            DECIMAL_MIN,
            DECIMAL_MAX);

    private GeneratedImports() {}

    /** The simple names of {@link #ALL}. */
    public static Set<String> simpleNames() {
        Set<String> names = new TreeSet<>();
        ALL.forEach(name -> names.add(name.substring(name.lastIndexOf('.') + 1)));
        return names;
    }
}
