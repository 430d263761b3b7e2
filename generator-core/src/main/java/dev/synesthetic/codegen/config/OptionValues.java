package dev.synesthetic.codegen.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options one source sets (the command line, the plugin's parameters, the settings file, a
 * front end's defaults); an option a source does not set is absent, never false or empty, so it
 * falls through to the source below. {@link #over} stacks two sources; {@link #resolve} fills what
 * none set from each option's fallback. This is the only place options are merged.
 */
public final class OptionValues {
    public static final OptionValues NONE = new OptionValues(Map.of());

    private final Map<Option<?>, Object> values;

    private OptionValues(Map<Option<?>, Object> values) {
        this.values = values;
    }

    public static Builder builder() {
        return new Builder();
    }

    public <T> Optional<T> get(Option<T> option) {
        return Optional.ofNullable(values.get(option)).map(option::cast);
    }

    /** The options this source sets. */
    public Set<Option<?>> options() {
        return values.keySet();
    }

    /** This source over {@code lower}: per option, this one's value wins, collections add up. */
    public OptionValues over(OptionValues lower) {
        Map<Option<?>, Object> merged = new LinkedHashMap<>();
        for (Option<?> option : CodegenOptions.ALL) {
            merged(option, this, lower).ifPresent(value -> merged.put(option, value));
        }
        return new OptionValues(merged);
    }

    private static <T> Optional<T> merged(Option<T> option, OptionValues upper, OptionValues lower) {
        Optional<T> top = upper.get(option);
        Optional<T> bottom = lower.get(option);
        if (top.isPresent() && bottom.isPresent()) {
            return Optional.of(option.combine(top.get(), bottom.get()));
        }
        return top.or(() -> bottom);
    }

    /** Every option's value: this source's, else the option's fallback, else none (the output folder). */
    public ResolvedOptions resolve() {
        Map<Option<?>, Object> all = new LinkedHashMap<>();
        for (Option<?> option : CodegenOptions.ALL) {
            merged(option, this, fallbacks(option)).ifPresent(value -> all.put(option, value));
        }
        return new ResolvedOptions(all);
    }

    private static <T> OptionValues fallbacks(Option<T> option) {
        return option.fallback()
                .map(value -> new OptionValues(Map.of(option, value)))
                .orElse(NONE);
    }

    @Override
    public String toString() {
        return values.toString();
    }

    /** Collects one source's values; a repeated collection option adds up as flags repeat. */
    public static final class Builder {
        private final Map<Option<?>, Object> values = new LinkedHashMap<>();

        private Builder() {}

        /** Sets {@code option} unless {@code value} is null (not set by this source). */
        public <T> Builder put(Option<T> option, T value) {
            if (value != null) {
                values.merge(option, value, (old, added) -> option.combine(option.cast(added), option.cast(old)));
            }
            return this;
        }

        /**
         * Sets {@code option} from a text as its source spells it; {@code base} is the folder relative
         * paths are relative to (null: as given). Throws {@link IllegalArgumentException} with a phrase
         * for the caller to prefix with the option's name in that source.
         */
        public Builder text(Option<?> option, String text, Path base) {
            return parsed(option, text, base);
        }

        /** Each text in turn, as a repeated flag. */
        public Builder texts(Option<?> option, List<String> texts, Path base) {
            for (String text : texts) {
                parsed(option, text, base);
            }
            return this;
        }

        private <T> Builder parsed(Option<T> option, String text, Path base) {
            return put(option, option.parse(text, base));
        }

        public OptionValues build() {
            return new OptionValues(new LinkedHashMap<>(values));
        }
    }
}
