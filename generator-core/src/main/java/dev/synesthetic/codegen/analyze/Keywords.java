package dev.synesthetic.codegen.analyze;

import dev.synesthetic.codegen.load.Draft;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The one table of keywords and what the generator does with each, per draft (2020-12 is the base;
 * {@link #role(String, Draft)} adjusts it to what each older draft defines). A keyword missing
 * here is unknown: reported as a warning (except {@code x-} extensions), never silently dropped.
 */
final class Keywords {
  enum Role {
    /** Shapes the Java type; read by {@link ModelBuilder}. */
    STRUCTURE,
    /** A validation constraint kept in the model (enforced by generated validators). */
    CONSTRAINT,
    /** Documentation or metadata: no effect on types. */
    ANNOTATION,
    /** Defined by the draft but not generated yet: an error naming the keyword. */
    UNSUPPORTED
  }

  private static final Map<String, Role> TABLE = new TreeMap<>();

  static {
    for (String k : new String[] {"$ref", "type", "properties", "required", "additionalProperties",
        "items", "anyOf", "enum", "const", "format", "$defs", "definitions"}) {
      TABLE.put(k, Role.STRUCTURE);
    }
    for (String k : new String[] {"minLength", "maxLength", "pattern", "minimum", "maximum",
        "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minItems", "maxItems", "uniqueItems",
        "minProperties", "maxProperties"}) {
      TABLE.put(k, Role.CONSTRAINT);
    }
    for (String k : new String[] {"$id", "$schema", "$anchor", "$comment", "$vocabulary", "title",
        "description", "default", "examples", "readOnly", "writeOnly", "deprecated",
        "contentMediaType", "contentEncoding", "contentSchema"}) {
      TABLE.put(k, Role.ANNOTATION);
    }
    for (String k : new String[] {"allOf", "oneOf", "not", "if", "then", "else", "dependentSchemas",
        "dependentRequired", "patternProperties", "propertyNames", "prefixItems", "contains",
        "minContains", "maxContains", "unevaluatedItems", "unevaluatedProperties", "$dynamicRef",
        "$dynamicAnchor", "$recursiveRef", "$recursiveAnchor"}) {
      TABLE.put(k, Role.UNSUPPORTED);
    }
  }

  /** Per draft: the 2020-12 table with what the draft lacks removed and what only it has added. */
  private static final Map<Draft, Map<String, Role>> BY_DRAFT = new java.util.EnumMap<>(Draft.class);

  static {
    for (Draft draft : Draft.values()) {
      Map<String, Role> table = new TreeMap<>(TABLE);
      if (draft != Draft.DRAFT_2020_12) {
        for (String k : new String[] {"prefixItems", "$dynamicRef", "$dynamicAnchor"}) {
          table.remove(k);
        }
        table.put("additionalItems", Role.UNSUPPORTED);
      }
      if (draft != Draft.DRAFT_2019_09) {
        table.remove("$recursiveRef");
        table.remove("$recursiveAnchor");
      }
      if (draft.refOverridesSiblings()) {
        for (String k : new String[] {"$anchor", "$vocabulary", "dependentRequired", "dependentSchemas",
            "unevaluatedItems", "unevaluatedProperties", "minContains", "maxContains", "deprecated", "contentSchema"}) {
          table.remove(k);
        }
        table.put("dependencies", Role.UNSUPPORTED);
      }
      if (draft.compareTo(Draft.DRAFT_06) <= 0) {
        for (String k : new String[] {"if", "then", "else", "$comment", "contentMediaType", "contentEncoding",
            "readOnly", "writeOnly"}) {
          table.remove(k);
        }
      }
      if (draft == Draft.DRAFT_04) {
        for (String k : new String[] {"$id", "const", "contains", "propertyNames", "examples"}) {
          table.remove(k);
        }
        table.put("id", Role.ANNOTATION);
      }
      BY_DRAFT.put(draft, table);
    }
  }

  private Keywords() {}

  /** The keyword's role in draft 2020-12, or empty when that draft does not define it. */
  static Optional<Role> role(String keyword) {
    return role(keyword, Draft.DRAFT_2020_12);
  }

  /** The keyword's role in {@code draft}, or empty when that draft does not define it. */
  static Optional<Role> role(String keyword, Draft draft) {
    return Optional.ofNullable(BY_DRAFT.get(draft).get(keyword));
  }

  /** A 2020-12 keyword within edit distance 2 of {@code unknown}, for a did-you-mean hint. */
  static Optional<String> closest(String unknown) {
    return closest(unknown, Draft.DRAFT_2020_12);
  }

  /**
   * A keyword of {@code draft} within edit distance 2 of {@code unknown}: a draft-04 file is never
   * told to use {@code $id} or {@code const}, which draft-04 lacks. Ties go to the first in sorted order.
   */
  static Optional<String> closest(String unknown, Draft draft) {
    String best = null;
    int bestDistance = 3;
    for (String known : new java.util.TreeSet<>(BY_DRAFT.get(draft).keySet())) {
      int d = distance(unknown.toLowerCase(java.util.Locale.ROOT), known.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        best = known;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Edit distance counting a swap of two neighbours as one edit ("exmaple" is 2 from "examples"). */
  private static int distance(String a, String b) {
    int[] older = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          current[j] = Math.min(current[j], older[j - 2] + 1);
        }
      }
      int[] swap = older;
      older = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
