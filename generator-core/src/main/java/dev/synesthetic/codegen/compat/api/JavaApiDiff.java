package dev.synesthetic.codegen.compat.api;

import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.ModelledGeneration;
import dev.synesthetic.codegen.compat.api.ApiSnapshot.ApiType;
import dev.synesthetic.codegen.compat.api.JavaApiChange.Kind;
import dev.synesthetic.codegen.diagnostic.GenerationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a change of corpus does to the generated Java API: both corpora are generated as
 * {@code generate} would (same options, so give two configurations that differ in their schema
 * folder only), their sources read as APIs, each type paired with its predecessor by schema
 * location (version segments of {@code $id}s ignored), else by Java name, and every difference
 * reported with whether it breaks code compiled against the old API.
 */
public final class JavaApiDiff {
    /** The changes from {@code old}'s API to {@code next}'s, in {@link JavaApiChange#ORDER}. */
    public List<JavaApiChange> compare(GeneratorConfig old, GeneratorConfig next) throws GenerationException {
        // the two sides share nothing until their sources are read: generate the new one meanwhile
        BackgroundRun<ModelledGeneration> after =
                BackgroundRun.start("compat-api-new", () -> new Generator().generateWithModel(next));
        ModelledGeneration before;
        try {
            before = new Generator().generateWithModel(old);
        } finally {
            after.awaitQuietly();
        }
        SourceApiReader reader = new SourceApiReader();
        ApiSnapshot oldApi = ApiSnapshot.of(before, old, reader);
        return compare(oldApi, ApiSnapshot.of(after.result(), next, reader));
    }

    static List<JavaApiChange> compare(ApiSnapshot old, ApiSnapshot next) {
        Map<ApiType, ApiType> pairs = pair(old.types(), next.types());
        Renames renames = new Renames(pairs);
        List<JavaApiChange> changes = new ArrayList<>();
        pairs.forEach((before, after) -> new TypeDiff(renames, changes).compare(before, after));
        for (ApiType gone : old.types().values()) {
            if (!pairs.containsKey(gone)) {
                changes.add(removed(gone));
            }
        }
        for (ApiType added : next.types().values()) {
            if (!pairs.containsValue(added)) {
                changes.add(new JavaApiChange(
                        added.api().name(),
                        null,
                        Kind.TYPE_ADDED,
                        false,
                        null,
                        added.location(),
                        "new type " + added.api().name()));
            }
        }
        changes.sort(JavaApiChange.ORDER);
        return List.copyOf(changes);
    }

    /** Old type → new type: by key first, then the rest by role and Java name. */
    private static Map<ApiType, ApiType> pair(SortedMap<String, ApiType> old, SortedMap<String, ApiType> next) {
        Map<ApiType, ApiType> pairs = new LinkedHashMap<>();
        SortedMap<String, ApiType> unpaired = new TreeMap<>();
        next.forEach((key, type) -> {
            if (!old.containsKey(key)) {
                unpaired.put(type.role() + " " + type.api().name(), type);
            }
        });
        old.forEach((key, type) -> {
            ApiType match = next.containsKey(key)
                    ? next.get(key)
                    : unpaired.remove(type.role() + " " + type.api().name());
            if (match != null) {
                pairs.put(type, match);
            }
        });
        return pairs;
    }

    private static JavaApiChange removed(ApiType gone) {
        Kind kind = switch (gone.role()) {
            case VALIDATOR -> Kind.VALIDATOR_REMOVED;
            case READER -> Kind.READER_REMOVED;
            default -> Kind.TYPE_REMOVED;
        };
        return new JavaApiChange(
                gone.api().name(),
                null,
                kind,
                true,
                gone.location(),
                null,
                gone.api().name() + " is no longer generated: code that names it does not compile");
    }
}
