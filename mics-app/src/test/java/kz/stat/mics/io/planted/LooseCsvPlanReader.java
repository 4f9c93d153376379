package kz.stat.mics.io.planted;

import kz.stat.mics.persistence.planted.StoreThatWritesCsv;

/** Planted for the architecture tests: a reader that implements no port and talks to the store. */
public class LooseCsvPlanReader {
  public void read() {
    new StoreThatWritesCsv().store();
  }
}
