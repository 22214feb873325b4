package io.github.articlecard;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Objects;

/**
 * Shared behaviour of the open value types ({@link Category}, {@link ContentType}): a non-null
 * string kept verbatim, compared by class and value.
 */
abstract class OpenValue implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String value;

  OpenValue(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the value exactly as it appears in the card.
   *
   * @return the verbatim value
   */
  public final String value() {
    return value;
  }

  @Override
  @SuppressWarnings("EqualsGetClass") // a Category never equals a ContentType of the same text
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((OpenValue) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + value.hashCode();
  }

  /** Refuses a serialized form without a value: no open value is ever without one. */
  @SuppressWarnings("UnusedVariable") // called by serialization
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    if ((Object) value == null) {
      throw new InvalidObjectException(getClass().getSimpleName() + " without a value");
    }
  }

  /** Returns the verbatim value. */
  @Override
  public final String toString() {
    return value;
  }
}
