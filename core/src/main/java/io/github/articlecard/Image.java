package io.github.articlecard;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An image of an article or provider ({@code images} list entries).
 *
 * <pre>{@code
 * Image image = Image.builder()
 *     .url(Url.of("https://images.example.com/600x338/photo.jpg"))
 *     .width(600)
 *     .height(337)
 *     .isCached(true)
 *     .build();
 * }</pre>
 *
 * @param url the image link; null when the key is absent
 * @param width width in pixels; 0 means unknown
 * @param height height in pixels; 0 means unknown
 * @param isCached whether the image is cached; house style writes the key only when true
 * @param title the image title some card generations carry; null when absent
 * @param extras unknown keys of this image, in order
 */
public record Image(
    @Nullable Url url, int width, int height, boolean isCached, @Nullable String title,
    Extras extras) {

  /**
   * Creates an image.
   *
   * @throws NullPointerException if extras is null
   */
  public Image {
    Objects.requireNonNull(extras, "extras");
  }

  /**
   * Starts a builder with no values set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this image's values, for edits.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().url(url).width(width).height(height).isCached(isCached).title(title)
        .extras(extras);
  }

  void collectProblems(String path, Problems problems) {
    problems.wellFormed(Problems.at(path, "url"), url);
    problems.atLeast(Problems.at(path, "width"), width, 0);
    problems.atLeast(Problems.at(path, "height"), height, 0);
  }

  /** Builds an {@link Image}. */
  public static final class Builder {
    private @Nullable Url url;
    private int width;
    private int height;
    private boolean isCached;
    private @Nullable String title;
    private Extras extras = Extras.empty();

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
     * Sets the width.
     *
     * @param width pixels, 0 for unknown
     * @return this builder
     */
    public Builder width(int width) {
      this.width = width;
      return this;
    }

    /**
     * Sets the height.
     *
     * @param height pixels, 0 for unknown
     * @return this builder
     */
    public Builder height(int height) {
      this.height = height;
      return this;
    }

    /**
     * Sets the cached flag.
     *
     * @param isCached whether the image is cached
     * @return this builder
     */
    public Builder isCached(boolean isCached) {
      this.isCached = isCached;
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
      this.extras = Objects.requireNonNull(extras, "extras");
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
      this.extras = extras.with(key, value);
      return this;
    }

    /**
     * Builds the image.
     *
     * @return the image
     */
    public Image build() {
      return new Image(url, width, height, isCached, title, extras);
    }
  }
}
