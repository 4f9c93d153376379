package kz.stat.mics.app;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Leaves out the test-jars that modules publish for each other's tests (the domain's fixtures), which
 * {@link ImportOption.DoNotIncludeTests} recognises only as folders, not as jars.
 */
public final class DoNotIncludeTestJars implements ImportOption {
  @Override
  public boolean includes(Location location) {
    return !location.contains("-tests.jar");
  }
}
