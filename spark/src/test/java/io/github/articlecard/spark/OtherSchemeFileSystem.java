package io.github.articlecard.spark;

import java.io.File;
import java.net.URI;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * The local disk under another scheme ({@code other:///tmp/...}), standing in for a remote Hadoop
 * file system (s3a, hdfs) in tests: paths that are not {@code file:} go through Hadoop's listing,
 * streams and writes rather than through {@code java.nio}.
 */
public final class OtherSchemeFileSystem extends RawLocalFileSystem {
  static final String SCHEME = "other";

  @Override
  public URI getUri() {
    return URI.create(SCHEME + ":///");
  }

  @Override
  public String getScheme() {
    return SCHEME;
  }

  @Override
  public File pathToFile(Path path) {
    return new File(path.toUri().getPath());
  }

  @Override
  protected void checkPath(Path path) {
    // every path of this scheme is a local path
  }

  static String path(java.nio.file.Path local) {
    return SCHEME + ":" + local.toAbsolutePath(); // as Hadoop writes a path without an authority
  }
}
