package org.folkestyre.core.internal;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import org.folkestyre.core.InvalidValueException;

/** Builds the URLs of exported objects from the model's ids: percent-encoded path segments under a base. */
public final class Urls {
  private static final String HEX = "0123456789ABCDEF";

  private Urls() {}

  /**
   * Checks a base URL and returns it ending in a slash, so that segments resolve beneath it.
   *
   * @param field the field name for the error message
   * @param base the base, such as {@code https://example.org/oparl}
   * @return the base ending in {@code /}
   * @throws InvalidValueException if the base is not an absolute http or https URL, or has a query or fragment
   */
  public static URI base(String field, URI base) {
    Objects.requireNonNull(base, field);
    String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
    if (!base.isAbsolute() || base.isOpaque() || !(scheme.equals("http") || scheme.equals("https"))
        || base.getRawAuthority() == null) {
      throw new InvalidValueException(field, base, "must be an absolute http or https URL, such as https://example.org/oparl/");
    }
    if (base.getRawQuery() != null || base.getRawFragment() != null) {
      throw new InvalidValueException(field, base, "must have no query and no fragment");
    }
    String text = base.toString();
    return text.endsWith("/") ? base : URI.create(text + "/");
  }

  /**
   * Percent-encodes an id as one path segment: every octet of its UTF-8 form but the unreserved
   * characters of RFC 3986 ({@code A-Z a-z 0-9 - . _ ~}) is written {@code %XX}; a segment of dots
   * only is encoded whole, so that it never means "this" or "the parent" folder.
   *
   * @param id the id, such as {@code "PS 12/15"}
   * @return the segment, such as {@code "PS%2012%2F15"}
   */
  public static String segment(String id) {
    Objects.requireNonNull(id, "id");
    boolean dots = !id.isEmpty() && id.chars().allMatch(c -> c == '.');
    StringBuilder out = new StringBuilder();
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      boolean unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '~' || (c == '.' && !dots);
      if (unreserved) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
      }
    }
    return out.toString();
  }

  /**
   * Decodes a percent-encoded path segment, the inverse of {@link #segment(String)}.
   *
   * @param segment the raw segment
   * @return the id
   * @throws InvalidValueException if a percent sign is not followed by two hexadecimal digits
   */
  public static String decodeSegment(String segment) {
    Objects.requireNonNull(segment, "segment");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '%') {
        int high = i + 2 < segment.length() ? Character.digit(segment.charAt(i + 1), 16) : -1;
        int low = i + 2 < segment.length() ? Character.digit(segment.charAt(i + 2), 16) : -1;
        if (high < 0 || low < 0) {
          throw new InvalidValueException("url", segment, "has a '%' not followed by two hexadecimal digits");
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < segment.length()) {
          encoded = segment.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.writeBytes(encoded);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * Returns the last segment of a URL's path, decoded: the id an exported object was named by.
   *
   * @param url the URL, such as {@code https://example.org/oparl/body/no-3301/person/p1}
   * @return the id, such as {@code "p1"}
   * @throws InvalidValueException if the URL's path has no segment
   */
  public static String lastSegment(URI url) {
    Objects.requireNonNull(url, "url");
    String path = url.getRawPath() == null ? "" : url.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    int slash = path.lastIndexOf('/');
    String last = path.substring(slash + 1);
    if (last.isEmpty()) {
      throw new InvalidValueException("url", url, "has no path segment to read an id from");
    }
    return decodeSegment(last);
  }
}
