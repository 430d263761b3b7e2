package dev.synesthetic.codegen;

import dev.synesthetic.codegen.checks.ValidatorModel;
import dev.synesthetic.codegen.naming.CompanionNames;

/**
 * A validators-only run before any source is rendered: the model and the validator class names to
 * emit class files from, and the result's maps and warnings (its file list empty).
 */
public record ModelledValidators(ValidatorModel model, CompanionNames companions, GenerationResult result) {}
