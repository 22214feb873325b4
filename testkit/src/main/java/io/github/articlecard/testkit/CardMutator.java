package io.github.articlecard.testkit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A seeded mutation fuzzer for card texts: byte flips, line deletions and duplications, delimiter
 * and indentation damage, quote and bracket damage, applied one to three at a time. Use it to check
 * that code reading cards fails cleanly on damaged input. The same seed gives the same mutations on
 * any machine.
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
    switch (random.nextInt(9)) {
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
      default:
        return truncate(input);
    }
  }

  private enum Damage { DELETE, DUPLICATE, DELIMITER, INDENT, SWAP }

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
    ByteArrayOutputStream out = new ByteArrayOutputStream(input.length + 16);
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
