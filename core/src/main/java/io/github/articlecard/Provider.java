package io.github.articlecard;

import java.io.Serializable;
import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The publisher of an article ({@code provider} key).
 *
 * <p>Every key may be absent. {@code name} and {@code domain} are null when absent; {@code images}
 * reads as an empty list, and {@link #hasImages()} tells an absent list from a written
 * {@code images: []}. A builder starts with every key absent;
 * setting a value makes its key present, except an empty list, which the house style never
 * writes ({@link Builder#present(String)} asks for {@code images: []});
 * {@link Builder#remove(String)} makes a key absent again.
 *
 * <pre>{@code
 * Provider mint = Provider.of("Mint", "livemint.com");        // no images key
 * Provider withLogo = mint.toBuilder().addImage(logo).build();
 * withLogo.hasImages();                                         // true
 * }</pre>
 *
 * @param name the publisher's name; null when absent
 * @param domain the publisher's domain; null when absent
 * @param images the publisher's images (logos), possibly empty; empty when absent
 * @param extras unknown keys of the provider, in order
 * @param absentKeys the known keys this provider does not have, in house order (see
 *     {@link #knownKeys()})
 */
public record Provider(
    @Nullable String name, @Nullable String domain, List<Image> images, Extras extras,
    Set<String> absentKeys) implements ModelRecord, Serializable {

  private static final long serialVersionUID = 1L;

  private static final ModelKeys<Provider> KEYS = ModelKeys.of(Provider.class,
      MethodHandles.lookup(),
      ModelKeys.nullable("name", ValueKind.TEXT),
      ModelKeys.nullable("domain", ValueKind.TEXT),
      ModelKeys.omittedWhenDefault("images", ValueKind.IMAGE_LIST));

  /**
   * Creates a provider; the image list is copied.
   *
   * @throws NullPointerException if images, an image, extras or absentKeys is null
   * @throws IllegalArgumentException if absentKeys names a key the provider does not know, or a
   *     key whose component holds a value
   */
  public Provider {
    images = List.copyOf(images);
    Objects.requireNonNull(extras, "extras");
    absentKeys = KEYS.absentKeys(absentKeys, name, domain, images);
  }

  /**
   * Creates a provider whose keys are all present except those with a null component.
   *
   * @param name the name, or null when absent
   * @param domain the domain, or null when absent
   * @param images the images
   * @param extras the unknown keys
   */
  public Provider(@Nullable String name, @Nullable String domain, List<Image> images, Extras extras) {
    this(name, domain, images, extras, Set.of());
  }

  /**
   * Creates a provider with a name and a domain and nothing else: no {@code images} key.
   *
   * @param name the name
   * @param domain the domain
   * @return the provider
   */
  public static Provider of(String name, String domain) {
    return new Provider(name, domain, List.of(), Extras.empty(), Set.of("images"));
  }

  /**
   * Returns the keys a provider knows, in the order the house style writes them, with the kind of
   * value each holds.
   *
   * @return {@code name, domain, images}
   */
  public static List<ModelKey<Provider>> keys() {
    return KEYS.keys();
  }

  /**
   * Returns the names of the keys a provider knows, in the order the house style writes them.
   *
   * @return {@code name, domain, images}
   */
  public static List<String> knownKeys() {
    return KEYS.names();
  }

  /** Tells whether the {@code images} key is present (a written empty list included). */
  public boolean hasImages() {
    return has("images");
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
   * Starts a builder holding this provider's values and absent keys, for edits.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().load(this, absentKeys, extras);
  }

  /**
   * Builds a {@link Provider}; setting a value makes its key present. Besides the typed setters it
   * has {@code set(key, value)} for code that walks {@link #keys()}, {@code present(key)},
   * {@code remove(key)}, {@code extras(...)} and {@code extra(key, value)}.
   */
  public static final class Builder extends ModelBuilder<Provider, Builder> {
    private Builder() {
      super(KEYS);
    }

    /** Sets the publisher's name, or none with null. */
    public Builder name(@Nullable String name) {
      return put("name", name);
    }

    /** Sets the publisher's domain, or none with null. */
    public Builder domain(@Nullable String domain) {
      return put("domain", domain);
    }

    /**
     * Replaces the images (logos); the key becomes present, or absent when the list is empty (the
     * house style writes no empty lists; see {@link #present(String)}).
     */
    public Builder images(List<Image> images) {
      return put("images", images);
    }

    /** Appends an image; the key becomes present. */
    public Builder addImage(Image image) {
      return add("images", image);
    }

    /**
     * Builds the provider.
     *
     * @return the provider
     */
    public Provider build() {
      return construct();
    }
  }
}
