package dev.synesthetic.codegen.naming;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The classes generated per schema file beside its types, by simple name.
 *
 * @param validators schema file → its {@code XValidator}
 * @param readers schema file → its {@code XReader} (files whose root has a Java type, with readers on)
 */
public record CompanionNames(SortedMap<String, String> validators, SortedMap<String, String> readers) {
    public CompanionNames {
        validators = Collections.unmodifiableSortedMap(new TreeMap<>(validators));
        readers = Collections.unmodifiableSortedMap(new TreeMap<>(readers));
    }

    public String validator(String file) {
        return require(validators.get(file), file);
    }

    public String reader(String file) {
        return require(readers.get(file), file);
    }

    private static String require(String name, String file) {
        if (name == null) {
            throw new IllegalStateException("no class name decided for " + file);
        }
        return name;
    }
}
