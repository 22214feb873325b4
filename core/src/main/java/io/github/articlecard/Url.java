package io.github.articlecard;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A link exactly as the card spells it.
 *
 * <p>Real article URLs contain characters that {@link URI} rejects ({@code |}, spaces, raw
 * non-ASCII). This type never drops, decodes or "fixes" them: {@link #raw()} is always the string
 * that was read or given. {@link #toUri()} offers a parsed view where one is possible.
 *
 * <pre>{@code
 * Url url = Url.of("https://example.com/a|b");
 * url.raw();             // "https://example.com/a|b", unchanged
 * url.toUri();           // Optional[https://example.com/a%7Cb]
 * url.isWellFormed();    // true: it has a scheme and no whitespace or control characters
 * }</pre>
 */
public final class Url implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-]*:.+");

  private final String raw;

  private Url(String raw) {
    this.raw = raw;
  }

  /**
   * Wraps a link string without changing it.
   *
   * @param raw the link as written; must not be null
   * @return the URL
   */
  public static Url of(String raw) {
    return new Url(Objects.requireNonNull(raw, "raw"));
  }

  /**
   * Returns the link exactly as written.
   *
   * @return the raw string
   */
  public String raw() {
    return raw;
  }

  /**
   * Tells whether the link is a well-formed absolute URL: it has a scheme ({@code https:},
   * {@code mailto:}...) and no whitespace or control characters. Nothing is decoded or changed.
   *
   * @return true when well formed
   */
  public boolean isWellFormed() {
    return isWellFormed(false);
  }

  /**
   * Tells whether the link is well formed, allowing relative links or not: without whitespace or
   * control characters, not empty, and with a scheme unless relative links are allowed
   * ({@code /assets/images/x.jpg}, {@code ../a.html}, {@code //cdn.example.com/x.png}).
   *
   * @param relativeAllowed whether a link without a scheme is well formed
   * @return true when well formed
   */
  public boolean isWellFormed(boolean relativeAllowed) {
    if (raw.isEmpty() || (!relativeAllowed && !SCHEME.matcher(raw).matches())) {
      return false;
    }
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns a parsed view of the link: {@link URI} of the raw string when it parses, otherwise of
   * the raw string with the characters URI rejects percent-encoded (as UTF-8), otherwise empty.
   * The raw string itself is never changed.
   *
   * @return the parsed URI, if there is one
   */
  public Optional<URI> toUri() {
    try {
      return Optional.of(new URI(raw));
    } catch (URISyntaxException firstTry) {
      try {
        return Optional.of(new URI(percentEncodeIllegal(raw)));
      } catch (URISyntaxException secondTry) {
        return Optional.empty();
      }
    }
  }

  private static String percentEncodeIllegal(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int len = Character.charCount(cp);
      if (cp < 0x80 && isUriChar((char) cp)) {
        out.append((char) cp);
      } else {
        for (byte b : s.substring(i, i + len).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
              .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
        }
      }
      i += len;
    }
    return out.toString();
  }

  private static boolean isUriChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || "-._~:/?#[]@!$&'()*+,;=%".indexOf(c) >= 0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Url url && url.raw.equals(raw);
  }

  @Override
  public int hashCode() {
    return raw.hashCode();
  }

  /** Returns the raw link. */
  @Override
  public String toString() {
    return raw;
  }

  /** Refuses a serialized form without its text: a Url always has one. */
  @SuppressWarnings("UnusedVariable") // called by serialization
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    if ((Object) raw == null) {
      throw new InvalidObjectException("Url without its text");
    }
  }
}
