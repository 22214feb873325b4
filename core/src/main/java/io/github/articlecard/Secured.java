package io.github.articlecard;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Objects;

/**
 * The opaque {@code secured} blob of a card ({@code base64;base64}).
 *
 * <p>It is never decoded, re-wrapped or normalised: {@link #value()} is always exactly what was
 * read. {@link #toString()} abbreviates it so that logs stay readable.
 *
 * <pre>{@code
 * Secured secured = card.secured();
 * String verbatim = secured.value();
 * }</pre>
 */
public final class Secured implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String value;

  private Secured(String value) {
    this.value = value;
  }

  /**
   * Wraps a blob without changing it.
   *
   * @param value the blob as written; must not be null
   * @return the secured value
   */
  public static Secured of(String value) {
    return new Secured(Objects.requireNonNull(value, "value"));
  }

  /**
   * Returns the blob exactly as written.
   *
   * @return the verbatim value
   */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Secured secured && secured.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns an abbreviation: the first characters and the length, never the whole blob. */
  @Override
  public String toString() {
    return value.length() <= 12
        ? "Secured[" + value + "]"
        : "Secured[" + value.substring(0, 8) + "..., " + value.length() + " chars]";
  }

  /** Refuses a serialized form without its text: a Secured always has one. */
  @SuppressWarnings("UnusedVariable") // called by serialization
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    if ((Object) value == null) {
      throw new InvalidObjectException("Secured without its text");
    }
  }
}
