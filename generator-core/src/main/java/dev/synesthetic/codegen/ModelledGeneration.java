package dev.synesthetic.codegen;

import dev.synesthetic.codegen.load.Corpus;
import dev.synesthetic.codegen.model.SchemaModel;
import dev.synesthetic.codegen.naming.JavaNames;

/**
 * One front-end run and what it emitted: for tools that read the generated files beside the model
 * and names they came from (compat's Java API diff), so none runs the generator's front end twice.
 *
 * @param result the files as {@link Generator#generate} emits them, without the manifest (nothing is
 *     written from it)
 * @param corpus the loaded schema files the model was built from
 */
public record ModelledGeneration(GenerationResult result, SchemaModel model, JavaNames names, Corpus corpus) {}
