package io.github.articlecard;

import java.io.Serializable;
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
    Extras extras, Set<String> absentKeys) implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final KeyNames KEYS = new KeyNames("Image",
      List.of("url", "width", "height", "isCached", "title"), Set.of("width", "height", "isCached"));

  /**
   * Creates an image.
   *
   * @throws NullPointerException if extras or absentKeys is null
   * @throws IllegalArgumentException if absentKeys names a key the image does not know, or a key
   *     whose component holds a value (a non-null link, a width other than 0...)
   */
  public Image {
    Objects.requireNonNull(extras, "extras");
    absentKeys = KEYS.check(absentKeys)
        .nullable("url", url)
        .defaulted("width", width == 0)
        .defaulted("height", height == 0)
        .defaulted("isCached", !isCached)
        .nullable("title", title)
        .done();
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
   * Returns the keys an image knows, in the order the house style writes them.
   *
   * @return {@code url, width, height, isCached, title}
   */
  public static List<String> knownKeys() {
    return KEYS.keys();
  }

  /**
   * Tells whether this image has a key: a known key that is not absent, or an unknown key in
   * {@link #extras()}.
   *
   * @param key the key, as written in the card
   * @return true when present
   */
  public boolean has(String key) {
    return KEYS.isKnown(key) ? !absentKeys.contains(key) : extras.containsKey(key);
  }

  /**
   * Tells whether the {@code width} key is present (a written 0 included).
   *
   * @return true when present
   */
  public boolean hasWidth() {
    return !absentKeys.contains("width");
  }

  /**
   * Tells whether the {@code height} key is present (a written 0 included).
   *
   * @return true when present
   */
  public boolean hasHeight() {
    return !absentKeys.contains("height");
  }

  /**
   * Tells whether the {@code isCached} key is present (a written false included).
   *
   * @return true when present
   */
  public boolean hasIsCached() {
    return !absentKeys.contains("isCached");
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
    Builder builder = new Builder().url(url).width(width).height(height).isCached(isCached)
        .title(title).extras(extras);
    KEYS.restore(absentKeys, builder.absent);
    return builder;
  }

  void collectProblems(String path, Problems problems) {
    problems.wellFormed(Problems.at(path, "url"), url);
    problems.atLeast(Problems.at(path, "width"), width, 0);
    problems.atLeast(Problems.at(path, "height"), height, 0);
  }

  /** Builds an {@link Image}; setting a value makes its key present. */
  public static final class Builder {
    private @Nullable Url url;
    private int width;
    private int height;
    private boolean isCached;
    private @Nullable String title;
    private final ExtrasSlot extras = new ExtrasSlot();
    private final Set<String> absent = KEYS.allDefaulted();

    private Builder() {}

    /**
     * Sets the link.
     *
     * @param url the link, or null for none
     * @return this builder
     */
    public Builder url(@Nullable Url url) {
      this.url = url;
      return this;
    }

    /**
     * Sets the link from its string.
     *
     * @param url the raw link
     * @return this builder
     */
    public Builder url(String url) {
      return url(Url.of(url));
    }

    /**
     * Sets the width; the key becomes present.
     *
     * @param width pixels, 0 for unknown
     * @return this builder
     */
    public Builder width(int width) {
      this.width = width;
      absent.remove("width");
      return this;
    }

    /**
     * Sets the height; the key becomes present.
     *
     * @param height pixels, 0 for unknown
     * @return this builder
     */
    public Builder height(int height) {
      this.height = height;
      absent.remove("height");
      return this;
    }

    /**
     * Sets the cached flag: true makes the key present, false leaves it absent as the house style
     * writes it (see {@link #present(String)} to write {@code isCached: false}).
     *
     * @param isCached whether the image is cached
     * @return this builder
     */
    public Builder isCached(boolean isCached) {
      this.isCached = isCached;
      KeyNames.mark(absent, "isCached", isCached);
      return this;
    }

    /**
     * Sets the title.
     *
     * @param title the title, or null for none
     * @return this builder
     */
    public Builder title(@Nullable String title) {
      this.title = title;
      return this;
    }

    /**
     * Replaces the unknown keys.
     *
     * @param extras the unknown keys
     * @return this builder
     */
    public Builder extras(Extras extras) {
      this.extras.set(extras);
      return this;
    }

    /**
     * Sets one unknown key.
     *
     * @param key the key
     * @param value plain data
     * @return this builder
     */
    public Builder extra(String key, @Nullable Object value) {
      extras.put(key, value);
      return this;
    }

    /**
     * Makes a known key present with the value this builder holds for it: for the values that a
     * setter leaves absent because the house style never writes them, as {@code present("isCached")}
     * after {@code isCached(false)} writes {@code isCached: false}. A
     * nullable key is present exactly when it has a value, so this has no effect on it.
     *
     * @param key the key, as written in the card, such as {@code "isCached"}
     * @return this builder
     * @throws IllegalArgumentException if the key is not a key of the image (unknown keys are
     *     present when they are in the extras)
     */
    public Builder present(String key) {
      KEYS.present(absent, key);
      return this;
    }

    /**
     * Makes a key absent: a known key goes back to its absent state (null, 0 or false), an unknown
     * key is taken out of the extras. Nothing happens when the key is already absent.
     *
     * @param key the key, as written in the card, such as {@code "width"}
     * @return this builder
     */
    public Builder remove(String key) {
      switch (key) {
        case "url" -> url = null;
        case "width" -> width = 0;
        case "height" -> height = 0;
        case "isCached" -> isCached = false;
        case "title" -> title = null;
        default -> extras.remove(key);
      }
      if (KEYS.isDefaulted(key)) {
        absent.add(key);   // width, height, isCached: only this set shows their absence
      }
      return this;
    }

    /**
     * Builds the image.
     *
     * @return the image
     */
    public Image build() {
      return new Image(url, width, height, isCached, title, extras.get(), absent);
    }
  }
}
