package io.github.articlecard.jackson.internal.yaml;

import com.fasterxml.jackson.databind.node.DoubleNode;
import java.math.BigDecimal;

/**
 * A fraction that a {@code double} holds exactly but that was written in another form than Java
 * writes that double ({@code 1.50}, {@code 6.02e23}, {@code 1.5E+0}): to Jackson, and so to users'
 * own types, it is the double; its {@link #decimalValue()} is the number as written, with its
 * digits and scale, which is what equality, the card model's unknown keys and the writer use.
 */
public final class ExactDouble extends DoubleNode {
  private static final long serialVersionUID = 1L;

  private final String text;

  ExactDouble(double value, String text) {
    super(value);
    this.text = text;
  }

  /** Returns the number as it was written. */
  public String text() {
    return text;
  }

  /** Returns the number as written: every digit and the scale ({@code 1.50}, not {@code 1.5}). */
  @Override
  public BigDecimal decimalValue() {
    return new BigDecimal(text);
  }
}
