package io.github.articlecard;

/**
 * The collection a card belongs to ({@code category} key): an open set of values.
 *
 * <p>Real cards use {@link #NEWS}; any other value is kept verbatim rather than rejected.
 *
 * <pre>{@code
 * Category category = Category.of("news");     // == Category.NEWS by value
 * Category other = Category.of("podcasts");    // kept as it is
 * }</pre>
 */
public final class Category extends OpenValue {
  private static final long serialVersionUID = 1L;

  /** {@code news}: the category every known card uses. */
  public static final Category NEWS = new Category("news");

  private Category(String value) {
    super(value);
  }

  /**
   * Returns the category with the given value, the named constant where one exists.
   *
   * @param value the verbatim value; must not be null
   * @return the category
   */
  public static Category of(String value) {
    return NEWS.value().equals(value) ? NEWS : new Category(value);
  }

  /**
   * Tells whether this is one of the named constants.
   *
   * @return true for {@link #NEWS}
   */
  public boolean isKnown() {
    return equals(NEWS);
  }

  /** Gives the named constant back where a serialized value is one, as {@link #of} does. */
  private Object readResolve() {
    return of(value());
  }
}
