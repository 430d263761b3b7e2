package dev.synesthetic.codegen.cli;

import dev.synesthetic.codegen.support.ShellWords;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The exact {@code generate} command that makes the output clean: the same launcher and the same
 * corpus options the user gave, so it can be pasted as is.
 */
final class FixCommand {
  private FixCommand() {}

  static String of(ResolvedOptions options, CorpusOptions flags, Path outputFlag) {
    List<String> words = new ArrayList<>(launcher());
    words.add("generate");
    if (flags.config != null) {
      words.add("--config");
      words.add(flags.config.toString());
    }
    if (options.configFile().isEmpty() || flags.schemas != null) {
      words.add("--schemas");
      words.add(options.schemas().toString());
    }
    if (options.configFile().isEmpty() || outputFlag != null) {
      words.add("--output");
      words.add(options.output().map(Path::toString).orElse("DIR"));
    }
    if (options.configFile().isEmpty() || flags.packageName != null) {
      words.add("--package");
      words.add(options.packageName());
    }
    if (flags.defaultDraft != null) {
      words.add("--default-draft");
      words.add(flags.defaultDraft);
    }
    if (flags.strict) {
      words.add("--strict");
    }
    if (flags.validators) {
      words.add("--validators");
    }
    if (flags.validatorsOnly) {
      words.add("--validators-only");
    }
    if (flags.readers) {
      words.add("--readers");
    }
    if (flags.formatAssertions) {
      words.add("--format-assertions");
    }
    if (flags.jackson != null) {
      words.add("--jackson");
      words.add(flags.jackson);
    }
    for (Map.Entry<String, Path> mapping : flags.idPrefixes.entrySet()) {
      words.add("--map-id");
      words.add(mapping.getKey() + "=" + mapping.getValue());
    }
    return ShellWords.join(words);
  }

  /** {@code java -jar <jar>} when running from the shaded jar, else the command name. */
  private static List<String> launcher() {
    try {
      Path location = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (location.toString().endsWith(".jar")) {
        Path shown = location.startsWith(Path.of("").toAbsolutePath())
            ? Path.of("").toAbsolutePath().relativize(location) : location;
        return List.of("java", "-jar", shown.toString());
      }
    } catch (Exception e) {
      // fall through to the plain command name
    }
    return List.of("synesthetic-codegen");
  }
}
