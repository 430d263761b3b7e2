package dev.synesthetic.codegen.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Plugin;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The exact Maven command that regenerates what {@code check} compared: the generate goal, the
 * module's POM when Maven was started elsewhere, and every option the check received that the
 * plugin-level POM configuration (which a command-line goal also reads) would not supply.
 */
final class MavenFixCommand {
  private static final String GOAL = "synesthetic-codegen:generate";

  private MavenFixCommand() {}

  static String of(AbstractCodegenMojo mojo, AbstractCodegenMojo.Options options) {
    List<String> words = new ArrayList<>(List.of("mvn", GOAL));
    Path root = Path.of(mojo.session.getExecutionRootDirectory()).toAbsolutePath().normalize();
    Path pom = mojo.project.getFile().toPath().toAbsolutePath().normalize();
    if (!pom.getParent().equals(root)) {
      words.add("-f");
      words.add(mojo.relative(pom));
    }
    Object pluginLevel = pluginLevelConfiguration(mojo);
    if (!options.fromSettingsFile() || mojo.schemaDirectory != null) {
      addUnlessPluginLevel(words, pluginLevel, "schemaDirectory", mojo.relative(options.schemas()));
    }
    if (!options.fromSettingsFile() || mojo.outputDirectory != null) {
      addUnlessPluginLevel(words, pluginLevel, "outputDirectory", mojo.relative(options.output()));
    }
    if (!options.fromSettingsFile() || mojo.packageName != null) {
      addUnlessPluginLevel(words, pluginLevel, "packageName", options.packageName());
    }
    if (mojo.jackson != null) {
      addUnlessPluginLevel(words, pluginLevel, "jackson", mojo.jackson);
    }
    if (mojo.defaultDraft != null) {
      addUnlessPluginLevel(words, pluginLevel, "defaultDraft", mojo.defaultDraft);
    }
    if (mojo.validators) {
      addUnlessPluginLevel(words, pluginLevel, "validators", "true");
    }
    return String.join(" ", words.stream().map(MavenFixCommand::quote).toList());
  }

  /** Options given at plugin level reach a command-line goal by themselves; only the rest need -D. */
  private static void addUnlessPluginLevel(List<String> words, Object pluginLevel, String name, String value) {
    if (!hasChild(pluginLevel, name)) {
      words.add("-Dsynesthetic-codegen." + name + "=" + value);
    }
  }

  private static Object pluginLevelConfiguration(AbstractCodegenMojo mojo) {
    Plugin plugin = mojo.project.getPlugin(mojo.mojoExecution.getMojoDescriptor().getPluginDescriptor().getPluginLookupKey());
    return plugin == null ? null : plugin.getConfiguration();
  }

  private static boolean hasChild(Object configuration, String name) {
    return configuration instanceof Xpp3Dom dom && dom.getChild(name) != null;
  }

  private static String quote(String word) {
    return word.matches("[A-Za-z0-9_./:=@%+,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
  }
}
