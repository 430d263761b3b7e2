package dev.synesthetic.codegen;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What to generate.
 *
 * @param schemaFolder the corpus folder ({@code *.json} files below it are schemas)
 * @param packageName the Java package of the generated types
 * @param idPrefixes optional {@code $id} prefix → folder (relative to {@code schemaFolder}) for
 *     referenced {@code $id}s no corpus file declares
 * @param validators also generate one validator per schema file (opt-in while validators mature)
 */
public record GeneratorConfig(Path schemaFolder, String packageName, Map<String, Path> idPrefixes,
    boolean validators) {
  public GeneratorConfig {
    Objects.requireNonNull(schemaFolder, "schemaFolder");
    Objects.requireNonNull(packageName, "packageName");
    if (!packageName.isEmpty() && !packageName.matches("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*")) {
      throw new IllegalArgumentException("not a Java package name: '" + packageName + "'");
    }
    idPrefixes = java.util.Collections.unmodifiableMap(new TreeMap<>(idPrefixes));
  }

  public GeneratorConfig(Path schemaFolder, String packageName, Map<String, Path> idPrefixes) {
    this(schemaFolder, packageName, idPrefixes, false);
  }

  public GeneratorConfig(Path schemaFolder, String packageName) {
    this(schemaFolder, packageName, Map.of());
  }

  /** This configuration with validators generated next to the records. */
  public GeneratorConfig withValidators() {
    return new GeneratorConfig(schemaFolder, packageName, idPrefixes, true);
  }
}
