package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.articlecard.ArticleCard;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Typed values mean what they say (SPEC "Fidelity" 5). */
class YamlSemanticsTest {
  private final CardMapper mapper = CardMapper.builder().build();

  private JsonNode read(String frontMatter) {
    return mapper.read("---\n" + frontMatter + "---\n").frontMatter();
  }

  @Test
  void noNorwayProblem() {
    JsonNode data = read("country: NO\nanswer: yes\nswitch: on\noff: Off\ny: n\n");

    assertThat(data.get("country").isTextual()).isTrue();
    assertThat(data.get("country").textValue()).isEqualTo("NO");
    assertThat(data.get("answer").textValue()).isEqualTo("yes");
    assertThat(data.get("switch").textValue()).isEqualTo("on");
    assertThat(data.get("off").textValue()).isEqualTo("Off");
    assertThat(data.get("y").textValue()).isEqualTo("n");
  }

  @Test
  void booleansAreOnlyTrueAndFalse() {
    JsonNode data = read("a: true\nb: False\nc: TRUE\nd: 'true'\n");

    assertThat(data.get("a").booleanValue()).isTrue();
    assertThat(data.get("b").isBoolean()).isTrue();
    assertThat(data.get("c").booleanValue()).isTrue();
    assertThat(data.get("d").isTextual()).isTrue();
  }

  @Test
  void ambiguousNumbersKeepTheirText() {
    JsonNode data = read("hex: 0x1F\noctal: 012\nexponent: 1e3\nsexagesimal: 1:20\nunderscore: 1_000\nplus: +5\n");

    assertThat(data.get("hex").textValue()).isEqualTo("0x1F");
    assertThat(data.get("octal").textValue()).isEqualTo("012");
    assertThat(data.get("exponent").textValue()).isEqualTo("1e3");
    assertThat(data.get("sexagesimal").textValue()).isEqualTo("1:20");
    assertThat(data.get("underscore").textValue()).isEqualTo("1_000");
    assertThat(data.get("plus").textValue()).isEqualTo("+5");
  }

  @Test
  void decimalNumbersAreNumbers() {
    JsonNode data = read("int: 42\nneg: -7\nlong: 12345678901\nbig: 123456789012345678901234567890\n"
        + "float: 1.50\nsci: 6.02e23\ninf: .inf\n");

    assertThat(data.get("int").intValue()).isEqualTo(42);
    assertThat(data.get("neg").intValue()).isEqualTo(-7);
    assertThat(data.get("long").longValue()).isEqualTo(12345678901L);
    assertThat(data.get("big").bigIntegerValue()).isEqualTo(new BigInteger("123456789012345678901234567890"));
    assertThat(data.get("float").doubleValue()).isEqualTo(1.5);
    assertThat(data.get("sci").doubleValue()).isEqualTo(6.02e23);
    assertThat(data.get("inf").doubleValue()).isInfinite();
  }

  @Test
  void nullsAndEmptyValues() {
    JsonNode data = read("a:\nb: ~\nc: null\nd: ''\n");

    assertThat(data.get("a").isNull()).isTrue();
    assertThat(data.get("b").isNull()).isTrue();
    assertThat(data.get("c").isNull()).isTrue();
    assertThat(data.get("d").textValue()).isEmpty();
  }

  @Test
  void timestampsAreTextInGenericDataAndInstantsInTheCard() {
    CardDocument doc = mapper.read("---\ntitle: t\npublishedDateTime: 2021-03-14T13:26:00Z\n---\n");

    assertThat(doc.frontMatter().get("publishedDateTime").textValue()).isEqualTo("2021-03-14T13:26:00Z");
    assertThat(doc.card().publishedDateTime()).hasToString("2021-03-14T13:26:00Z");
  }

  @Test
  void aliasesReadAsTheDataTheyPointTo() {
    JsonNode data = read("base: &b {x: 1, y: [a, b]}\ncopy: *b\nname: &n hello\nagain: *n\n");

    assertThat(data.get("copy")).isEqualTo(data.get("base"));
    assertThat(data.get("again").textValue()).isEqualTo("hello");
  }

  @Test
  void typedFieldsBindAsDeclaredEvenWhenTheYamlLooksLikeSomethingElse() {
    ArticleCard card = mapper.read("---\ntitle: 2021\nquality: \"59\"\npublished: 'true'\n"
        + "topics:\n  - NO\n  - 123\nprovider:\n  name: yes\n  domain: on.example\n---\n").card();

    assertThat(card.title()).isEqualTo("2021");
    assertThat(card.quality()).isEqualTo(59);
    assertThat(card.published()).isTrue();
    assertThat(card.topics()).containsExactly("NO", "123");
    assertThat(card.provider().name()).isEqualTo("yes");
  }

  @Test
  void unknownKeysKeepTheirValuesTypesAndOrderAtEveryLevel() {
    ArticleCard card = mapper.read("---\ntitle: t\nsourceUrl: \"https://e.com\"\n"
        + "provider:\n  name: P\n  rank: 3\nimages:\n  - url: \"https://e.com/i.png\"\n    title: \"T\"\n    alt: x\n"
        + "related:\n  - title: r\n    ampUrl: \"https://e.com/amp\"\n    tags: [a, b]\nlast: {k: v}\n---\n").card();

    assertThat(card.extras().keys()).containsExactly("sourceUrl", "last");
    assertThat(card.provider().extras().get("rank")).isEqualTo(3);
    assertThat(card.images().get(0).title()).isEqualTo("T");
    assertThat(card.images().get(0).extras().get("alt")).isEqualTo("x");
    assertThat(card.related().get(0).extras().keys()).containsExactly("ampUrl", "tags");
    assertThat(card.related().get(0).extras().get("tags")).asList().containsExactly("a", "b");
  }
}
