package io.github.articlecard;

import java.io.Serializable;
import java.util.ArrayList;
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
    Set<String> absentKeys) implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final KeyNames KEYS = new KeyNames("Provider",
      List.of("name", "domain", "images"), Set.of("images"));

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
    absentKeys = KEYS.check(absentKeys)
        .nullable("name", name)
        .nullable("domain", domain)
        .defaulted("images", images.isEmpty())
        .done();
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
   * Returns the keys a provider knows, in the order the house style writes them.
   *
   * @return {@code name, domain, images}
   */
  public static List<String> knownKeys() {
    return KEYS.keys();
  }

  /**
   * Tells whether this provider has a key: a known key that is not absent, or an unknown key in
   * {@link #extras()}.
   *
   * @param key the key, as written in the card
   * @return true when present
   */
  public boolean has(String key) {
    return KEYS.isKnown(key) ? !absentKeys.contains(key) : extras.containsKey(key);
  }

  /**
   * Tells whether the {@code images} key is present (a written empty list included).
   *
   * @return true when present
   */
  public boolean hasImages() {
    return !absentKeys.contains("images");
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
    Builder builder = new Builder().name(name).domain(domain).images(images).extras(extras);
    KEYS.restore(absentKeys, builder.absent);
    return builder;
  }

  void collectProblems(String path, Problems problems) {
    for (int i = 0; i < images.size(); i++) {
      images.get(i).collectProblems(Problems.at(path, "images", i), problems);
    }
  }

  /** Builds a {@link Provider}; setting a value makes its key present. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String domain;
    private final List<Image> images = new ArrayList<>();
    private final ExtrasSlot extras = new ExtrasSlot();
    private final Set<String> absent = KEYS.allDefaulted();

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
     * Replaces the images; the key becomes present, or absent when the list is empty (the house
     * style writes no empty lists; see {@link #present(String)}).
     *
     * @param images the images
     * @return this builder
     */
    public Builder images(List<Image> images) {
      this.images.clear();
      images.forEach(this::addImage);
      KeyNames.mark(absent, "images", !this.images.isEmpty());
      return this;
    }

    /**
     * Appends an image; the key becomes present.
     *
     * @param image the image
     * @return this builder
     */
    public Builder addImage(Image image) {
      this.images.add(Objects.requireNonNull(image, "image"));
      absent.remove("images");
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
     * setter leaves absent because the house style never writes them, as {@code present("images")}
     * after {@code images(List.of())} writes {@code images: []}. A
     * nullable key is present exactly when it has a value, so this has no effect on it.
     *
     * @param key the key, as written in the card, such as {@code "images"}
     * @return this builder
     * @throws IllegalArgumentException if the key is not a key of the provider (unknown keys are
     *     present when they are in the extras)
     */
    public Builder present(String key) {
      KEYS.present(absent, key);
      return this;
    }

    /**
     * Makes a key absent: a known key goes back to its absent state (null or no images), an
     * unknown key is taken out of the extras. Nothing happens when the key is already absent.
     *
     * @param key the key, as written in the card, such as {@code "images"}
     * @return this builder
     */
    public Builder remove(String key) {
      switch (key) {
        case "name" -> name = null;
        case "domain" -> domain = null;
        case "images" -> images.clear();
        default -> extras.remove(key);
      }
      if (KEYS.isDefaulted(key)) {
        absent.add(key);   // images: only this set shows its absence
      }
      return this;
    }

    /**
     * Builds the provider.
     *
     * @return the provider
     */
    public Provider build() {
      return new Provider(name, domain, images, extras.get(), absent);
    }
  }
}
