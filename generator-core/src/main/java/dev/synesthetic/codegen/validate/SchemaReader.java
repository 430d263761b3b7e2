package dev.synesthetic.codegen.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.vocabulary.Draft;
import dev.synesthetic.codegen.resolve.SchemaNode;
import dev.synesthetic.codegen.source.SourceLocation;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a keyword reader sees of one schema: its JSON, locations, subschemas (which it thereby
 * asks the builder to generate) and resolved references. Errors go to the build's diagnostics.
 */
public final class SchemaReader {
  private final ValidatorBuilder builder;
  private final SchemaNode node;

  SchemaReader(ValidatorBuilder builder, SchemaNode node) {
    this.builder = builder;
    this.node = node;
  }

  public JsonNode json() {
    return node.json();
  }

  /** The draft of the file this schema is in: it decides which keywords it has and what they mean. */
  public Draft draft() {
    return builder.draftOf(node.location().file());
  }

  public SourceLocation at(String keyword) {
    return node.location().child(keyword);
  }

  /** The subschema at {@code keyword}/{@code tokens…}, queued for generation; its location. */
  public SourceLocation subschema(String keyword, Object... tokens) {
    JsonNode json = node.json().get(keyword);
    SourceLocation where = at(keyword);
    for (Object token : tokens) {
      json = token instanceof Integer i ? json.get(i) : json.get((String) token);
      where = token instanceof Integer i ? where.child(i) : where.child((String) token);
    }
    if (!json.isObject() && !json.isBoolean()) {
      invalid(where, "a schema must be an object or a boolean");
    }
    if (tokens.length == 0) {
      builder.heldBy(where, keyword);
    }
    return builder.request(new SchemaNode(json, where, builder.index().baseAt(where, node.baseUri())));
  }

  /** Resolves the string value of {@code $ref}/{@code $dynamicRef}; empty (and reported) if it cannot. */
  public Optional<SchemaNode> resolve(String keyword) {
    JsonNode ref = node.json().get(keyword);
    if (!ref.isTextual()) {
      invalid(at(keyword), keyword + " must be a string");
      return Optional.empty();
    }
    return builder.resolver().resolve(ref.textValue(), node.baseUri(), builder.retrievalUri(node.location().file()),
        at(keyword), builder.diagnostics());
  }

  public ValidatorBuilder builder() {
    return builder;
  }

  /** A non-negative integer keyword value ({@code 2.0} counts); empty (and reported) otherwise. */
  public OptionalLong count(JsonNode value, SourceLocation at) {
    if (value.isNumber()) {
      BigDecimal number = value.decimalValue();
      if (number.signum() >= 0 && number.stripTrailingZeros().scale() <= 0) {
        // Beyond Long.MAX_VALUE no string, array or object can reach the bound anyway.
        return OptionalLong.of(number.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0
            ? Long.MAX_VALUE : number.longValueExact());
      }
    }
    invalid(at, "must be a non-negative integer");
    return OptionalLong.empty();
  }

  public void invalid(SourceLocation at, String message) {
    builder.diagnostics().error(DiagnosticCode.INVALID_SCHEMA, at, message, "");
  }
}
