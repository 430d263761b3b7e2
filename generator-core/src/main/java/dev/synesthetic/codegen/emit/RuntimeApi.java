package dev.synesthetic.codegen.emit;

import static dev.synesthetic.codegen.emit.RuntimeMethod.constructor;
import static dev.synesthetic.codegen.emit.RuntimeMethod.instanceMethod;
import static dev.synesthetic.codegen.emit.RuntimeMethod.staticMethod;

import dev.synesthetic.codegen.naming.RuntimeClasses;
import java.util.List;

/**
 * Every runtime method generated code calls, one nested class per runtime class (named like it).
 * {@code RuntimeApiTest} resolves each constant here against the compiled generator-runtime.
 */
public final class RuntimeApi {
  private RuntimeApi() {}

  /** The keyword checks the generated validators call, with {@code v}, {@code c} and {@code e}. */
  public static final class JsonKeywords {
    private static final String OWNER = RuntimeClasses.JSON_KEYWORDS;
    public static final RuntimeMethod FALSE_SCHEMA = staticMethod(OWNER, "falseSchema", 2);
    public static final RuntimeMethod UNKNOWN_PROPERTY = staticMethod(OWNER, "unknownProperty", 3);
    public static final RuntimeMethod TYPE = staticMethod(OWNER, "type", 4);
    public static final RuntimeMethod CONSTANT = staticMethod(OWNER, "constant", 4);
    public static final RuntimeMethod ENUMERATION = staticMethod(OWNER, "enumeration", 4);
    public static final RuntimeMethod BOUND = staticMethod(OWNER, "bound", 5);
    public static final RuntimeMethod MULTIPLE_OF = staticMethod(OWNER, "multipleOf", 4);
    public static final RuntimeMethod MIN_LENGTH = staticMethod(OWNER, "minLength", 4);
    public static final RuntimeMethod MAX_LENGTH = staticMethod(OWNER, "maxLength", 4);
    public static final RuntimeMethod PATTERN = staticMethod(OWNER, "pattern", 4);
    public static final RuntimeMethod REQUIRED = staticMethod(OWNER, "required", 4);
    public static final RuntimeMethod DEPENDENT_REQUIRED = staticMethod(OWNER, "dependentRequired", 5);
    public static final RuntimeMethod MIN_PROPERTIES = staticMethod(OWNER, "minProperties", 4);
    public static final RuntimeMethod MAX_PROPERTIES = staticMethod(OWNER, "maxProperties", 4);
    public static final RuntimeMethod PROPERTY = staticMethod(OWNER, "property", 5);
    public static final RuntimeMethod PATTERN_PROPERTIES = staticMethod(OWNER, "patternProperties", 5);
    public static final RuntimeMethod ADDITIONAL_PROPERTIES = staticMethod(OWNER, "additionalProperties", 6);
    public static final RuntimeMethod UNEVALUATED_PROPERTIES = staticMethod(OWNER, "unevaluatedProperties", 4);
    public static final RuntimeMethod PROPERTY_NAMES = staticMethod(OWNER, "propertyNames", 4);
    public static final RuntimeMethod DEPENDENT_SCHEMA = staticMethod(OWNER, "dependentSchema", 5);
    public static final RuntimeMethod MIN_ITEMS = staticMethod(OWNER, "minItems", 4);
    public static final RuntimeMethod MAX_ITEMS = staticMethod(OWNER, "maxItems", 4);
    public static final RuntimeMethod UNIQUE_ITEMS = staticMethod(OWNER, "uniqueItems", 3);
    public static final RuntimeMethod PREFIX_ITEMS = staticMethod(OWNER, "prefixItems", 4);
    public static final RuntimeMethod ITEMS = staticMethod(OWNER, "items", 5);
    public static final RuntimeMethod CONTAINS = staticMethod(OWNER, "contains", 8);
    public static final RuntimeMethod UNEVALUATED_ITEMS = staticMethod(OWNER, "unevaluatedItems", 4);
    public static final RuntimeMethod IN_PLACE = staticMethod(OWNER, "inPlace", 4);
    public static final RuntimeMethod REF = staticMethod(OWNER, "ref", 5);
    public static final RuntimeMethod ANY_OF = staticMethod(OWNER, "anyOf", 5);
    public static final RuntimeMethod ONE_OF = staticMethod(OWNER, "oneOf", 5);
    public static final RuntimeMethod NOT = staticMethod(OWNER, "not", 4);
    public static final RuntimeMethod CONDITIONAL = staticMethod(OWNER, "conditional", 6);

    /** The count checks, each named after its keyword. */
    private static final List<RuntimeMethod> COUNTS =
        List.of(MIN_LENGTH, MAX_LENGTH, MIN_PROPERTIES, MAX_PROPERTIES, MIN_ITEMS, MAX_ITEMS);

    private JsonKeywords() {}

    /** The check of the count keyword {@code keyword} ({@code minLength}, {@code maxItems}, ...). */
    public static RuntimeMethod count(String keyword) {
      return COUNTS.stream()
          .filter(method -> method.name().equals(keyword))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no runtime count check for " + keyword));
    }
  }

  /** JSON values as plain Java values. */
  public static final class JsonData {
    private static final String OWNER = RuntimeClasses.JSON_DATA;
    public static final RuntimeMethod PARSE = staticMethod(OWNER, "parse", 1);
    public static final RuntimeMethod NAME_SET = staticMethod(OWNER, "nameSet", 1);
    public static final RuntimeMethod HAS_TYPE = staticMethod(OWNER, "hasType", 2);

    private JsonData() {}
  }

  /** The asserted formats. */
  public static final class JsonFormats {
    public static final RuntimeMethod FORMAT = staticMethod("JsonFormats", "format", 4);

    private JsonFormats() {}
  }

  /** One validation run ({@code c} in generated code). */
  public static final class ValidationContext {
    private static final String OWNER = RuntimeClasses.VALIDATION_CONTEXT;
    public static final RuntimeMethod RUN = staticMethod(OWNER, "run", 3);
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
    public static final RuntimeMethod OBJECT = staticMethod(OWNER, "object", 1);
    public static final RuntimeMethod MEMBERS = staticMethod(OWNER, "members", 2);
    public static final RuntimeMethod NAMES = staticMethod(OWNER, "names", 1);
    public static final RuntimeMethod KIND = staticMethod(OWNER, "kind", 1);

    private JsonValues() {}
  }

  /** One object being bound to a record ({@code members} in {@code fromJsonValue}). */
  public static final class Members {
    private static final String OWNER = "JsonValues.Members";
    public static final RuntimeMethod REQUIRED = instanceMethod(OWNER, "required", 3);
    public static final RuntimeMethod PRESENT = instanceMethod(OWNER, "present", 3);
    public static final RuntimeMethod OPTIONAL = instanceMethod(OWNER, "optional", 3);
    public static final RuntimeMethod REST = instanceMethod(OWNER, "rest", 1);
    public static final RuntimeMethod REJECT_UNKNOWN = instanceMethod(OWNER, "rejectUnknown", 2);

    private Members() {}
  }

  /** What the generated readers delegate to. */
  public static final class JacksonReading {
    private static final String OWNER = RuntimeClasses.JACKSON_READING;
    public static final RuntimeMethod NEW = constructor(OWNER, 5);
    public static final RuntimeMethod READ = instanceMethod(OWNER, "read", 1);
    public static final RuntimeMethod BIND = instanceMethod(OWNER, "bind", 1);
    public static final RuntimeMethod VALIDATE = instanceMethod(OWNER, "validate", 1);

    private JacksonReading() {}
  }
}
