package io.github.articlecard;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The publisher of an article ({@code provider} key).
 *
 * <pre>{@code
 * Provider mint = Provider.of("Mint", "livemint.com");
 * Provider withLogo = mint.toBuilder().addImage(logo).build();
 * }</pre>
 *
 * @param name the publisher's name; null when absent
 * @param domain the publisher's domain; null when absent
 * @param images the publisher's images (logos), possibly empty
 * @param extras unknown keys of the provider, in order
 */
public record Provider(
    @Nullable String name, @Nullable String domain, List<Image> images, Extras extras) {

  /**
   * Creates a provider; the image list is copied.
   *
   * @throws NullPointerException if images, an image, or extras is null
   */
  public Provider {
    images = List.copyOf(images);
    Objects.requireNonNull(extras, "extras");
  }

  /**
   * Creates a provider with a name and a domain and nothing else.
   *
   * @param name the name
   * @param domain the domain
   * @return the provider
   */
  public static Provider of(String name, String domain) {
    return new Provider(name, domain, List.of(), Extras.empty());
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
   * Starts a builder holding this provider's values, for edits.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().name(name).domain(domain).images(images).extras(extras);
  }

  void collectProblems(String path, Problems problems) {
    for (int i = 0; i < images.size(); i++) {
      images.get(i).collectProblems(Problems.at(path, "images", i), problems);
    }
  }

  /** Builds a {@link Provider}. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String domain;
    private final List<Image> images = new ArrayList<>();
    private Extras extras = Extras.empty();

    private Builder() {}

    /**
     * Sets the name.
     *
     * @param name the name, or null for none
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the domain.
     *
     * @param domain the domain, or null for none
     * @return this builder
     */
    public Builder domain(@Nullable String domain) {
      this.domain = domain;
      return this;
    }

    /**
     * Replaces the images.
     *
     * @param images the images
     * @return this builder
     */
    public Builder images(List<Image> images) {
      this.images.clear();
      this.images.addAll(images);
      return this;
    }

    /**
     * Appends an image.
     *
     * @param image the image
     * @return this builder
     */
    public Builder addImage(Image image) {
      this.images.add(Objects.requireNonNull(image, "image"));
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
     * Builds the provider.
     *
     * @return the provider
     */
    public Provider build() {
      return new Provider(name, domain, images, extras);
    }
  }
}
