package kz.stat.mics.domain.plantedright;

import kz.stat.mics.domain.plantedleft.Left;

/** Planted for the architecture tests: the other half of a package cycle. */
public class Right {
  public Left left() {
    return new Left();
  }
}
