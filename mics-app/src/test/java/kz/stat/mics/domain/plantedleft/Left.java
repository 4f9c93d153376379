package kz.stat.mics.domain.plantedleft;

import kz.stat.mics.domain.plantedright.Right;

/** Planted for the architecture tests: one half of a package cycle. */
public class Left {
  public Right right() {
    return new Right();
  }
}
