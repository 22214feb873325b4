package io.github.articlecard.jackson.internal.jackson3;

import tools.jackson.core.Version;
import tools.jackson.core.Versioned;
import tools.jackson.core.util.VersionUtil;

/**
 * The version of this artifact as Jackson 3 spells it, written into this class from the build's
 * project version when the sources are generated (the template lives in
 * {@code src/main/java-templates}; the Jackson 2 one is {@code internal.version.PackageVersion}).
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
