package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.articlecard.jackson.CardException.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * read(Path) reads only regular files, follows links to them, and reads at most the size limit
 * whatever the file system claims: devices, FIFOs and folders (or links to them) are refused
 * before they are opened.
 */
class NonRegularFileTest {
  private static final String SEED = TestFiles.resource("cards/seed.md");
  private final CardMapper mapper = CardMapper.builder().build();

  @TempDir
  Path folder;

  @Test
  void aCharacterDeviceIsRefusedAndNeverRead() {
    SpecialFiles.assumeDevices();

    assertRefused(SpecialFiles.ZERO).hasMessageContaining("character device");
    assertRefused(Path.of("/dev/null")).hasMessageContaining("character device");
  }

  @Test
  void anMdLinkToADeviceIsRefusedAfterFollowingIt() throws IOException {
    SpecialFiles.assumeDevices();
    Path link = Files.createSymbolicLink(folder.resolve("zero.md"), SpecialFiles.ZERO);
    Path chain = Files.createSymbolicLink(folder.resolve("chain.md"), link.getFileName());

    assertRefused(link).hasMessageStartingWith(link + ": cannot read: not a regular file");
    assertRefused(chain).hasMessageContaining("character device");
  }

  @Test
  void aFifoIsRefusedWithoutBlocking() throws Exception {
    Path fifo = SpecialFiles.fifo(folder.resolve("pipe.md"));

    SpecialFiles.whileAWriterWaits(fifo, () -> assertRefused(fifo).hasMessageContaining("FIFO"));
  }

  @Test
  void linksToAFifoAreRefusedWithoutBlocking() throws Exception {
    Files.createDirectories(folder.resolve("pipes"));
    Path fifo = SpecialFiles.fifo(folder.resolve("pipes/pipe"));
    Path relative = Files.createSymbolicLink(folder.resolve("relative.md"), Path.of("pipes/pipe"));
    Path absolute = Files.createSymbolicLink(folder.resolve("absolute.md"), fifo);
    Path chain = Files.createSymbolicLink(folder.resolve("chain.md"), Path.of("relative.md"));

    SpecialFiles.whileAWriterWaits(fifo, () -> {
      assertRefused(relative).hasMessageContaining("FIFO");
      assertRefused(absolute).hasMessageContaining("FIFO");
      assertRefused(chain).hasMessageContaining("FIFO");
    });
  }

  @Test
  void aFolderAndALinkToAFolderAreRefused() throws IOException {
    Path sub = Files.createDirectories(folder.resolve("sub.md"));
    Path link = Files.createSymbolicLink(folder.resolve("link.md"), sub);

    assertRefused(sub).hasMessageContaining("a folder");
    assertRefused(link).hasMessageContaining("a folder");
  }

  @Test
  void aDanglingLinkSaysItPointsToNothing() throws IOException {
    Path dangling = Files.createSymbolicLink(folder.resolve("gone.md"), folder.resolve("moved.md"));
    Path chain = Files.createSymbolicLink(folder.resolve("chain.md"), dangling);

    assertRefused(dangling).hasMessage(dangling + ": cannot read: no such file (a symbolic link to nothing)");
    assertRefused(chain).hasMessageContaining("no such file");
    assertRefused(folder.resolve("absent.md")).hasMessage(folder.resolve("absent.md") + ": cannot read: no such file");
  }

  @Test
  void aLoopOfLinksIsRefused() throws IOException {
    Path a = folder.resolve("a.md");
    Path b = folder.resolve("b.md");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);

    assertRefused(a).hasMessageStartingWith(a + ": cannot read: ");
  }

  @Test
  void linksToRegularFilesAreFollowedThroughChainsAndFolders() throws IOException {
    Path real = Files.writeString(Files.createDirectories(folder.resolve("store/2021")).resolve("card.md"), SEED);
    Path one = Files.createSymbolicLink(folder.resolve("one.md"), Path.of("store/2021/card.md"));
    Path two = Files.createSymbolicLink(folder.resolve("two.md"), one);
    Path three = Files.createSymbolicLink(Files.createDirectories(folder.resolve("other")).resolve("three.md"),
        Path.of("../two.md"));

    for (Path path : new Path[] {real, one, two, three}) {
      assertThat(mapper.read(path).text()).isEqualTo(SEED);
    }
  }

  @Test
  void aFileWhoseSizeClaimIsZeroIsStillReadOnlyUpToTheLimit() {
    Path status = Path.of("/proc/self/status");
    assumeTrue(Files.isReadable(status), "no /proc here, so no file that claims size 0 but holds text");
    CardMapper small = CardMapper.builder().maxInputSize(16).build();

    assertThatThrownBy(() -> small.read(status)).isInstanceOf(CardParseException.class)
        .satisfies(e -> assertThat(((CardException) e).kind()).isEqualTo(Kind.LIMIT))
        .hasMessageContaining("maxInputSize");
  }

  private AbstractThrowableAssert<?, ? extends Throwable> assertRefused(Path path) {
    return assertThatThrownBy(() -> mapper.read(path)).isInstanceOf(CardException.class)
        .isNotInstanceOf(CardParseException.class)
        .satisfies(e -> assertThat(((CardException) e).kind()).isEqualTo(Kind.IO))
        .satisfies(e -> assertThat(((CardException) e).sourceName()).contains(path.toString()));
  }
}
