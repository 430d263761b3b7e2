package dev.synesthetic.codegen.maven;

import dev.synesthetic.codegen.support.ShellWords;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;

/**
 * The exact Maven command that regenerates what {@code check} compared, to be pasted in the folder
 * the user started Maven from:
 * <ul>
 *   <li>{@code synesthetic-codegen:generate@<id>} when the check's execution carries configuration of
 *       its own: a command-line goal with {@code @id} reads that execution's configuration, while the
 *       plugin-level configuration reaches it either way;
 *   <li>{@code -f <module>/pom.xml} when that folder is not the module's;
 *   <li>the {@code -Dsynesthetic-codegen.*} values this build was given, verbatim (Maven resolves
 *       them against the module exactly as it did for the check).
 * </ul>
 */
final class MavenFixCommand {
    private static final String GOAL = "synesthetic-codegen:generate";
    private static final String PREFIX = "synesthetic-codegen.";
    /** User properties that only steer check (or skipping), not what generate writes. */
    private static final Set<String> CHECK_ONLY = Set.of("skip", "check.skip", "diffLines", "format", "ignoreLines");

    private MavenFixCommand() {}

    static String of(AbstractCodegenMojo mojo) {
        List<String> words = new ArrayList<>(List.of("mvn", GOAL + executionSuffix(mojo)));
        Path workingFolder =
                Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
        Path pom = mojo.project.getFile().toPath().toAbsolutePath().normalize();
        if (!pom.getParent().equals(workingFolder)) {
            words.add("-f");
            words.add(
                    pom.startsWith(workingFolder)
                            ? workingFolder.relativize(pom).toString().replace(File.separatorChar, '/')
                            : pom.toString());
        }
        Map<String, String> given = new TreeMap<>();
        mojo.session.getUserProperties().forEach((key, value) -> {
            String name = key.toString();
            if (name.startsWith(PREFIX) && !CHECK_ONLY.contains(name.substring(PREFIX.length()))) {
                given.put(name, value.toString());
            }
        });
        given.forEach((name, value) -> words.add("-D" + name + "=" + value));
        return ShellWords.join(words);
    }

    /** {@code @id} when the running execution has configuration of its own, else nothing. */
    private static String executionSuffix(AbstractCodegenMojo mojo) {
        String id = mojo.mojoExecution.getExecutionId();
        Plugin plugin = mojo.project.getPlugin(
                mojo.mojoExecution.getMojoDescriptor().getPluginDescriptor().getPluginLookupKey());
        if (plugin == null || id == null || id.equals("default-cli")) {
            return "";
        }
        PluginExecution execution = plugin.getExecutionsAsMap().get(id);
        // The effective POM merges plugin-level configuration into every execution: only a difference
        // means the execution has configuration of its own.
        boolean own = execution != null
                && execution.getConfiguration() != null
                && !execution.getConfiguration().equals(plugin.getConfiguration());
        return own ? "@" + id : "";
    }
}
