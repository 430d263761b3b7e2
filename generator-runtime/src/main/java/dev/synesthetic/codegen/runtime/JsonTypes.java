package dev.synesthetic.codegen.runtime;

/**
 * The JSON type bits of {@link JsonData}, public for the generator's validator analysis, which
 * builds the masks the generated {@code type} checks pass in. Constant expressions over JsonData's
 * own fields, so the numbering has one home. Not emitted: generated packages get JsonData alone.
 */
public final class JsonTypes {
  public static final int NULL = JsonData.NULL;
  public static final int BOOLEAN = JsonData.BOOLEAN;
  public static final int OBJECT = JsonData.OBJECT;
  public static final int ARRAY = JsonData.ARRAY;
  public static final int NUMBER = JsonData.NUMBER;
  public static final int STRING = JsonData.STRING;
  public static final int INTEGER = JsonData.INTEGER;

  private JsonTypes() {}
}
