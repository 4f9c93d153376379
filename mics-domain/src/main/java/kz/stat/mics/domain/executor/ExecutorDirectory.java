package kz.stat.mics.domain.executor;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The abbreviations a plan uses for its executors, with their full names, as the note under the table
 * lists them. Lookups by code and by name ignore case and spaces.
 */
public final class ExecutorDirectory {
  private static final ExecutorDirectory EMPTY = new ExecutorDirectory(ImmutableList.of());

  private final ImmutableList<Executor> entries;
  private final ImmutableMap<String, Executor> byCode;
  private final ImmutableMap<String, Executor> byName;

  private ExecutorDirectory(List<Executor> entries) {
    this.entries = ImmutableList.copyOf(entries);
    Map<String, Executor> codes = new LinkedHashMap<>();
    Map<String, Executor> names = new LinkedHashMap<>();
    for (Executor e : this.entries) {
      checkArgument(codes.putIfAbsent(Names.key(e.code()), e) == null,
          "executor code listed twice: %s", e.code());
      names.putIfAbsent(Names.key(e.name()), e);
    }
    this.byCode = ImmutableMap.copyOf(codes);
    this.byName = ImmutableMap.copyOf(names);
  }

  public static ExecutorDirectory of(List<Executor> entries) {
    return new ExecutorDirectory(entries);
  }

  public static ExecutorDirectory empty() {
    return EMPTY;
  }

  /** The entries in the order the document lists them. */
  public ImmutableList<Executor> entries() {
    return entries;
  }

  public int size() {
    return entries.size();
  }

  public Optional<Executor> byCode(String code) {
    return Optional.ofNullable(byCode.get(Names.key(code)));
  }

  public Optional<Executor> byName(String name) {
    return Optional.ofNullable(byName.get(Names.key(name)));
  }

  /** The entry that {@code text} names, by code or by full name. */
  public Optional<Executor> find(String text) {
    return byCode(text).or(() -> byName(text));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExecutorDirectory other && entries.equals(other.entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "ExecutorDirectory" + entries;
  }
}
