package dev.synesthetic.codegen.compat.api;

import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.ModelledGeneration;
import dev.synesthetic.codegen.diagnostic.GenerationException;
import dev.synesthetic.codegen.model.SchemaModel;
import dev.synesthetic.codegen.model.TypeDecl;
import dev.synesthetic.codegen.naming.JavaNames;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The generated Java API of one corpus, each top-level type under a key that survives a version
 * bump: its schema location ({@link SchemaKeys}) and role, or for the runtime classes that no
 * schema declares, their name. Built from what {@code generate} emits for the same configuration,
 * and from the named model for where each type and component comes from.
 */
record ApiSnapshot(SortedMap<String, ApiType> types) {
    /** What a top-level class is for; a type only pairs with one of the same role. */
    enum Role {
        TYPE,
        VIEW,
        VALIDATOR,
        READER,
        RUNTIME
    }

    /**
     * One top-level type: its API, role and schema location (null for runtime classes), and per
     * record component the property behind it.
     */
    record ApiType(String key, TypeApi api, Role role, SourceLocation location, Map<String, Property> properties) {}

    /** The property behind a record component: its JSON name and schema location. */
    record Property(String wireName, SourceLocation location) {}

    /** The API {@code config} generates: one generator run, its sources read by {@code reader}. */
    static ApiSnapshot of(GeneratorConfig config, SourceApiReader reader) throws GenerationException {
        return of(new Generator().generateWithModel(config), config, reader);
    }

    static ApiSnapshot of(ModelledGeneration generation, GeneratorConfig config, SourceApiReader reader) {
        GenerationResult result = generation.result();
        SchemaModel model = generation.model();
        JavaNames names = generation.names();
        SortedMap<String, TypeApi> apis = reader.read(result.files());
        SchemaKeys keys = new SchemaKeys(config.schemaFolder(), generation.corpus());

        SortedMap<String, ApiType> types = new TreeMap<>();
        Map<String, SourceLocation> claimed = new HashMap<>();
        names.types().forEach((location, name) -> {
            TypeApi api = apis.get(name);
            if (api != null) {
                types.put(
                        keys.of(location) + " type",
                        new ApiType(
                                keys.of(location),
                                api,
                                Role.TYPE,
                                location,
                                properties(model.types().get(location), location, names)));
                claimed.put(name, location);
            }
        });
        names.views().forEach((location, name) -> {
            TypeApi api = apis.get(name);
            if (api != null) {
                types.put(
                        keys.of(location) + " view",
                        new ApiType(keys.of(location), api, Role.VIEW, location, Map.of()));
                claimed.put(name, location);
            }
        });
        for (GeneratedFile file : result.files()) {
            String name = simpleName(file);
            TypeApi api = apis.get(name);
            if (api == null || claimed.containsKey(name)) {
                continue;
            }
            if (file.sourceFile().isPresent()) {
                SourceLocation root = SourceLocation.root(file.sourceFile().get());
                boolean validator = result.validators().containsValue(qualified(config.packageName(), name));
                Role role = validator ? Role.VALIDATOR : Role.READER;
                String key = keys.of(root) + " " + role.name().toLowerCase(java.util.Locale.ROOT);
                types.put(key, new ApiType(keys.of(root), api, role, root, Map.of()));
            } else {
                types.put("runtime " + name, new ApiType(name, api, Role.RUNTIME, null, Map.of()));
            }
        }
        return new ApiSnapshot(types);
    }

    /** Component name → property, for a record; empty for other types. */
    private static Map<String, Property> properties(TypeDecl decl, SourceLocation location, JavaNames names) {
        Map<String, Property> properties = new HashMap<>();
        if (decl instanceof TypeDecl.ObjectDecl object) {
            for (TypeDecl.Property property : object.properties()) {
                String component =
                        names.components().getOrDefault(location, Map.of()).get(property.wireName());
                if (component != null) {
                    properties.put(component, new Property(property.wireName(), property.location()));
                }
            }
        }
        return properties;
    }

    private static String simpleName(GeneratedFile file) {
        String path = file.relativePath();
        return path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.java$", "");
    }

    private static String qualified(String packageName, String simpleName) {
        return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    }
}
