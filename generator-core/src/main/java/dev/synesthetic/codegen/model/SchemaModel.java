package dev.synesthetic.codegen.model;

import dev.synesthetic.codegen.source.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The whole corpus as types: every declared type by its schema location (sorted, so every later
 * stage iterates in one order), and the corpus schema version.
 */
public record SchemaModel(SortedMap<SourceLocation, TypeDecl> types, Optional<String> schemaVersion) {
  public SchemaModel {
    types = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(types));
  }

  public TypeDecl type(SourceLocation location) {
    TypeDecl decl = types.get(location);
    if (decl == null) {
      throw new IllegalArgumentException("no declared type at " + location);
    }
    return decl;
  }

  public List<TypeDecl> declarations() {
    return List.copyOf(types.values());
  }

  public static SchemaModel of(Map<SourceLocation, TypeDecl> types, Optional<String> version) {
    return new SchemaModel(new TreeMap<>(types), version);
  }
}
