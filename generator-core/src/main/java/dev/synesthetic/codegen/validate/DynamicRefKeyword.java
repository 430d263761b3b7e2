package dev.synesthetic.codegen.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.resolve.SchemaIndex;
import dev.synesthetic.codegen.resolve.SchemaNode;
import dev.synesthetic.codegen.source.SourceLocation;
import java.net.URI;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code $dynamicRef}. It first resolves like {@code $ref}; only when that target declares a
 * {@code $dynamicAnchor} of the fragment's name ("bookending") does the target depend on the
 * dynamic scope. Every resource in the corpus declaring that anchor becomes a candidate; the
 * generated code picks the outermost one in scope at run time.
 */
final class DynamicRefKeyword {
  private DynamicRefKeyword() {}

  static void read(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
    schema.resolve("$dynamicRef").ifPresent(target -> {
      ValidatorBuilder builder = schema.builder();
      SourceLocation fallback = builder.request(target);
      String anchor = anchorName(value.textValue());
      if (anchor == null || !anchor.equals(target.json().path("$dynamicAnchor").textValue())) {
        out.add(new Applicators.Ref(at, fallback, builder.resourceOf(target)));
        return;
      }
      SortedMap<Integer, SourceLocation> candidates = new TreeMap<>();
      for (SchemaNode candidate : builder.index().dynamicAnchors(anchor)) {
        candidates.putIfAbsent(builder.resourceOf(candidate), builder.request(candidate));
      }
      builder.useDynamicScope();
      out.add(new Applicators.DynamicRef(at, fallback, builder.resourceOf(target), candidates));
    });
  }

  /**
   * 2019-09 {@code $recursiveRef}: resolves like {@code $ref}; when that target says
   * {@code "$recursiveAnchor": true}, the outermost resource in the dynamic scope that says so too
   * is used instead at run time.
   */
  static void recursive(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
    schema.resolve("$recursiveRef").ifPresent(target -> {
      ValidatorBuilder builder = schema.builder();
      SourceLocation fallback = builder.request(target);
      if (!target.json().path("$recursiveAnchor").asBoolean(false)) {
        out.add(new Applicators.Ref(at, fallback, builder.resourceOf(target)));
        return;
      }
      SortedMap<Integer, SourceLocation> candidates = new TreeMap<>();
      for (SchemaNode candidate : builder.index().dynamicAnchors(SchemaIndex.RECURSIVE_ANCHOR)) {
        candidates.putIfAbsent(builder.resourceOf(candidate), builder.request(candidate));
      }
      builder.useDynamicScope();
      out.add(new Applicators.DynamicRef(at, fallback, builder.resourceOf(target), candidates));
    });
  }

  /** The plain-name fragment of the reference, or null for a JSON Pointer fragment or none. */
  private static String anchorName(String ref) {
    String fragment = URI.create(ref).getFragment();
    return fragment == null || fragment.isEmpty() || fragment.startsWith("/") ? null : fragment;
  }
}
