package dev.synesthetic.codegen.maven;

import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;

/** {@code groupId:artifactId:version[:classifier]}, as {@code <oldArtifact>} names a released schemas jar. */
record ArtifactCoordinates(String groupId, String artifactId, String version, String classifier) {
    static ArtifactCoordinates parse(String text) throws MojoExecutionException {
        List<String> parts = List.of(text.trim().split(":", -1));
        if (parts.size() < 3 || parts.size() > 4 || parts.stream().anyMatch(String::isBlank)) {
            throw new MojoExecutionException("synesthetic-codegen: <oldArtifact>: '" + text
                    + "' is not groupId:artifactId:version[:classifier]");
        }
        return new ArtifactCoordinates(parts.get(0), parts.get(1), parts.get(2), parts.size() == 4 ? parts.get(3) : "");
    }

    /** A folder name for the extracted schemas: artifactId-version[-classifier]. */
    String folderName() {
        return artifactId + "-" + version + (classifier.isEmpty() ? "" : "-" + classifier);
    }

    @Override
    public String toString() {
        return groupId + ":" + artifactId + ":" + version + (classifier.isEmpty() ? "" : ":" + classifier);
    }
}
