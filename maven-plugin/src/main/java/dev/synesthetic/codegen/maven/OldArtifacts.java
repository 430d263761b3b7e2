package dev.synesthetic.codegen.maven;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/** Finds the jar of a released schemas artifact: the local repository first, then the project's remote repositories. */
@FunctionalInterface
interface OldArtifacts {
    Path jar(ArtifactCoordinates coordinates) throws MojoExecutionException, IOException;

    /** Maven's resolver, as the build resolves dependencies (offline, mirrors and credentials included). */
    static OldArtifacts of(RepositorySystem repositories, MavenSession session, MavenProject project) {
        return coordinates -> {
            ArtifactRequest request = new ArtifactRequest(
                    new DefaultArtifact(
                            coordinates.groupId(),
                            coordinates.artifactId(),
                            coordinates.classifier(),
                            "jar",
                            coordinates.version()),
                    project.getRemoteProjectRepositories(),
                    null);
            try {
                return repositories
                        .resolveArtifact(session.getRepositorySession(), request)
                        .getArtifact()
                        .getFile()
                        .toPath();
            } catch (ArtifactResolutionException e) {
                throw new MojoExecutionException(
                        "synesthetic-codegen: <oldArtifact> " + coordinates + " cannot be resolved: " + e.getMessage(),
                        e);
            }
        };
    }
}
