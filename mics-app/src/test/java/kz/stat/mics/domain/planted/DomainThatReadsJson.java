package kz.stat.mics.domain.planted;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Planted for the architecture tests: a domain class that reaches for Jackson. */
public class DomainThatReadsJson {
  public Object read(String json) throws Exception {
    return new ObjectMapper().readTree(json);
  }
}
