package dev.synesthetic.codegen.cli;

/** Where a value starts in an instance file: 1-based line and column, as the parser reports them. */
record Position(int line, int column) {
    @Override
    public String toString() {
        return "line " + line + ", column " + column;
    }
}
