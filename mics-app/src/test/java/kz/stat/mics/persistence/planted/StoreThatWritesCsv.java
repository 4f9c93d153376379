package kz.stat.mics.persistence.planted;

import kz.stat.mics.io.planted.LooseCsvPlanReader;

/** Planted for the architecture tests: a store that calls a document reader. */
public class StoreThatWritesCsv {
  public void store() {}

  public LooseCsvPlanReader reader() {
    return new LooseCsvPlanReader();
  }
}
