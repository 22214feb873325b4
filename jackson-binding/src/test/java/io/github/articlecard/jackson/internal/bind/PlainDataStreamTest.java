package io.github.articlecard.jackson.internal.bind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.articlecard.jackson.internal.bind.PlainDataStream.Token;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@link PlainDataStream}: plain data to and from a stream of tokens without recursion, whatever
 * the depth, keys in order, numbers as {@link JsonNumbers} says, and malformed streams refused
 * through the source's own failure.
 */
class PlainDataStreamTest {
  private static final int DEEP = 200_000;

  /** A sink that writes what it is given as compact text, one token after the other. */
  private static final class Recording implements PlainDataStream.Sink<RuntimeException> {
    final StringBuilder out = new StringBuilder();
    final boolean fastDoubles;

    Recording(boolean fastDoubles) {
      this.fastDoubles = fastDoubles;
    }

    @Override
    public void startObject(Map<?, ?> value) {
      out.append('{');
    }

    @Override
    public void endObject() {
      out.append('}');
    }

    @Override
    public void startArray(List<?> value) {
      out.append('[');
    }

    @Override
    public void endArray() {
      out.append(']');
    }

    @Override
    public void name(String key) {
      out.append(key).append(':');
    }

    @Override
    public void nullValue() {
      out.append("null ");
    }

    @Override
    public void string(String text) {
      out.append('"').append(text).append("\" ");
    }

    @Override
    public void bool(boolean flag) {
      out.append(flag).append(' ');
    }

    @Override
    public void number(String text) {
      out.append("text:").append(text).append(' ');
    }

    @Override
    public void number(int whole) {
      out.append("int:").append(whole).append(' ');
    }

    @Override
    public void number(long whole) {
      out.append("long:").append(whole).append(' ');
    }

    @Override
    public void number(BigInteger whole) {
      out.append("big:").append(whole).append(' ');
    }

    @Override
    public void number(double fraction) {
      out.append("double:").append(fraction).append(' ');
    }

    @Override
    public boolean fastDoubles() {
      return fastDoubles;
    }
  }

  /** One token of a stream: its kind, and the key or scalar it carries. */
  private record Item(Token token, @Nullable Object value) {}

  /** A source that plays a list of tokens. */
  private static final class Playing implements PlainDataStream.Source<IllegalStateException> {
    private final List<Item> items;
    private int at = -1;

    Playing(List<Item> items) {
      this.items = items;
    }

    @Override
    public Token current() {
      return at < 0 || at >= items.size() ? Token.END_OF_INPUT : items.get(at).token();
    }

    @Override
    public Token next() {
      at++;
      return current();
    }

    @Override
    public String name() {
      return (String) items.get(at).value();
    }

    @Override
    public @Nullable Object scalar() {
      return items.get(at).value();
    }

    @Override
    public IllegalStateException failure(String problem) {
      return new IllegalStateException(problem + " at token " + at);
    }

    int at() {
      return at;
    }
  }

  private static Item t(Token token) {
    return new Item(token, null);
  }

  private static Item name(String key) {
    return new Item(Token.NAME, key);
  }

  private static Item scalar(@Nullable Object value) {
    return new Item(Token.SCALAR, value);
  }

  private static String write(@Nullable Object value, boolean fastDoubles) {
    Recording sink = new Recording(fastDoubles);
    PlainDataStream.write(value, sink);
    return sink.out.toString();
  }

  private static @Nullable Object read(Item... items) {
    return PlainDataStream.read(new Playing(Arrays.asList(items)));
  }

  @Test
  void mapsAreWrittenInTheirOrderWithEveryKindOfScalar() {
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    map.put("z", "text");
    map.put("a", Arrays.asList(1, 5_000_000_000L, BigInteger.TEN.pow(20), null, true));
    map.put("m", Map.of());
    map.put("d", 1.5);
    map.put("b", new BigDecimal("1.50"));

    assertThat(write(map, false)).isEqualTo("{z:\"text\" a:[int:1 long:5000000000 "
        + "big:100000000000000000000 null true ]m:{}d:double:1.5 b:text:1.50 }");
  }

  @Test
  void aDoubleGoesAsJavasTextWhereTheSinkWritesFastDoubles() {
    assertThat(write(0.1 + 0.2, true)).isEqualTo("text:0.30000000000000004 ");
    assertThat(write(0.1 + 0.2, false)).isEqualTo("double:0.30000000000000004 ");
    assertThat(write(Double.NaN, true)).isEqualTo("double:NaN ");
  }

  @Test
  void fieldsAreWrittenWithoutTheObjectAroundThem() {
    Recording sink = new Recording(false);
    PlainDataStream.writeFields(Map.of("k", List.of("v")), sink);

    assertThat(sink.out).hasToString("k:[\"v\" ]");
  }

  @Test
  void whatIsNotPlainDataIsRefused() {
    for (Object value : List.of('c', 1.5f, (short) 1, new Object(), List.of(new StringBuilder()))) {
      assertThatThrownBy(() -> write(value, false)).as(value.toString())
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not plain data");
    }
  }

  @Test
  void dataNestedFarDeeperThanTheThreadsStackIsWrittenAndRead() {
    Object nested = List.of();
    for (int i = 0; i < DEEP; i++) {
      nested = i % 2 == 0 ? List.of(nested) : Map.of("k", nested);
    }
    String written = write(nested, false);
    assertThat(written).hasSize(DEEP * 3 + 2); // [] and {k:} in turns

    List<Item> items = new ArrayList<>();
    for (int i = 0; i < DEEP; i++) {
      items.add(t(Token.START_ARRAY));
    }
    for (int i = 0; i < DEEP; i++) {
      items.add(t(Token.END_ARRAY));
    }
    Object read = PlainDataStream.read(new Playing(items));
    int depth = 0;
    for (Object at = read; at instanceof List<?> list && !list.isEmpty(); at = list.get(0)) {
      depth++;
    }
    assertThat(depth).isEqualTo(DEEP - 1);
  }

  @Test
  void readingGivesUnmodifiableListsAndMapsWithKeysInTheirOrder() {
    Object read = read(t(Token.START_OBJECT), name("z"), scalar(1), name("list"),
        t(Token.START_ARRAY), scalar("a"), t(Token.START_OBJECT), t(Token.END_OBJECT),
        t(Token.END_ARRAY), name("a"), scalar(null), t(Token.END_OBJECT));

    assertThat(read).isInstanceOf(Map.class);
    Map<String, ?> map = (Map<String, ?>) read;
    assertThat(map.keySet()).containsExactly("z", "list", "a");
    assertThat(map.get("list")).isEqualTo(List.of("a", Map.of()));
    assertThat(map.containsKey("a")).isTrue();
    assertThatThrownBy(() -> ((Map<String, Object>) map).put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((List<Object>) map.get("list")).add(1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void readingLeavesTheSourceOnTheValuesLastToken() {
    Playing source = new Playing(List.of(t(Token.START_ARRAY), scalar(1), t(Token.END_ARRAY),
        scalar("after")));

    assertThat(PlainDataStream.read(source)).isEqualTo(List.of(1));
    assertThat(source.at()).isEqualTo(2);
  }

  @Test
  void readingFromInsideAnObjectWhoseStartWasReadGivesTheRestOfIt() {
    Playing source = new Playing(List.of(t(Token.START_OBJECT), name("type"), scalar("x"),
        name("k"), scalar(1), t(Token.END_OBJECT)));
    source.next();
    source.next();
    source.next();
    source.next();

    assertThat(PlainDataStream.read(source)).isEqualTo(Map.of("k", 1));
    Playing atEnd = new Playing(List.of(t(Token.START_OBJECT), t(Token.END_OBJECT)));
    atEnd.next();
    atEnd.next();
    assertThat(PlainDataStream.read(atEnd)).isEqualTo(Map.of());
  }

  @Test
  void aKeyTwiceInOneObjectIsRefusedWhateverItsValues() {
    assertThatThrownBy(() -> read(t(Token.START_OBJECT), name("a"), scalar(1), name("a"),
        scalar(2), t(Token.END_OBJECT))).hasMessageContaining("duplicate key \"a\"");
    assertThatThrownBy(() -> read(t(Token.START_OBJECT), name("a"), t(Token.START_ARRAY),
        t(Token.END_ARRAY), name("a"), scalar(2), t(Token.END_OBJECT)))
        .hasMessageContaining("duplicate key \"a\"");
    assertThat(read(t(Token.START_OBJECT), name("a"), t(Token.START_OBJECT), name("a"), scalar(1),
        t(Token.END_OBJECT), t(Token.END_OBJECT))).isEqualTo(Map.of("a", Map.of("a", 1)));
  }

  @Test
  void tokensThatAreNotOneValueAreRefusedThroughTheSourcesFailure() {
    assertThatThrownBy(() -> read()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the JSON ends before its value");
    assertThatThrownBy(() -> read(t(Token.START_ARRAY), scalar(1)))
        .hasMessageContaining("the JSON ends before its value");
    assertThatThrownBy(() -> read(t(Token.START_OBJECT), name("a")))
        .hasMessageContaining("the JSON ends before its value");
    assertThatThrownBy(() -> read(t(Token.START_OBJECT), scalar(1), t(Token.END_OBJECT)))
        .hasMessageContaining("expected a key or the end of the object");
    assertThatThrownBy(() -> read(t(Token.START_ARRAY), name("a"), t(Token.END_ARRAY)))
        .hasMessageContaining("expected a JSON value, found NAME");
    assertThatThrownBy(() -> read(t(Token.START_ARRAY), t(Token.END_OBJECT)))
        .hasMessageContaining("expected a JSON value, found END_OBJECT");
    assertThatThrownBy(() -> read(t(Token.END_ARRAY)))
        .hasMessageContaining("expected a JSON value, found END_ARRAY");
  }
}
