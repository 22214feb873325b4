package io.github.articlecard.jackson.internal.yaml;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * SnakeYAML's reader over a text held whole, in linear time.
 *
 * <p>SnakeYAML's own {@link StreamReader} keeps a window of the text and, whenever the scanner
 * looks further ahead than the window, copies the whole window to grow it by 1,024 characters: a
 * value of {@code n} characters on one line costs {@code n * n / 1024} copies (a 1 MiB value, about
 * a second). Front matter is bounded and already in memory, so this reader decodes it once into
 * code points and answers every look-ahead directly. It behaves as SnakeYAML's reader does, down
 * to the positions it reports (code points, lines and columns counted the same way) and the error
 * for characters YAML does not allow, raised when the scanner reaches them. It overrides every
 * public method of {@link StreamReader} (the same in SnakeYAML 2.2 to 2.5), so the superclass's
 * own window is never used.
 */
final class WholeTextReader extends StreamReader {
  private static final String NAME = "'string'";

  private final int[] data;
  private final int firstNotPrintable;
  private int pointer;
  private int documentIndex;
  private int line;
  private int column;

  WholeTextReader(String text) {
    super("");
    this.data = text.codePoints().toArray();
    int bad = data.length;
    for (int i = 0; i < data.length; i++) {
      if (!isPrintable(data[i])) {
        bad = i;
        break;
      }
    }
    this.firstNotPrintable = bad;
  }

  /** Returns the code point at an index, or 0 past the end; fails at a character YAML forbids. */
  private int at(int index) {
    if (index >= firstNotPrintable && firstNotPrintable < data.length) {
      throw new ReaderException(NAME, firstNotPrintable, data[firstNotPrintable],
          "special characters are not allowed");
    }
    return index < data.length ? data[index] : 0;
  }

  @Override
  public Mark getMark() {
    return new Mark(NAME, pointer, line, column, data, Math.min(pointer, data.length));
  }

  @Override
  public void forward() {
    forward(1);
  }

  @Override
  public void forward(int length) {
    for (int i = 0; i < length && pointer < data.length; i++) {
      int c = at(pointer);
      pointer++;
      documentIndex++;
      if (c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029
          || (c == '\r' && pointer < data.length && at(pointer) != '\n')) {
        line++;
        column = 0;
      } else if (c != 0xFEFF) {
        column++;
      }
    }
  }

  @Override
  public int peek() {
    return at(pointer);
  }

  @Override
  public int peek(int index) {
    return at(pointer + index);
  }

  @Override
  public String prefix(int length) {
    if (length == 0) {
      return "";
    }
    int end = Math.min(pointer + length, data.length);
    if (end > firstNotPrintable) {
      at(firstNotPrintable);
    }
    return pointer >= end ? "" : new String(data, pointer, end - pointer);
  }

  @Override
  public String prefixForward(int length) {
    String prefix = prefix(length);
    pointer += length;
    documentIndex += length;
    column += length;
    return prefix;
  }

  @Override
  public int getColumn() {
    return column;
  }

  @Override
  public int getDocumentIndex() {
    return documentIndex;
  }

  @Override
  public void resetDocumentIndex() {
    documentIndex = 0;
  }

  @Override
  public int getIndex() {
    return pointer;
  }

  @Override
  public int getLine() {
    return line;
  }
}
