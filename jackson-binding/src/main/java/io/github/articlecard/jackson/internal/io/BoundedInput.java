package io.github.articlecard.jackson.internal.io;

import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.CardException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads files, streams and readers up to a limit, whatever sizes they claim: never more than the
 * limit plus one byte (or character), so a caller can tell "at the limit" from "over it". Streams
 * that break their contract (a negative count, more than was asked for) are refused, not trusted.
 */
public final class BoundedInput {
  /**
   * The most bytes or characters any read takes whatever its limit says: the longest text a Java
   * string holds whatever its characters (2^30 - 1). A limit above it acts as this ceiling.
   */
  public static final int CEILING = Integer.MAX_VALUE >> 1;

  private static final int FIRST_BUFFER = 8192;
  private static final int MOST_TRUSTED = 64 * 1024 * 1024;

  /** Bytes read: the first {@link #length()} of {@link #bytes()} (not copied, not to be shared). */
  public static final class Bytes {
    private final byte[] bytes;
    private final int length;

    Bytes(byte[] bytes, int length) {
      this.bytes = bytes;
      this.length = length;
    }

    /** Returns the buffer, which may be longer than what was read. */
    public byte[] bytes() {
      return bytes;
    }

    /** Returns how many bytes were read. */
    public int length() {
      return length;
    }
  }

  private BoundedInput() {}

  /** Returns the limit a read really enforces: {@code limit}, or {@link #CEILING} if that is less. */
  public static int effective(int limit) {
    return Math.min(limit, CEILING);
  }

  /**
   * Reads a regular file (links followed), at most {@code effective(limit) + 1} bytes. Devices,
   * FIFOs, sockets and folders are refused, whether they are there when the path is checked or
   * take the file's place as it is opened, and no open can block (see {@link RegularFileOpener}).
   *
   * @throws CardException ({@link Kind#IO}) if the file is not regular or cannot be read
   */
  public static Bytes readFile(Path path, int limit) {
    return readFile(path, limit, RegularFileOpener.NOTHING, GuardedOpen.DEFAULT);
  }

  /** Reads a file as {@link #readFile(Path, int)} does, running {@code steps} before each stage. */
  public static Bytes readFile(Path path, int limit, StageHook<RegularFileOpener.Stage> steps,
      GuardedOpen guard) {
    try {
      RegularFileOpener.Opened file = RegularFileOpener.open(path, steps, guard);
      try (InputStream in = Channels.newInputStream(file.channel())) {
        return read(in, limit, file.size());
      }
    } catch (IOException e) {
      throw IoProblems.failure("cannot read", path, e);
    }
  }

  /**
   * Reads at most {@code effective(limit) + 1} bytes from a stream; {@code sizeHint} (what the
   * source claims, or 0) only sizes the first buffer.
   */
  public static Bytes read(InputStream in, int limit, long sizeHint) throws IOException {
    int most = effective(limit) + 1;
    byte[][] buffer = {new byte[firstBuffer(most, sizeHint)]};
    int length = fill(buffer[0].length, most,
        capacity -> buffer[0] = Arrays.copyOf(buffer[0], capacity),
        (offset, count) -> in.read(buffer[0], offset, count),
        offset -> put(buffer[0], offset, in.read()));
    return new Bytes(buffer[0], length);
  }

  /** Reads at most {@code effective(limit) + 1} characters from a reader. */
  public static String read(Reader in, int limit) throws IOException {
    int most = effective(limit) + 1;
    char[][] buffer = {new char[firstBuffer(most, 0)]};
    int length = fill(buffer[0].length, most,
        capacity -> buffer[0] = Arrays.copyOf(buffer[0], capacity),
        (offset, count) -> in.read(buffer[0], offset, count),
        offset -> put(buffer[0], offset, in.read()));
    return new String(buffer[0], 0, length);
  }

  /** Grows the array being filled to a new capacity. */
  private interface Grow {
    void to(int capacity);
  }

  /** Reads into the array as {@code InputStream.read(byte[], int, int)} does. */
  private interface Chunk {
    int read(int offset, int count) throws IOException;
  }

  /** Reads one unit into the array at an offset; false at the end. */
  private interface One {
    boolean read(int offset) throws IOException;
  }

  private static boolean put(byte[] buffer, int offset, int unit) throws IOException {
    if (unit > 0xFF) {
      throw broken("read() returned " + unit);
    }
    if (unit >= 0) {
      buffer[offset] = (byte) unit;
    }
    return unit >= 0;
  }

  private static boolean put(char[] buffer, int offset, int unit) throws IOException {
    if (unit > 0xFFFF) {
      throw broken("read() returned " + unit);
    }
    if (unit >= 0) {
      buffer[offset] = (char) unit;
    }
    return unit >= 0;
  }

  /**
   * Fills an array of {@code capacity} units, growing it, to at most {@code most} units; refuses
   * counts the source cannot have read. Returns how many units it holds.
   */
  private static int fill(int capacity, int most, Grow grow, Chunk chunk, One one)
      throws IOException {
    int length = 0;
    int size = capacity;
    while (length < most) {
      if (length == size) {
        size = (int) Math.min(most, 2L * size);
        grow.to(size);
      }
      int wanted = size - length;
      int n = chunk.read(length, wanted);
      if (n == 0) {
        // a source owes at least one unit or the end; ask for exactly one
        if (!one.read(length)) {
          break;
        }
        length++;
      } else if (n == -1) {
        break;
      } else if (n < 0 || n > wanted) {
        throw broken("it returned " + n + " from read when asked for at most " + wanted);
      } else {
        length += n;
      }
    }
    return length;
  }

  private static IOException broken(String what) {
    return new IOException("the stream broke its contract: " + what);
  }

  /**
   * Sizes the first buffer: one more than the claimed size (so the end is seen without growing),
   * but never more than {@link #MOST_TRUSTED} on a claim alone, nor more than {@code most}.
   */
  private static int firstBuffer(int most, long sizeHint) {
    long wanted = sizeHint > 0 ? Math.min(sizeHint, MOST_TRUSTED) + 1 : FIRST_BUFFER;
    return (int) Math.min(most, wanted);
  }
}
