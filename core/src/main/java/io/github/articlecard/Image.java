package io.github.articlecard;

import java.io.Serializable;
import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An image of an article or provider ({@code images} list entries).
 *
 * <p>Every key may be absent. {@code url} and {@code title} are null when absent; {@code width},
 * {@code height} and {@code isCached} read 0 and false, and {@link #hasWidth()},
 * {@link #hasHeight()} and {@link #hasIsCached()} tell an absent key from a written 0 or false.
 * A builder starts with every key absent. Setting a value makes its key present, except
 * {@code isCached(false)}: the house style writes {@code isCached} only for cached images, so
 * false leaves the key absent unless {@link Builder#present(String)} asks for it.
 * {@link Builder#remove(String)} makes a key absent again.
 *
 * <pre>{@code
 * Image image = Image.builder()
 *     .url(Url.of("https://images.example.com/600x338/photo.jpg"))
 *     .width(600)
 *     .height(337)
 *     .isCached(true)
 *     .build();
 * image.hasIsCached();                                   // true
 * Image unsized = image.toBuilder().remove("width").remove("height").build();
 * unsized.width();                                       // 0, and unsized.hasWidth() is false
 * }</pre>
 *
 * @param url the image link; null when the key is absent
 * @param width width in pixels; 0 means unknown; 0 when absent
 * @param height height in pixels; 0 means unknown; 0 when absent
 * @param isCached whether the image is cached; false when absent
 * @param title the image title some card generations carry; null when absent
 * @param extras unknown keys of this image, in order
 * @param absentKeys the known keys this image does not have, in house order (see
 *     {@link #knownKeys()})
 */
public record Image(
    @Nullable Url url, int width, int height, boolean isCached, @Nullable String title,
    Extras extras, Set<String> absentKeys) implements ModelRecord, Serializable {

  private static final long serialVersionUID = 1L;

  private static final ModelKeys<Image> KEYS = ModelKeys.of(Image.class, MethodHandles.lookup(),
      ModelKeys.nullable("url", ValueKind.URL),
      ModelKeys.defaulted("width", ValueKind.WHOLE_NUMBER).checkedBy(ValidationRule.IMAGE_SIZE),
      ModelKeys.defaulted("height", ValueKind.WHOLE_NUMBER).checkedBy(ValidationRule.IMAGE_SIZE),
      ModelKeys.omittedWhenDefault("isCached", ValueKind.FLAG),
      ModelKeys.nullable("title", ValueKind.TEXT));

  /**
   * Creates an image.
   *
   * @throws NullPointerException if extras or absentKeys is null
   * @throws IllegalArgumentException if absentKeys names a key the image does not know, or a key
   *     whose component holds a value (a non-null link, a width other than 0...)
   */
  public Image {
    Objects.requireNonNull(extras, "extras");
    absentKeys = KEYS.absentKeys(absentKeys, url, width, height, isCached, title);
  }

  /**
   * Creates an image whose keys are all present except those with a null component.
   *
   * @param url the link, or null when absent
   * @param width the width
   * @param height the height
   * @param isCached whether the image is cached
   * @param title the title, or null when absent
   * @param extras the unknown keys
   */
  public Image(@Nullable Url url, int width, int height, boolean isCached, @Nullable String title,
      Extras extras) {
    this(url, width, height, isCached, title, extras, Set.of());
  }

  /**
   * Returns the keys an image knows, in the order the house style writes them, with the kind of
   * value each holds.
   *
   * @return {@code url, width, height, isCached, title}
   */
  public static List<ModelKey<Image>> keys() {
    return KEYS.keys();
  }

  /**
   * Returns the names of the keys an image knows, in the order the house style writes them.
   *
   * @return {@code url, width, height, isCached, title}
   */
  public static List<String> knownKeys() {
    return KEYS.names();
  }

  /** Tells whether the {@code width} key is present (a written 0 included). */
  public boolean hasWidth() {
    return has("width");
  }

  /** Tells whether the {@code height} key is present (a written 0 included). */
  public boolean hasHeight() {
    return has("height");
  }

  /** Tells whether the {@code isCached} key is present (a written false included). */
  public boolean hasIsCached() {
    return has("isCached");
  }

  /**
   * Starts a builder with every key absent.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this image's values and absent keys, for edits.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().load(this, absentKeys, extras);
  }

  /**
   * Builds an {@link Image}; setting a value makes its key present. Besides the typed setters it
   * has {@code set(key, value)} for code that walks {@link #keys()}, {@code present(key)},
   * {@code remove(key)}, {@code extras(...)} and {@code extra(key, value)}.
   */
  public static final class Builder extends ModelBuilder<Image, Builder> {
    private Builder() {
      super(KEYS);
    }

    /** Sets the link, or none with null. */
    public Builder url(@Nullable Url url) {
      return put("url", url);
    }

    /** Sets the link from its string, kept exactly as given. */
    public Builder url(String url) {
      return url(Url.of(url));
    }

    /** Sets the width in pixels, 0 for unknown; the key becomes present. */
    public Builder width(int width) {
      return put("width", width);
    }

    /** Sets the height in pixels, 0 for unknown; the key becomes present. */
    public Builder height(int height) {
      return put("height", height);
    }

    /**
     * Sets the cached flag: true makes the key present, false leaves it absent as the house style
     * writes it (see {@link #present(String)} to write {@code isCached: false}).
     */
    public Builder isCached(boolean isCached) {
      return put("isCached", isCached);
    }

    /** Sets the title, or none with null. */
    public Builder title(@Nullable String title) {
      return put("title", title);
    }

    /**
     * Builds the image.
     *
     * @return the image
     */
    public Image build() {
      return construct();
    }
  }
}
