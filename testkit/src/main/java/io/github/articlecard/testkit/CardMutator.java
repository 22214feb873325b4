package io.github.articlecard.testkit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A seeded mutation fuzzer for card texts: byte flips, line deletions and duplications, delimiter
 * and indentation damage, quote and bracket damage, and the shapes attackers and careless editors
 * reach first: document markers inside the front matter ({@code --- # end}, {@code ... x}),
 * hidden line breaks (U+0085, U+2028, U+2029), alias bombs (a large value aliased through levels
 * of nine), huge tagged numbers ({@code !!int "999..."}) and hand-editing mistakes (a closing quote
 * removed, {@code key:value}, {@code -item}, indentation one space off, {@code " #"} or {@code ": "}
 * inside a plain value, a tab). Applied one to three at a time. Use it to check that code reading
 * cards fails cleanly on damaged input. The same seed gives the same mutations on any machine.
 *
 * <pre>{@code
 * CardMutator mutator = TestCards.mutator(1);
 * byte[] damaged = mutator.mutate(TestCards.seedText().getBytes(UTF_8));
 * try {
 *   mapper.read(damaged);
 * } catch (CardException expected) {
 *   // fine: a clear error; anything else is a bug
 * }
 * }</pre>
 */
public final class CardMutator {
  private static final byte[] INTERESTING = " \n\r\t:-\"'[]{}#&*!|>%@,?~\\".getBytes(StandardCharsets.US_ASCII);

  private final Random random;

  CardMutator(long seed) {
    this.random = new Random(seed);
  }

  /**
   * Returns a damaged copy of the input (the input is not changed).
   *
   * @param input a card text's bytes
   * @return the damaged bytes
   */
  public byte[] mutate(byte[] input) {
    byte[] result = input;
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      result = mutateOnce(result);
    }
    return result;
  }

  /**
   * Returns a damaged copy of a text, as UTF-8 decoded with replacement (for text-based readers);
   * prefer {@link #mutate(byte[])}, which can also produce invalid UTF-8.
   *
   * @param input a card text
   * @return the damaged text
   */
  public String mutate(String input) {
    return new String(mutate(input.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
  }

  private byte[] mutateOnce(byte[] input) {
    if (input.length == 0) {
      return "---\n".getBytes(StandardCharsets.US_ASCII);
    }
    switch (random.nextInt(14)) {
      case 0:
        return flipByte(input);
      case 1:
        return editLines(input, Damage.DELETE);
      case 2:
        return editLines(input, Damage.DUPLICATE);
      case 3:
        return editLines(input, Damage.DELIMITER);
      case 4:
        return editLines(input, Damage.INDENT);
      case 5:
        return insertOrDelete(input, "\"'".getBytes(StandardCharsets.US_ASCII));
      case 6:
        return insertOrDelete(input, "[]{}".getBytes(StandardCharsets.US_ASCII));
      case 7:
        return editLines(input, Damage.SWAP);
      case 8:
        return editLines(input, Damage.MARKER);
      case 9:
        return hiddenLineBreak(input);
      case 10:
        return insertInFrontMatter(input, aliasBomb());
      case 11:
        return insertInFrontMatter(input, hugeNumber());
      case 12:
        return editLines(input, Damage.HAND_EDIT);
      default:
        return truncate(input);
    }
  }

  private enum Damage { DELETE, DUPLICATE, DELIMITER, INDENT, SWAP, MARKER, HAND_EDIT }

  private static final String[] MARKERS = {"--- # end of metadata\n", "... x\n", "--- !tag\n",
      "---\t# c\n", "...  y\n", "--- \"q\"\n", "... # done\n"};
  private static final String[] HIDDEN_BREAKS = {"\u0085", "\u2028", "\u2029"};

  /** Puts U+0085, U+2028 or U+2029 at a random place, or in place of a line feed. */
  private byte[] hiddenLineBreak(byte[] input) {
    byte[] character = HIDDEN_BREAKS[random.nextInt(HIDDEN_BREAKS.length)]
        .getBytes(StandardCharsets.UTF_8);
    int at = random.nextInt(input.length + 1);
    boolean replace = random.nextBoolean();
    if (replace) {
      for (int i = at; i < input.length; i++) {
        if (input[i] == '\n') {
          at = i;
          break;
        }
      }
    }
    int skip = replace && at < input.length && input[at] == '\n' ? 1 : 0;
    ByteArrayOutputStream out = new ByteArrayOutputStream(input.length + 3);
    out.write(input, 0, at);
    out.writeBytes(character);
    out.write(input, at + skip, input.length - at - skip);
    return out.toByteArray();
  }

  /** A large value aliased through levels of nine: small or large, under or over the limits. */
  private String aliasBomb() {
    int length = random.nextBoolean() ? 1 + random.nextInt(2_000) : 1 + random.nextInt(200_000);
    int levels = 1 + random.nextInt(4);
    String name = "bomb" + random.nextInt(100);
    StringBuilder lines = new StringBuilder(length + 256);
    lines.append(name).append("0: &").append(name).append("0 ");
    String value = "x".repeat(length);
    lines.append(random.nextBoolean() ? "\"" + value + "\"" : value).append('\n');
    for (int level = 1; level <= levels; level++) {
      lines.append(name).append(level).append(": &").append(name).append(level).append(" [");
      for (int i = 0; i < 9; i++) {
        lines.append(i == 0 ? "" : ", ").append('*').append(name).append(level - 1);
      }
      lines.append("]\n");
    }
    return lines.toString();
  }

  /** A long number, tagged or not, quoted or not. */
  private String hugeNumber() {
    int digits = random.nextBoolean() ? 90 + random.nextInt(30) : 1 + random.nextInt(300_000);
    String number = "9".repeat(digits);
    if (random.nextBoolean()) {
      number = "1." + number + (random.nextBoolean() ? "e400" : "");
    }
    String[] forms = {number, "!!int \"" + number + "\"", "!!float '" + number + "'",
        "!!int " + number, "\"" + number + "\"", "!!str " + number};
    return "huge" + random.nextInt(100) + ": " + forms[random.nextInt(forms.length)] + "\n";
  }

  /** Inserts lines just after the opening delimiter line, or anywhere when there is none. */
  private byte[] insertInFrontMatter(byte[] input, String lines) {
    List<byte[]> all = splitLines(input);
    int at = all.size() > 1 && new String(all.get(0), StandardCharsets.UTF_8).startsWith("---")
        ? 1 + random.nextInt(Math.min(all.size() - 1, 4)) : random.nextInt(all.size() + 1);
    all.add(Math.min(at, all.size()), lines.getBytes(StandardCharsets.UTF_8));
    return join(all, input.length + lines.length());
  }

  /** One of the mistakes people make editing a line by hand. */
  private byte[] handEdit(byte[] line) {
    String text = new String(line, StandardCharsets.UTF_8);
    int quote = Math.max(text.lastIndexOf('"'), text.lastIndexOf('\''));
    String edited = switch (random.nextInt(8)) {
      case 0 -> quote < 0 ? text : text.substring(0, quote) + text.substring(quote + 1); // closing quote forgotten
      case 1 -> text.replaceFirst(": ", ":"); // key:value
      case 2 -> text.replaceFirst("- ", "-"); // -item
      case 3 -> " " + text; // one space too many
      case 4 -> text.startsWith(" ") ? text.substring(1) : text; // one space too few
      case 5 -> text.replaceFirst("(\\r?\\n)?$", " #1 at AI$1"); // a hash in a plain value
      case 6 -> text.replaceFirst(": (\\S)", ": Breaking: $1"); // a colon in a plain value
      default -> text.replaceFirst("^  ", "\t"); // a tab for indentation
    };
    return edited.getBytes(StandardCharsets.UTF_8);
  }

  private byte[] flipByte(byte[] input) {
    byte[] copy = input.clone();
    int at = random.nextInt(copy.length);
    copy[at] = random.nextBoolean() ? INTERESTING[random.nextInt(INTERESTING.length)]
        : (byte) random.nextInt(256);
    return copy;
  }

  private byte[] insertOrDelete(byte[] input, byte[] characters) {
    int at = random.nextInt(input.length + 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream(input.length + 1);
    out.write(input, 0, at);
    if (random.nextBoolean() || at == input.length) {
      out.write(characters[random.nextInt(characters.length)]);
      out.write(input, at, input.length - at);
    } else {
      out.write(input, at + 1, input.length - at - 1);
    }
    return out.toByteArray();
  }

  private byte[] truncate(byte[] input) {
    return Arrays.copyOf(input, random.nextInt(input.length + 1));
  }

  private byte[] editLines(byte[] input, Damage damage) {
    List<byte[]> lines = splitLines(input);
    int at = random.nextInt(lines.size());
    switch (damage) {
      case DELETE:
        lines.remove(at);
        break;
      case DUPLICATE:
        lines.add(at, lines.get(at).clone());
        break;
      case DELIMITER:
        String[] delimiters = {"---\n", "--\n", "----\n", "...\n", "--- x\n", "---\r\n", "\uFEFF---\n"};
        byte[] delimiter = delimiters[random.nextInt(delimiters.length)].getBytes(StandardCharsets.UTF_8);
        if (random.nextBoolean()) {
          lines.set(at, delimiter);
        } else {
          lines.add(at, delimiter);
        }
        break;
      case MARKER:
        lines.add(Math.max(1, at), MARKERS[random.nextInt(MARKERS.length)]
            .getBytes(StandardCharsets.UTF_8));
        break;
      case HAND_EDIT:
        lines.set(at, handEdit(lines.get(at)));
        break;
      case INDENT:
        byte[] line = lines.get(at);
        String[] prefixes = {" ", "  ", "\t", ""};
        byte[] prefix = prefixes[random.nextInt(prefixes.length)].getBytes(StandardCharsets.US_ASCII);
        int strip = line.length > 0 && line[0] == ' ' && random.nextBoolean() ? 1 : 0;
        byte[] changed = new byte[prefix.length + line.length - strip];
        System.arraycopy(prefix, 0, changed, 0, prefix.length);
        System.arraycopy(line, strip, changed, prefix.length, line.length - strip);
        lines.set(at, changed);
        break;
      default:
        int other = random.nextInt(lines.size());
        byte[] swapped = lines.get(at);
        lines.set(at, lines.get(other));
        lines.set(other, swapped);
        break;
    }
    return join(lines, input.length + 16);
  }

  private static byte[] join(List<byte[]> lines, int size) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(size);
    for (byte[] l : lines) {
      out.writeBytes(l);
    }
    return out.toByteArray();
  }

  private static List<byte[]> splitLines(byte[] input) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < input.length; i++) {
      if (input[i] == '\n') {
        lines.add(Arrays.copyOfRange(input, start, i + 1));
        start = i + 1;
      }
    }
    if (start < input.length) {
      lines.add(Arrays.copyOfRange(input, start, input.length));
    }
    if (lines.isEmpty()) {
      lines.add(new byte[0]);
    }
    return lines;
  }
}
