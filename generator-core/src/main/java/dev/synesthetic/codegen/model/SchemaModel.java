package dev.synesthetic.codegen.model;

import dev.synesthetic.codegen.source.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The whole corpus as types: every declared type by its schema location (sorted, so every later
 * stage iterates in one order), the corpus schema version, and, per schema file, the declared type
 * its root schema is (a file of definitions only has none).
 */
public record SchemaModel(
        SortedMap<SourceLocation, TypeDecl> types,
        Optional<String> schemaVersion,
        SortedMap<String, SourceLocation> roots) {
    public SchemaModel {
        types = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(types));
        roots = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(roots));
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

    public static SchemaModel of(
            Map<SourceLocation, TypeDecl> types, Optional<String> version, Map<String, SourceLocation> roots) {
        return new SchemaModel(new TreeMap<>(types), version, new TreeMap<>(roots));
    }
}
