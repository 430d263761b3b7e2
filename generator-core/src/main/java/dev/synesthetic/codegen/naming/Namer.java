package dev.synesthetic.codegen.naming;

import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.model.ScalarKind;
import dev.synesthetic.codegen.model.SchemaModel;
import dev.synesthetic.codegen.model.TypeDecl;
import dev.synesthetic.codegen.model.TypeRef;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.vocabulary.Keywords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The naming stage: decides every Java identifier from the model. Member names that clash after
 * case conversion keep schema order (first one wins, later ones get a number), so they are
 * deterministic and the wire name is always kept separately.
 */
public final class Namer {
    /**
     * Methods every record has: a component with one of these names would not compile. {@code builder}
     * and {@code toBuilder} whether or not builders are generated, so names never depend on it;
     * {@code toJsonValue}, every generated type's writer.
     */
    private static final Set<String> OBJECT_METHODS = Set.of(
            "clone",
            "finalize",
            "getClass",
            "hashCode",
            "notify",
            "notifyAll",
            "toString",
            "wait",
            "equals",
            "builder",
            "toBuilder",
            "toJsonValue");

    public JavaNames name(SchemaModel model, Diagnostics diagnostics) {
        Map<SourceLocation, String> types = new TypeNamer(model, diagnostics).nameAll();
        Map<SourceLocation, Map<String, String>> components = new HashMap<>();
        Map<SourceLocation, String> additional = new HashMap<>();
        Map<SourceLocation, List<String>> constants = new HashMap<>();
        Map<SourceLocation, List<String>> variants = new HashMap<>();
        for (TypeDecl decl : model.declarations()) {
            if (decl instanceof TypeDecl.ObjectDecl object) {
                Set<String> used = new HashSet<>();
                components.put(object.location(), components(object, used));
                additional.put(object.location(), unique(Keywords.ADDITIONAL_PROPERTIES.name(), used));
            } else if (decl instanceof TypeDecl.EnumDecl enumeration) {
                constants.put(enumeration.location(), EnumConstants.of(enumeration));
            } else if (decl instanceof TypeDecl.UnionDecl union) {
                variants.put(union.location(), variants(union, types));
            } // a ValueDecl has one component, always "value"
        }
        return new JavaNames(types, components, additional, constants, variants, views(model, types));
    }

    /**
     * Each base record's interface: its name + "View", numbered past any type of that name (ignoring
     * case, as file systems may); bases in location order, so the numbers are deterministic.
     */
    private static Map<SourceLocation, String> views(SchemaModel model, Map<SourceLocation, String> types) {
        Set<SourceLocation> bases = new java.util.TreeSet<>();
        for (TypeDecl decl : model.declarations()) {
            if (decl instanceof TypeDecl.ObjectDecl object) {
                bases.addAll(object.bases());
            }
        }
        Set<String> used = new HashSet<>();
        types.values().forEach(name -> used.add(name.toLowerCase(java.util.Locale.ROOT)));
        Map<SourceLocation, String> views = new HashMap<>();
        for (SourceLocation base : bases) {
            String name = types.get(base) + "View";
            String candidate = name;
            for (int n = 2; !used.add(candidate.toLowerCase(java.util.Locale.ROOT)); n++) {
                candidate = name + n;
            }
            views.put(base, candidate);
        }
        return views;
    }

    private static Map<String, String> components(TypeDecl.ObjectDecl object, Set<String> used) {
        Map<String, String> names = new LinkedHashMap<>();
        for (TypeDecl.Property property : object.properties()) {
            String name = Identifiers.camel(property.wireName());
            if (Identifiers.isKeyword(name) || OBJECT_METHODS.contains(name)) {
                name = name + "Value"; // default -> defaultValue: readable, and never a keyword
            }
            names.put(property.wireName(), unique(name, used));
        }
        return names;
    }

    static String unique(String name, Set<String> used) {
        String candidate = name;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = name + n;
        }
        return candidate;
    }

    private static List<String> variants(TypeDecl.UnionDecl union, Map<SourceLocation, String> types) {
        Set<String> used = new HashSet<>();
        used.add(types.get(union.location())); // a nested type may not share its enclosing type's name
        List<String> names = new ArrayList<>();
        for (TypeRef variant : union.variants()) {
            names.add(unique(variantName(variant, types), used));
        }
        return names;
    }

    private static String variantName(TypeRef variant, Map<SourceLocation, String> types) {
        if (variant instanceof TypeRef.Scalar scalar) {
            return scalar.kind() == ScalarKind.DATE_TIME
                    ? "DateTimeValue"
                    : Identifiers.pascal(scalar.kind().name().toLowerCase(java.util.Locale.ROOT)) + "Value";
        }
        if (variant instanceof TypeRef.ListOf) {
            return "ListValue";
        }
        if (variant instanceof TypeRef.MapOf) {
            return "MapValue";
        }
        if (variant instanceof TypeRef.Named named) {
            return types.get(named.declaration()) + "Value";
        }
        return "ObjectValue";
    }
}
