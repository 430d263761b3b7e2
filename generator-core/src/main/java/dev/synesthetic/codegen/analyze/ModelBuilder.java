package dev.synesthetic.codegen.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.load.Corpus;
import dev.synesthetic.codegen.vocabulary.Draft;
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
import dev.synesthetic.codegen.vocabulary.Keyword;
import dev.synesthetic.codegen.vocabulary.KeywordWarnings;
import dev.synesthetic.codegen.vocabulary.Keywords;
import dev.synesthetic.codegen.vocabulary.RecordRole;
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
  /**
   * How many schemas may be under analysis at once: nesting ({@code properties}, {@code items},
   * {@code anyOf}…) and {@code $ref} hops counted together. Analysis recurses once per level, so
   * this bounds its stack; deeper is a {@code LIMIT_EXCEEDED} error at the schema where it stops.
   */
  public static final int MAX_DEPTH = 50_000;

  private final SchemaIndex index;
  private final RefResolver resolver;
  private final Diagnostics diagnostics;
  private final Map<String, SchemaDocument> documents = new HashMap<>();
  private final Map<SourceLocation, TypeDecl> declared = new HashMap<>();
  private final Map<SourceLocation, TypeRef> memo = new HashMap<>();
  /** Schemas being analysed: meeting one again means recursion. */
  private final Set<SourceLocation> visiting = new LinkedHashSet<>();
  /** Records cannot express every keyword; the validators can, without records. */
  private static final String VALIDATORS_ONLY =
      "Validators honour it: generate them alone with --validators-only (plugin: validatorsOnly).";
  /** Objects and enums being analysed: recursion into them is fine, they will have a name. */
  private final Set<SourceLocation> planned = new HashSet<>();
  /** Unions met recursively before they were known to be unions; checked when they finish. */
  private final Set<SourceLocation> promised = new HashSet<>();
  private final ConstraintReader constraints;
  private final UnionNormalizer unions = new UnionNormalizer();
  /** Set once {@link #MAX_DEPTH} was reached: the run fails, so nothing more is analysed. */
  private boolean tooDeep;

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
    RootTypes roots = new RootTypes(declared, diagnostics);
    for (SchemaDocument document : corpus.documents()) {
      SourceLocation root = SourceLocation.root(document.relativePath());
      TypeRef type = typeOf(new SchemaNode(document.root(), root, index.baseAt(root, document.retrievalUri())));
      roots.add(document.relativePath(), document.root(), type, hint(root));
    }
    new UnionFlattener(declared, unions, diagnostics).flattenAll();
    Reachability.pruneUnreachable(declared, roots.roots().values());
    return SchemaModel.of(new HintFolder(declared, this::hint).fold(), corpus.schemaVersion(), roots.roots());
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
    if (tooDeep || visiting.size() >= MAX_DEPTH) {
      if (!tooDeep) {
        tooDeep = true;
        diagnostics.error(DiagnosticCode.LIMIT_EXCEEDED, loc,
            "schemas nest more than " + MAX_DEPTH + " deep here (nesting and $ref hops counted together), starting at "
                + visiting.iterator().next(),
            "Shorten the $ref chain or the nesting; a chain of aliases can refer to its end directly.");
      }
      return anyValue(loc);
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
          "Break the loop: a schema can only contain itself through an object with properties (a record).");
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
        "Break the loop: a schema can only contain itself through an object with properties (a record).");
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
      diagnostics.error(DiagnosticCode.INVALID_SCHEMA, loc, "a schema must be an object or a boolean",
          "Write a schema object such as {\"type\": \"string\"}, or true for any value.");
      return anyValue(loc);
    }
    checkKeywords(json, loc);
    TypeRef type = shape(node);
    // After the schema's own shape is known (an object is then "planned"), so a definition that
    // refers back to this schema through a property is recursion through a record, not a cycle.
    declareDefinitions(node);
    return type;
  }

  private TypeRef shape(SchemaNode node) {
    JsonNode json = node.json();
    SourceLocation loc = node.location();
    if (json.has("$ref")) {
      return reference(node);
    }
    if (json.has("enum") || (json.has("const") && draftOf(loc) != Draft.DRAFT_04)) {
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

  private Draft draftOf(SourceLocation loc) {
    return documents.get(loc.file()).draft();
  }

  private void checkKeywords(JsonNode json, SourceLocation loc) {
    Draft draft = draftOf(loc);
    KeywordWarnings.report(json, loc, draft, diagnostics);
    boolean refOnly = draft.refOverridesSiblings() && json.has("$ref");
    for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
      String keyword = names.next();
      Optional<RecordRole> role = Keywords.lookup(keyword, draft).map(Keyword::role);
      if (refOnly && !keyword.equals("$ref")) {
        continue; // ignored beside $ref in this draft: warned about above, never refused
      } else if (role.isPresent() && role.get() == RecordRole.UNSUPPORTED) {
        diagnostics.error(DiagnosticCode.UNSUPPORTED_KEYWORD, loc.child(keyword),
            "'" + keyword + "' is not supported by the generator yet",
            "Remove it or rewrite the schema with supported keywords; nothing is skipped silently. " + VALIDATORS_ONLY);
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
        diagnostics.error(DiagnosticCode.INVALID_SCHEMA, node.location().child(container), "'" + container + "' must be an object",
            "Map each definition name to its schema.");
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
    Draft draft = draftOf(loc);
    // Before 2019-09 a $ref's siblings are ignored (warned about in checkKeywords).
    for (Iterator<String> names = draft.refOverridesSiblings() ? java.util.Collections.emptyIterator() : json.fieldNames();
        names.hasNext(); ) {
      String keyword = names.next();
      boolean shapes = Keywords.lookup(keyword, draft).map(k -> k.role().shapesValue()).orElse(false);
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
    if (node.json().has("anyOf")) {
      diagnostics.error(DiagnosticCode.UNSUPPORTED_KEYWORD, loc.child("anyOf"),
          "'anyOf' beside 'enum'/'const' is not supported yet", "Put the enum inside one anyOf branch.");
    }
    JsonNode values = node.json().has("enum") ? node.json().get("enum") : null;
    String keyword = values != null ? "enum" : "const";
    if (values == null) {
      values = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(node.json().get("const"));
    }
    if (!values.isArray() || values.isEmpty()) {
      diagnostics.error(DiagnosticCode.INVALID_SCHEMA, loc.child(keyword), "'enum' must be a non-empty array",
          "List the allowed values, e.g. [\"a\", \"b\"].");
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
      diagnostics.error(DiagnosticCode.UNSUPPORTED_KEYWORD, loc.child(keyword), "an enum of only null has no Java type",
          "Add at least one string value.");
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
      diagnostics.error(DiagnosticCode.INVALID_SCHEMA, loc.child("anyOf"), "'anyOf' must be a non-empty array",
          "List the alternatives as schemas.");
      return anyValue(loc);
    }
    rejectSiblings(node, "anyOf", "Move the keyword into each anyOf branch.");
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
    return union(node, node.location(), variants, sawNull);
  }

  /**
   * Keywords that shape a type or constrain a value cannot sit beside {@code keyword} yet: each is
   * reported rather than dropped.
   */
  private void rejectSiblings(SchemaNode node, String keyword, String hint) {
    for (Iterator<String> names = node.json().fieldNames(); names.hasNext(); ) {
      String sibling = names.next();
      boolean shapes = Keywords.lookup(sibling, draftOf(node.location())).map(k -> k.role().shapesValue()).orElse(false);
      if (shapes && !sibling.equals(keyword) && !sibling.equals("$defs") && !sibling.equals("definitions")) {
        diagnostics.error(DiagnosticCode.UNSUPPORTED_KEYWORD, node.location().child(sibling),
            "'" + sibling + "' beside '" + keyword + "' is not supported yet", hint);
      }
    }
  }

  private TypeRef typeList(SchemaNode node, JsonNode types) {
    SourceLocation loc = node.location();
    // ["object", "string"] with properties: the record is declared at this schema, so the union
    // around it is declared at its "type" keyword, one location each.
    boolean recordInside = types.size() > 1 && (node.json().has("properties") || node.json().has("required"));
    List<TypeRef> variants = new ArrayList<>();
    boolean sawNull = false;
    for (JsonNode type : types) {
      if (!type.isTextual()) {
        diagnostics.error(DiagnosticCode.INVALID_SCHEMA, loc.child("type"), "'type' entries must be strings",
            "Use names such as \"string\" and \"null\".");
      } else if (type.textValue().equals("null")) {
        sawNull = true;
      } else {
        variants.add(kind(node, type.textValue()));
      }
    }
    return union(node, recordInside ? loc.child("type") : loc, variants, sawNull);
  }

  /** Simplifies the variants; declares a union when more than one distinct type remains. */
  private TypeRef union(SchemaNode node, SourceLocation loc, List<TypeRef> variants, boolean sawNull) {
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
          constraints.read(json, loc, draftOf(loc)), loc);
      case "integer" -> new TypeRef.Scalar(ScalarKind.INTEGER, constraints.read(json, loc, draftOf(loc)), loc);
      case "number" -> new TypeRef.Scalar(ScalarKind.NUMBER, constraints.read(json, loc, draftOf(loc)), loc);
      case "boolean" -> new TypeRef.Scalar(ScalarKind.BOOLEAN, constraints.read(json, loc, draftOf(loc)), loc);
      case "array" -> array(node);
      case "object" -> object(node);
      default -> {
        diagnostics.error(DiagnosticCode.INVALID_SCHEMA, loc.child("type"), "unknown type '" + type + "'",
            "Use one of string, integer, number, boolean, array, object, null.");
        yield anyValue(loc);
      }
    };
  }

  /** {@code List<T>}; a tuple ({@code items} as an array, before 2020-12) has no record mapping yet. */
  private TypeRef array(SchemaNode node) {
    SourceLocation loc = node.location();
    JsonNode items = node.json().get("items");
    if (items != null && items.isArray() && draftOf(loc).tupleItems()) {
      diagnostics.error(DiagnosticCode.UNSUPPORTED_KEYWORD, loc.child("items"),
          "'items' as an array of schemas (a tuple) is not supported by the generator yet",
          "Use one schema for every item (\"items\": {...}); nothing is skipped silently. " + VALIDATORS_ONLY);
      return new TypeRef.ListOf(anyValue(loc), constraints.read(node.json(), loc, draftOf(loc)), loc);
    }
    return new TypeRef.ListOf(items != null ? typeOf(child(node, "items")) : anyValue(loc),
        constraints.read(node.json(), loc, draftOf(loc)), loc);
  }

  private TypeRef object(SchemaNode node) {
    SourceLocation loc = node.location();
    JsonNode json = node.json();
    JsonNode properties = json.path("properties");
    JsonNode additional = json.get("additionalProperties");
    if (json.has("properties") && !properties.isObject()) {
      diagnostics.error(DiagnosticCode.INVALID_SCHEMA, loc.child("properties"), "'properties' must be an object",
          "Map each property name to its schema: {\"name\": {\"type\": \"string\"}}.");
      return anyValue(loc);
    }
    if (additional != null && !additional.isBoolean() && !additional.isObject()) {
      diagnostics.error(DiagnosticCode.INVALID_SCHEMA, loc.child("additionalProperties"),
          "'additionalProperties' must be a boolean or a schema", "Use true, false or a schema object.");
      return anyValue(loc);
    }
    boolean closed = additional != null && additional.isBoolean() && !additional.booleanValue();
    if (properties.isEmpty() && !json.has("required") && !closed) {
      if (additional != null && additional.isObject()) {
        return new TypeRef.MapOf(typeOf(child(node, "additionalProperties")), constraints.read(json, loc, draftOf(loc)), loc);
      }
      return new TypeRef.Any(true, loc);
    }
    planned.add(loc);
    List<Property> props = new ArrayList<>();
    Set<String> required = requiredNames(json, loc);
    for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      SchemaNode schema = child(node, "properties", name);
      if (name.isEmpty()) {
        diagnostics.error(DiagnosticCode.UNSUPPORTED_KEYWORD, schema.location(),
            "a property named \"\" cannot be bound: Jackson reads an empty @JsonProperty as \"no name\"",
            "Rename the property, or move it under additionalProperties.");
        continue;
      }
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
      diagnostics.error(DiagnosticCode.INVALID_SCHEMA, loc.child("required"), "'required' must be an array of strings",
          "List property names, e.g. [\"name\"].");
      return names;
    }
    for (JsonNode name : required) {
      if (name.isTextual()) {
        names.add(name.textValue());
      } else {
        diagnostics.error(DiagnosticCode.INVALID_SCHEMA, loc.child("required"), "'required' must be an array of strings",
          "List property names, e.g. [\"name\"].");
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
