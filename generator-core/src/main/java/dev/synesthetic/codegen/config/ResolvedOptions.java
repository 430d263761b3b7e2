package dev.synesthetic.codegen.config;

import dev.synesthetic.codegen.GeneratorConfig;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Every option's value after merging: what the front ends act on. Its {@link #toString()} names
 * every option of {@link CodegenOptions#ALL}, so a digest of it (the plugin's up-to-date check)
 * covers each option by construction.
 */
public final class ResolvedOptions {
    private final Map<Option<?>, Object> values;

    ResolvedOptions(Map<Option<?>, Object> values) {
        this.values = Map.copyOf(values);
    }

    /** The value; for an option without a fallback that no source set, {@link NoSuchElementException}. */
    public <T> T get(Option<T> option) {
        return find(option).orElseThrow(() -> new NoSuchElementException("no value for option " + option.key()));
    }

    public <T> Optional<T> find(Option<T> option) {
        return Optional.ofNullable(values.get(option)).map(option::cast);
    }

    /** The generator's configuration (the package must be set). */
    public GeneratorConfig generatorConfig() {
        return CodegenOptions.generatorConfig(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResolvedOptions resolved && resolved.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        StringJoiner all = new StringJoiner(", ", "ResolvedOptions[", "]");
        for (Option<?> option : CodegenOptions.ALL) {
            all.add(option.key() + "=" + find(option).map(String::valueOf).orElse("(none)"));
        }
        return all.toString();
    }
}
