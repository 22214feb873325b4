package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.articlecard.Url;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * {@code withKeyRenamed}: a key renamed in place at any level; only the key's text changes, the
 * value's text, comments and place stay; a taken name, a missing key and a shared mapping are
 * refused.
 */
class KeyRenameTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();
  private static final String OLDER =
      TestFiles.resource("io/github/articlecard/jackson/rename/older-schema.md");

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void migratingAnOlderSchemaChangesOnlyTheKeysText(String eol) {
    String text = OLDER.replace("\n", eol);
    CardDocument doc = MAPPER.read(text);

    CardDocument migrated = doc.withKeyRenamed("sourceUrl", "originalUrl")
        .withKeyRenamed("ampUrl", "ampWebUrl")
        .withKeyRenamed("cdnAmpUrl", "cdnAmpWebUrl")
        .withKeyRenamed("related[0].sourceUrl", "webUrl")
        .withKeyRenamed("related[0].ampUrl", "ampWebUrl")
        .withKeyRenamed("related[1].sourceUrl", "webUrl");

    assertThat(migrated.text()).isEqualTo(text
        .replace("sourceUrl: https://www.livemint", "originalUrl: https://www.livemint")
        .replace("ampUrl: https://www.livemint", "ampWebUrl: https://www.livemint")
        .replace("cdnAmpUrl:", "cdnAmpWebUrl:")
        .replace("    sourceUrl: https://example.com/r", "    webUrl: https://example.com/r")
        .replace("\"ampUrl\":", "\"ampWebUrl\":"));
    assertThat(migrated.card().originalUrl()).isEqualTo(Url.of("https://www.livemint.com/technology/a.html"));
    assertThat(migrated.card().related().get(1).webUrl()).isEqualTo(Url.of("https://example.com/r2"));
    assertThat(migrated.card().extras().keys()).isEmpty();
    assertThat(MAPPER.read(migrated.text()).card()).isEqualTo(migrated.card());
  }

  @Test
  void aKeyInAListItemUnderANestedMappingKeepsItsQuoting() {
    CardDocument doc = MAPPER.read(OLDER);

    String renamed = doc.withKeyRenamed("provider.images[0].alt text", "title").text();

    assertThat(renamed).isEqualTo(OLDER.replace("'alt text': Mint logo", "'title': Mint logo"));
  }

  @Test
  void aNewNameThatNeedsQuotesIsQuoted() {
    CardDocument doc = MAPPER.read("---\ntitle: t # kept\nnote: x\n---\n");

    assertThat(doc.withKeyRenamed("note", "a: b").text())
        .isEqualTo("---\ntitle: t # kept\n\"a: b\": x\n---\n");
    assertThat(doc.withKeyRenamed("note", "#tag").text())
        .isEqualTo("---\ntitle: t # kept\n\"#tag\": x\n---\n");
    assertThat(doc.withKeyRenamed("note", "og:title").text())
        .isEqualTo("---\ntitle: t # kept\nog:title: x\n---\n");
    assertThat(doc.withKeyRenamed("note", "it's").frontMatter().has("it's")).isTrue();
  }

  @Test
  void keysOfFlowMappingsAndExplicitKeysAreRenamedInPlace() {
    assertThat(MAPPER.read("---\nparams: {sourceUrl: a, b: 1} # c\n---\n")
        .withKeyRenamed("params.sourceUrl", "url").text())
        .isEqualTo("---\nparams: {url: a, b: 1} # c\n---\n");
    assertThat(MAPPER.read("---\nparams: {a: 1}\n---\n").withKeyRenamed("params.a", "x,y").text())
        .isEqualTo("---\nparams: {\"x,y\": 1}\n---\n");
    assertThat(MAPPER.read("---\n? title\n: Hello\nn: 1\n---\n").withKeyRenamed("title", "headline")
        .text()).isEqualTo("---\n? headline\n: Hello\nn: 1\n---\n");
    assertThat(MAPPER.read("---\n{a: 1, # c\n b: 2}\n---\n").withKeyRenamed("b", "c").text())
        .isEqualTo("---\n{a: 1, # c\n c: 2}\n---\n");
  }

  @Test
  void renamingOntoATakenNameIsRefusedAndNamesBoth() {
    CardDocument doc = MAPPER.read(OLDER);

    assertThatThrownBy(() -> doc.withKeyRenamed("sourceUrl", "ampUrl"))
        .isInstanceOfSatisfying(CardException.class,
            e -> assertThat(e.kind()).isEqualTo(CardException.Kind.DUPLICATE_KEY))
        .hasMessageContaining("'sourceUrl'").hasMessageContaining("'ampUrl'");
    assertThatThrownBy(() -> doc.withKeyRenamed("related[0].sourceUrl", "title"))
        .isInstanceOf(CardException.class).hasMessageContaining("already has a key 'title'");
  }

  @Test
  void aMissingKeyIsAMissingKeyErrorThatSaysHowFarThePathGoes() {
    CardDocument doc = MAPPER.read(OLDER);

    for (String path : List.of("nothing", "provider.nothing", "related[5].sourceUrl",
        "provider.images[0].url.deeper", "title.x")) {
      assertThatThrownBy(() -> doc.withKeyRenamed(path, "x")).as(path)
          .isInstanceOfSatisfying(CardException.class,
              e -> assertThat(e.kind()).isEqualTo(CardException.Kind.MISSING_KEY))
          .hasMessageContaining("no key at '" + path + "'");
    }
  }

  @Test
  void aPathThatEndsAtAnIndexOrIsMalformedIsAnArgumentError() {
    CardDocument doc = MAPPER.read(OLDER);

    assertThatThrownBy(() -> doc.withKeyRenamed("related[0]", "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must end at a key");
    assertThatThrownBy(() -> doc.withKeyRenamed("related[", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> doc.withKeyRenamed("", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aKeyInsideAnAnchoredMappingIsNotRenamedBehindItsAliasesBack() {
    CardDocument doc = MAPPER.read("---\nbase: &b\n  a: 1\ncopy: *b\n---\n");

    assertThatThrownBy(() -> doc.withKeyRenamed("base.a", "z"))
        .isInstanceOfSatisfying(CardException.class,
            e -> assertThat(e.kind()).isEqualTo(CardException.Kind.UNSUPPORTED))
        .hasMessageContaining("anchored (&b)");
    assertThatThrownBy(() -> doc.withKeyRenamed("copy.a", "z"))
        .isInstanceOf(CardException.class).hasMessageContaining("alias");
    assertThat(doc.withKeyRenamed("copy", "other").text())
        .isEqualTo("---\nbase: &b\n  a: 1\nother: *b\n---\n");
  }

  @Test
  void renamingAKeyToItsOwnNameReturnsTheSameDocument() {
    CardDocument doc = MAPPER.read(OLDER);

    assertThat(doc.withKeyRenamed("sourceUrl", "sourceUrl")).isSameAs(doc);
  }
}
