package dev.synesthetic.codegen.compat;

/** The two sides' smallest-document builders. */
record MinimalValues(Minimal oldSide, Minimal newSide) {
    Minimal side(Category direction) {
        return direction == Category.BACKWARD ? oldSide : newSide;
    }
}
