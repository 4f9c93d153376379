package kz.stat.mics.io.json;

/**
 * The path of a value from the document's root ({@code sections[5].activities[1].deadline}),
 * spelled out only when a problem names it: almost every value of a large document has none, and
 * the streaming reader would otherwise build several strings for each activity it reads.
 */
final class JsonPath implements CharSequence {
  private final CharSequence parent;
  private final String name;
  private final int index;
  private String spelled;

  private JsonPath(CharSequence parent, String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  /** The field {@code name} of the value at {@code parent}. */
  static JsonPath field(CharSequence parent, String name) {
    return new JsonPath(parent, name, -1);
  }

  /** The item at {@code index} of the array at {@code parent}. */
  static JsonPath item(CharSequence parent, int index) {
    return new JsonPath(parent, null, index);
  }

  @Override
  public String toString() {
    if (spelled == null) {
      String p = parent.toString();
      spelled = name != null ? JsonProblems.path(p, name) : JsonProblems.item(p, index);
    }
    return spelled;
  }

  @Override
  public int length() {
    return toString().length();
  }

  @Override
  public char charAt(int i) {
    return toString().charAt(i);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return toString().subSequence(start, end);
  }
}
