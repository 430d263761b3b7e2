package dev.synesthetic.codegen.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.load.Corpus;
import dev.synesthetic.codegen.load.SchemaDocument;
import dev.synesthetic.codegen.model.AdditionalProperties;
import dev.synesthetic.codegen.model.NameHint;
import dev.synesthetic.codegen.model.SchemaModel;
import dev.synesthetic.codegen.model.ScalarKind;
import dev.synesthetic.codegen.model.TypeDecl;
import dev.synesthetic.codegen.model.TypeDecl.Property;
import dev.synesthetic.codegen.model.TypeRef;
import dev.synesthetic.codegen.resolve.RefResolver;
import dev.synesthetic.codegen.resolve.SchemaIndex;
import dev.synesthetic.codegen.resolve.SchemaNode;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns resolved schemas into the model: decides, for every schema reached from a file root or a
 * {@code $defs} entry, which Java-independent type it is. Each schema location is analysed once
 * (memoised), so a schema reached by two paths is one type.
 */
public final class ModelBuilder {
  private final SchemaIndex index;
  private final RefResolver resolver;
  private final Diagnostics diagnostics;
  private final Map<String, SchemaDocument> documents = new HashMap<>();
  private final Map<SourceLocation, TypeDecl> declared = new HashMap<>();
  private final Map<SourceLocation, TypeRef> memo = new HashMap<>();
  /** Schemas being analysed: meeting one again means recursion. */
  private final Set<SourceLocation> visiting = new LinkedHashSet<>();
  /** Objects and enums being analysed: recursion into them is fine, they will have a name. */
  private final Set<SourceLocation> planned = new HashSet<>();
  /** Unions met recursively before they were known to be unions; checked when they finish. */
  private final Set<SourceLocation> promised = new HashSet<>();
  private final ConstraintReader constraints;
  private final UnionNormalizer unions = new UnionNormalizer();

  public ModelBuilder(SchemaIndex index, RefResolver resolver, Diagnostics diagnostics) {
    this.index = index;
    this.resolver = resolver;
    this.diagnostics = diagnostics;
    this.constraints = new ConstraintReader(diagnostics);
  }

  public SchemaModel build(Corpus corpus) {
    for (SchemaDocument document : corpus.documents()) {
      documents.put(document.relativePath(), document);
    }
    for (SchemaDocument document : corpus.documents()) {
      SourceLocation root = SourceLocation.root(document.relativePath());
      typeOf(new SchemaNode(document.root(), root, index.baseAt(root, document.retrievalUri())));
    }
    pruneUnreachable();
    return SchemaModel.of(withOwnedHints(), corpus.schemaVersion());
  }

  /**
   * Drops inline declarations nothing uses any more (an inner anyOf flattened into its outer one,
   * an enum absorbed by a plain string). File roots and $defs entries always stay.
   */
  private void pruneUnreachable() {
    java.util.Deque<SourceLocation> work = new java.util.ArrayDeque<>();
    Set<SourceLocation> reached = new HashSet<>();
    for (SourceLocation loc : declared.keySet()) {
      if (isGivenLocation(loc)) {
        work.push(loc);
      }
    }
    while (!work.isEmpty()) {
      SourceLocation loc = work.pop();
      TypeDecl decl = declared.get(loc);
      if (decl == null || !reached.add(loc)) {
        continue;
      }
      for (TypeRef ref : uses(decl)) {
        collectNamed(ref, work);
      }
    }
    declared.keySet().retainAll(reached);
  }

  private static boolean isGivenLocation(SourceLocation loc) {
    List<String> tokens = loc.pointer().tokens();
    return tokens.isEmpty() || (tokens.size() >= 2
        && (tokens.get(tokens.size() - 2).equals("$defs") || tokens.get(tokens.size() - 2).equals("definitions")));
  }

  private static List<TypeRef> uses(TypeDecl decl) {
    List<TypeRef> uses = new ArrayList<>();
    if (decl instanceof TypeDecl.ObjectDecl object) {
      object.properties().forEach(p -> uses.add(p.type()));
      if (object.additional() instanceof AdditionalProperties.Typed typed) {
        uses.add(typed.valueType());
      }
    } else if (decl instanceof TypeDecl.UnionDecl union) {
      uses.addAll(union.variants());
    }
    return uses;
  }

  private static void collectNamed(TypeRef ref, java.util.Deque<SourceLocation> into) {
    TypeRef type = ref.nonNull();
    if (type instanceof TypeRef.Named named) {
      into.push(named.declaration());
    } else if (type instanceof TypeRef.ListOf list) {
      collectNamed(list.element(), into);
    } else if (type instanceof TypeRef.MapOf map) {
      collectNamed(map.value(), into);
    }
  }

  /**
   * A derived name hint may point at a schema that declares no type (a nullable wrapper, a
   * property holding a list): fold such owners into the hint until it names a declared type or
   * becomes a given name, so the namer only ever looks up declared owners.
   */
  private Map<SourceLocation, TypeDecl> withOwnedHints() {
    Map<SourceLocation, TypeDecl> result = new HashMap<>();
    for (TypeDecl decl : declared.values()) {
      NameHint hint = decl.nameHint();
      while (hint instanceof NameHint.Derived derived && !declared.containsKey(derived.owner())) {
        NameHint ownerHint = hint(derived.owner());
        String part = derived.part();
        if (ownerHint instanceof NameHint.Derived ownerDerived) {
          hint = new NameHint.Derived(ownerDerived.owner(), ownerDerived.part() + " " + part);
        } else if (ownerHint instanceof NameHint.Root root) {
          hint = new NameHint.Definition((root.title().isBlank() ? root.fileName().replaceAll("(\\.schema)?\\.json$", "") : root.title()) + " " + part);
        } else {
          hint = new NameHint.Definition(((NameHint.Definition) ownerHint).key() + " " + part);
        }
      }
      result.put(decl.location(), withHint(decl, hint));
    }
    return result;
  }

  private static TypeDecl withHint(TypeDecl decl, NameHint hint) {
    if (decl instanceof TypeDecl.ObjectDecl o) {
      return new TypeDecl.ObjectDecl(o.location(), hint, o.doc(), o.properties(), o.additional(), o.documentRoot());
    }
    if (decl instanceof TypeDecl.EnumDecl e) {
      return new TypeDecl.EnumDecl(e.location(), hint, e.doc(), e.values());
    }
    TypeDecl.UnionDecl u = (TypeDecl.UnionDecl) decl;
    return new TypeDecl.UnionDecl(u.location(), hint, u.doc(), u.variants());
  }

  private TypeRef typeOf(SchemaNode node) {
    SourceLocation loc = node.location();
    TypeRef known = memo.get(loc);
    if (known != null) {
      return known;
    }
    if (visiting.contains(loc)) {
      return recursion(node);
    }
    visiting.add(loc);
    TypeRef result = analyze(node);
    visiting.remove(loc);
    if (promised.contains(loc) && !declared.containsKey(loc) && result.nonNull() instanceof TypeRef.MapOf map) {
      // A map whose values are itself has no Java type without a name: declare an object whose
      // members are all "additional".
      declared.put(loc, new TypeDecl.ObjectDecl(loc, hint(loc), DocReader.doc(node.json()), List.of(),
          new AdditionalProperties.Typed(map.value()), loc.pointer().isRoot()));
      TypeRef named = new TypeRef.Named(loc, loc);
      result = result.isNullable() ? new TypeRef.Nullable(named, loc) : named;
    }
    if (promised.contains(loc) && !declared.containsKey(loc)) {
      diagnostics.error(DiagnosticCode.REF_CYCLE, loc,
          "this schema refers to itself through $ref/anyOf with no object or union in between",
          "Break the loop: a recursive type must pass through an object's property or array items.");
    }
    memo.put(loc, result);
    return result;
  }

  private TypeRef recursion(SchemaNode node) {
    SourceLocation loc = node.location();
    if (planned.contains(loc)) {
      return new TypeRef.Named(loc, loc);
    }
    JsonNode json = node.json();
    boolean pureMap = json.path("additionalProperties").isObject() && json.path("properties").isEmpty();
    if (json.has("anyOf") || json.path("type").isArray() || pureMap) {
      promised.add(loc);
      TypeRef named = new TypeRef.Named(loc, loc);
      return allowsNull(json) ? new TypeRef.Nullable(named, loc) : named;
    }
    diagnostics.error(DiagnosticCode.REF_CYCLE, loc,
        "$ref cycle with no object in between: " + cycle(loc),
        "Break the loop: a recursive type must pass through an object's property or array items.");
    return new TypeRef.Any(false, loc);
  }

  /** Whether a schema met again while it is analysed lets JSON null through at its top level. */
  private static boolean allowsNull(JsonNode json) {
    for (JsonNode type : json.path("type").isArray() ? json.path("type") : json.path("anyOf")) {
      JsonNode kind = type.isTextual() ? type : type.path("type");
      if (kind.isTextual() && kind.textValue().equals("null")) {
        return true;
      }
    }
    return false;
  }

  /** The loop as the user wrote it: {@code a.json#/$defs/A -> a.json#/$defs/B -> a.json#/$defs/A}. */
  private String cycle(SourceLocation start) {
    StringBuilder path = new StringBuilder();
    boolean inLoop = false;
    for (SourceLocation step : visiting) {
      inLoop |= step.equals(start);
      if (inLoop) {
        path.append(step).append(" -> ");
      }
    }
    return path.append(start).toString();
  }

  private TypeRef analyze(SchemaNode node) {
    JsonNode json = node.json();
    SourceLocation loc = node.location();
    if (json.isBoolean()) {
      if (!json.booleanValue()) {
        diagnostics.error(DiagnosticCode.UNSUPPORTED_KEYWORD, loc,
            "the schema 'false' accepts no value, so no Java type can hold it", "Remove the property or use a real schema.");
      }
      return anyValue(loc);
    }
    if (!json.isObject()) {
      diagnostics.error(DiagnosticCode.INVALID_SCHEMA, loc, "a schema must be an object or a boolean", "");
      return anyValue(loc);
    }
    checkKeywords(json, loc);
    declareDefinitions(node);
    if (json.has("$ref")) {
      return reference(node);
    }
    if (json.has("enum") || json.has("const")) {
      return enumeration(node);
    }
    if (json.has("anyOf")) {
      return anyOf(node);
    }
    JsonNode type = json.get("type");
    if (type == null) {
      if (json.has("properties") || json.has("additionalProperties") || json.has("required")) {
        return object(node);
      }
      if (json.has("items")) {
        return kind(node, "array");
      }
      return anyValue(loc);
    }
    if (type.isArray()) {
      return typeList(node, type);
    }
    if (!type.isTextual()) {
      diagnostics.error(DiagnosticCode.INVALID_SCHEMA, loc.child("type"), "'type' must be a string or an array of strings",
          "Use one of string, integer, number, boolean, array, object, null (or an array of them).");
      return anyValue(loc);
    }
    if (type.textValue().equals("null")) {
      diagnostics.error(DiagnosticCode.UNSUPPORTED_KEYWORD, loc.child("type"),
          "a schema whose only type is null has no Java type", "Use it inside anyOf beside another type.");
      return anyValue(loc);
    }
    return kind(node, type.textValue());
  }

  private static TypeRef anyValue(SourceLocation loc) {
    return new TypeRef.Nullable(new TypeRef.Any(false, loc), loc);
  }

  private void checkKeywords(JsonNode json, SourceLocation loc) {
    for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
      String keyword = names.next();
      Optional<Keywords.Role> role = Keywords.role(keyword);
      if (role.isEmpty() && !keyword.startsWith("x-")) {
        diagnostics.warning(DiagnosticCode.UNKNOWN_KEYWORD, loc.child(keyword),
            "'" + keyword + "' is not a JSON Schema 2020-12 keyword; it is ignored",
            Keywords.closest(keyword).map(k -> "Did you mean '" + k + "'? ").orElse("")
                + "Prefix custom keywords with 'x-' to silence this.");
      } else if (role.isPresent() && role.get() == Keywords.Role.UNSUPPORTED) {
        diagnostics.error(DiagnosticCode.UNSUPPORTED_KEYWORD, loc.child(keyword),
            "'" + keyword + "' is not supported by the generator yet",
            "Remove it or rewrite the schema with supported keywords; nothing is skipped silently.");
      }
    }
  }

  private void declareDefinitions(SchemaNode node) {
    for (String container : new String[] {"$defs", "definitions"}) {
      JsonNode defs = node.json().get(container);
      if (defs == null) {
        continue;
      }
      if (!defs.isObject()) {
        diagnostics.error(DiagnosticCode.INVALID_SCHEMA, node.location().child(container), "'" + container + "' must be an object", "");
        continue;
      }
      for (Iterator<String> names = defs.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        typeOf(child(node, container, name));
      }
    }
  }

  private SchemaNode child(SchemaNode parent, String... tokens) {
    JsonNode json = parent.json();
    SourceLocation loc = parent.location();
    for (String token : tokens) {
      json = json.get(token);
      loc = loc.child(token);
    }
    return new SchemaNode(json, loc, index.baseAt(loc, parent.baseUri()));
  }

  private TypeRef reference(SchemaNode node) {
    JsonNode json = node.json();
    SourceLocation loc = node.location();
    for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
      String keyword = names.next();
      Optional<Keywords.Role> role = Keywords.role(keyword);
      boolean shapes = role.isPresent() && (role.get() == Keywords.Role.STRUCTURE || role.get() == Keywords.Role.CONSTRAINT);
      if (shapes && !keyword.equals("$ref") && !keyword.equals("$defs") && !keyword.equals("definitions")) {
        diagnostics.error(DiagnosticCode.UNSUPPORTED_KEYWORD, loc.child(keyword),
            "'" + keyword + "' beside $ref is not supported yet",
            "Move the keyword into the referenced schema, or wrap both in a new $defs entry.");
      }
    }
    JsonNode ref = json.get("$ref");
    if (!ref.isTextual()) {
      diagnostics.error(DiagnosticCode.INVALID_SCHEMA, loc.child("$ref"), "$ref must be a string",
          "Write a URI reference such as \"#/$defs/Name\" or \"other.schema.json\".");
      return anyValue(loc);
    }
    SchemaDocument document = documents.get(loc.file());
    return resolver.resolve(ref.textValue(), node.baseUri(), document.retrievalUri(), loc.child("$ref"), diagnostics)
        .map(this::typeOf)
        .orElseGet(() -> anyValue(loc));
  }

  private TypeRef enumeration(SchemaNode node) {
    SourceLocation loc = node.location();
    JsonNode values = node.json().has("enum") ? node.json().get("enum") : null;
    String keyword = values != null ? "enum" : "const";
    if (values == null) {
      values = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(node.json().get("const"));
    }
    if (!values.isArray() || values.isEmpty()) {
      diagnostics.error(DiagnosticCode.INVALID_SCHEMA, loc.child(keyword), "'enum' must be a non-empty array", "");
      return anyValue(loc);
    }
    Set<String> strings = new LinkedHashSet<>();
    boolean nullable = false;
    for (JsonNode value : values) {
      if (value.isTextual()) {
        strings.add(value.textValue());
      } else if (value.isNull()) {
        nullable = true;
      } else {
        diagnostics.error(DiagnosticCode.UNSUPPORTED_KEYWORD, loc.child(keyword),
            "'" + keyword + "' with non-string values (" + value + ") is not supported yet",
            "Only string enums (optionally with null) are generated today.");
        return anyValue(loc);
      }
    }
    if (strings.isEmpty()) {
      diagnostics.error(DiagnosticCode.UNSUPPORTED_KEYWORD, loc.child(keyword), "an enum of only null has no Java type", "");
      return anyValue(loc);
    }
    declared.put(loc, new TypeDecl.EnumDecl(loc, hint(loc), DocReader.doc(node.json()), List.copyOf(strings)));
    TypeRef named = new TypeRef.Named(loc, loc);
    return nullable ? new TypeRef.Nullable(named, loc) : named;
  }

  private TypeRef anyOf(SchemaNode node) {
    SourceLocation loc = node.location();
    JsonNode branches = node.json().get("anyOf");
    if (!branches.isArray() || branches.isEmpty()) {
      diagnostics.error(DiagnosticCode.INVALID_SCHEMA, loc.child("anyOf"), "'anyOf' must be a non-empty array", "");
      return anyValue(loc);
    }
    if (node.json().has("type") || node.json().has("properties") || node.json().has("items")) {
      diagnostics.error(DiagnosticCode.UNSUPPORTED_KEYWORD, loc.child("anyOf"),
          "'anyOf' beside 'type', 'properties' or 'items' is not supported yet",
          "Move the shared keywords into each anyOf branch.");
    }
    List<TypeRef> variants = new ArrayList<>();
    boolean sawNull = false;
    for (int i = 0; i < branches.size(); i++) {
      SourceLocation branchLoc = loc.child("anyOf").child(i);
      SchemaNode branch = new SchemaNode(branches.get(i), branchLoc, index.baseAt(branchLoc, node.baseUri()));
      if (branch.json().path("type").isTextual() && branch.json().path("type").textValue().equals("null")) {
        checkKeywords(branch.json(), branchLoc);
        sawNull = true;
      } else {
        variants.add(typeOf(branch));
      }
    }
    return union(node, variants, sawNull);
  }

  private TypeRef typeList(SchemaNode node, JsonNode types) {
    SourceLocation loc = node.location();
    List<TypeRef> variants = new ArrayList<>();
    boolean sawNull = false;
    for (JsonNode type : types) {
      if (!type.isTextual()) {
        diagnostics.error(DiagnosticCode.INVALID_SCHEMA, loc.child("type"), "'type' entries must be strings", "");
      } else if (type.textValue().equals("null")) {
        sawNull = true;
      } else {
        variants.add(kind(node, type.textValue()));
      }
    }
    return union(node, variants, sawNull);
  }

  /** Simplifies the variants; declares a union when more than one distinct type remains. */
  private TypeRef union(SchemaNode node, List<TypeRef> variants, boolean sawNull) {
    SourceLocation loc = node.location();
    if (variants.isEmpty()) {
      diagnostics.error(DiagnosticCode.UNSUPPORTED_KEYWORD, loc,
          "a schema that allows only null has no Java type", "Add a non-null alternative.");
      return anyValue(loc);
    }
    UnionNormalizer.Result result = unions.normalize(variants, declared, sawNull);
    TypeRef single;
    if (result.variants().size() == 1) {
      single = result.variants().get(0);
    } else {
      declared.put(loc, new TypeDecl.UnionDecl(loc, hint(loc), DocReader.doc(node.json()), result.variants()));
      single = new TypeRef.Named(loc, loc);
    }
    return result.nullable() && !single.isNullable() ? new TypeRef.Nullable(single, loc) : single;
  }

  private TypeRef kind(SchemaNode node, String type) {
    SourceLocation loc = node.location();
    JsonNode json = node.json();
    return switch (type) {
      case "string" -> new TypeRef.Scalar(
          "date-time".equals(json.path("format").asText()) ? ScalarKind.DATE_TIME : ScalarKind.STRING,
          constraints.read(json, loc), loc);
      case "integer" -> new TypeRef.Scalar(ScalarKind.INTEGER, constraints.read(json, loc), loc);
      case "number" -> new TypeRef.Scalar(ScalarKind.NUMBER, constraints.read(json, loc), loc);
      case "boolean" -> new TypeRef.Scalar(ScalarKind.BOOLEAN, constraints.read(json, loc), loc);
      case "array" -> new TypeRef.ListOf(
          json.has("items") ? typeOf(child(node, "items")) : anyValue(loc), constraints.read(json, loc), loc);
      case "object" -> object(node);
      default -> {
        diagnostics.error(DiagnosticCode.INVALID_SCHEMA, loc.child("type"), "unknown type '" + type + "'",
            "Use one of string, integer, number, boolean, array, object, null.");
        yield anyValue(loc);
      }
    };
  }

  private TypeRef object(SchemaNode node) {
    SourceLocation loc = node.location();
    JsonNode json = node.json();
    JsonNode properties = json.path("properties");
    JsonNode additional = json.get("additionalProperties");
    boolean closed = additional != null && additional.isBoolean() && !additional.booleanValue();
    if (properties.isEmpty() && !json.has("required") && !closed) {
      if (additional != null && additional.isObject()) {
        return new TypeRef.MapOf(typeOf(child(node, "additionalProperties")), constraints.read(json, loc), loc);
      }
      return new TypeRef.Any(true, loc);
    }
    planned.add(loc);
    List<Property> props = new ArrayList<>();
    Set<String> required = requiredNames(json, loc);
    for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      SchemaNode schema = child(node, "properties", name);
      props.add(new Property(name, typeOf(schema), required.contains(name), DocReader.doc(schema.json()),
          DocReader.literal(schema.json().get("default")), schema.json().path("readOnly").asBoolean(false),
          schema.location()));
    }
    for (String name : required) {
      if (!properties.has(name)) {
        props.add(new Property(name, anyValue(loc.child("required")), true, dev.synesthetic.codegen.model.Doc.NONE,
            Optional.empty(), false, loc.child("required")));
      }
    }
    declared.put(loc, new TypeDecl.ObjectDecl(loc, hint(loc), DocReader.doc(json), props,
        additional(node, additional), loc.pointer().isRoot()));
    return new TypeRef.Named(loc, loc);
  }

  private Set<String> requiredNames(JsonNode json, SourceLocation loc) {
    Set<String> names = new LinkedHashSet<>();
    JsonNode required = json.get("required");
    if (required == null) {
      return names;
    }
    if (!required.isArray()) {
      diagnostics.error(DiagnosticCode.INVALID_SCHEMA, loc.child("required"), "'required' must be an array of strings", "");
      return names;
    }
    for (JsonNode name : required) {
      if (name.isTextual()) {
        names.add(name.textValue());
      } else {
        diagnostics.error(DiagnosticCode.INVALID_SCHEMA, loc.child("required"), "'required' must be an array of strings", "");
      }
    }
    return names;
  }

  private AdditionalProperties additional(SchemaNode node, JsonNode additional) {
    if (additional == null || (additional.isBoolean() && additional.booleanValue())) {
      return new AdditionalProperties.Allowed();
    }
    if (additional.isBoolean()) {
      return new AdditionalProperties.Forbidden();
    }
    TypeRef valueType = typeOf(child(node, "additionalProperties"));
    if (valueType.nonNull() instanceof TypeRef.Any any && !any.objectOnly()) {
      return new AdditionalProperties.Allowed();
    }
    return new AdditionalProperties.Typed(valueType);
  }

  private NameHint hint(SourceLocation loc) {
    SchemaDocument document = documents.get(loc.file());
    return NameHints.of(loc, document.root(), loc.file());
  }
}
