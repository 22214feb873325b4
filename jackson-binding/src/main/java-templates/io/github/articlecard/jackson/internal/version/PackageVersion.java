package io.github.articlecard.jackson.internal.version;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.Versioned;
import com.fasterxml.jackson.core.util.VersionUtil;

/**
 * The version of this artifact, written into this class from the build's project version when
 * the sources are generated (the template lives in {@code src/main/java-templates}).
 */
public final class PackageVersion implements Versioned {
  /** The version, group id and artifact id of the jar this class is in. */
  public static final Version VERSION = VersionUtil.parseVersion(
      "${project.version}", "${project.groupId}", "${project.artifactId}");

  @Override
  public Version version() {
    return VERSION;
  }
}
