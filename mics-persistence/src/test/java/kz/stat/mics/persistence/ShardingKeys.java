package kz.stat.mics.persistence;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The keys a distributed PostgreSQL (Citus) needs to shard a schema by plan, checked on the live
 * catalog. A table with a {@code plan_id} column is sharded by it, co-located with the others; a
 * table without one must be named as a reference table (a copy on every node). Then: a sharded
 * table's {@code plan_id} is never null; each of its primary keys, unique constraints, unique
 * indexes and exclusion constraints includes {@code plan_id}; a foreign key between two sharded
 * tables pairs {@code plan_id} with {@code plan_id}; a reference table refers to no sharded table.
 * A sharded table may refer to a reference table by any columns.
 */
final class ShardingKeys {
  static final String DISTRIBUTION_COLUMN = "plan_id";

  /**
   * The store's tables that would be copied to every node: the plans themselves (a plan's key is
   * unique over all plans, which a table sharded by its id could not enforce), the accounts, and
   * the schema history.
   */
  static final ImmutableSet<String> STORE_REFERENCE_TABLES = ImmutableSet.of("plan", "account",
      "account_executor", "api_token", "flyway_schema_history");

  private static final String TABLES = """
      select t.relname, a.attname is not null, coalesce(a.attnotnull, false)
      from pg_class t
      join pg_namespace n on n.oid = t.relnamespace
      left join pg_attribute a on a.attrelid = t.oid and a.attname = ? and not a.attisdropped
      where n.nspname = ? and t.relkind in ('r', 'p') and not t.relispartition
      """;

  /** Every key that makes rows unique: constraints, and unique indexes that back none of them. */
  private static final String UNIQUE_KEYS = """
      select t.relname, k.name, k.kind,
        array(select a.attname from unnest(k.cols) with ordinality c(attnum, ord)
              join pg_attribute a on a.attrelid = t.oid and a.attnum = c.attnum
              where c.ord <= k.key_columns order by c.ord)
      from (
        select c.conrelid as rel, c.conname as name,
          case c.contype when 'p' then 'primary key' when 'u' then 'unique constraint'
            else 'exclusion constraint' end as kind,
          c.conkey as cols, cardinality(c.conkey) as key_columns
        from pg_constraint c where c.contype in ('p', 'u', 'x')
        union all
        select i.indrelid, ic.relname, 'unique index', i.indkey::int2[], i.indnkeyatts
        from pg_index i join pg_class ic on ic.oid = i.indexrelid
        where i.indisunique and not exists (select 1 from pg_constraint c
            where c.conindid = i.indexrelid and c.contype in ('p', 'u', 'x'))
      ) k
      join pg_class t on t.oid = k.rel
      join pg_namespace n on n.oid = t.relnamespace
      where n.nspname = ?
      """;

  private static final String FOREIGN_KEYS = """
      select t.relname, c.conname, r.relname,
        array(select a.attname from unnest(c.conkey) with ordinality k(attnum, ord)
              join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
              order by k.ord),
        array(select a.attname from unnest(c.confkey) with ordinality k(attnum, ord)
              join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.attnum
              order by k.ord)
      from pg_constraint c
      join pg_class t on t.oid = c.conrelid
      join pg_namespace n on n.oid = t.relnamespace
      join pg_class r on r.oid = c.confrelid
      where c.contype = 'f' and n.nspname = ?
      """;

  private final ImmutableSet<String> sharded;
  private final ImmutableList<String> findings;

  private ShardingKeys(ImmutableSet<String> sharded, ImmutableList<String> findings) {
    this.sharded = sharded;
    this.findings = findings;
  }

  /**
   * Reads the tables of {@code schema} and checks their keys.
   *
   * @param referenceTables the tables without {@code plan_id} that are copied to every node
   */
  static ShardingKeys check(Connection c, String schema, Set<String> referenceTables)
      throws SQLException {
    Set<String> sharded = new TreeSet<>();
    // table -> findings about it, so that they come out in the order of the tables
    TreeMap<String, List<String>> found = new TreeMap<>();
    try (PreparedStatement s = c.prepareStatement(TABLES)) {
      s.setString(1, DISTRIBUTION_COLUMN);
      s.setString(2, schema);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String table = r.getString(1);
          if (r.getBoolean(2)) {
            sharded.add(table);
            if (!r.getBoolean(3)) {
              add(found, table, table + "." + DISTRIBUTION_COLUMN + " may be null");
            }
          } else if (!referenceTables.contains(table)) {
            add(found, table, table + " has no " + DISTRIBUTION_COLUMN
                + " and is not a reference table");
          }
        }
      }
    }
    try (PreparedStatement s = c.prepareStatement(UNIQUE_KEYS)) {
      s.setString(1, schema);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String table = r.getString(1);
          List<String> columns = names(r.getArray(4));
          if (sharded.contains(table) && !columns.contains(DISTRIBUTION_COLUMN)) {
            add(found, table, table + ": " + r.getString(3) + " " + r.getString(2) + " ("
                + String.join(", ", columns) + ") lacks " + DISTRIBUTION_COLUMN);
          }
        }
      }
    }
    try (PreparedStatement s = c.prepareStatement(FOREIGN_KEYS)) {
      s.setString(1, schema);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String table = r.getString(1);
          String referenced = r.getString(3);
          List<String> from = names(r.getArray(4));
          List<String> to = names(r.getArray(5));
          String key = table + ": foreign key " + r.getString(2) + " (" + String.join(", ", from)
              + ") -> " + referenced + " (" + String.join(", ", to) + ")";
          if (!sharded.contains(referenced)) {
            continue;
          }
          if (!sharded.contains(table)) {
            add(found, table, key + " refers from a reference table to a sharded one");
          } else if (!pairsTheDistributionColumns(from, to)) {
            add(found, table, key + " does not pair " + DISTRIBUTION_COLUMN + " with "
                + DISTRIBUTION_COLUMN);
          }
        }
      }
    }
    ImmutableList.Builder<String> findings = ImmutableList.builder();
    found.values().forEach(f -> findings.addAll(f.stream().sorted().toList()));
    return new ShardingKeys(ImmutableSet.copyOf(sharded), findings.build());
  }

  /** The tables with a {@code plan_id}, sharded by it. */
  ImmutableSet<String> sharded() {
    return sharded;
  }

  /** What breaks the rule, one line each, by table; empty when the schema can be sharded. */
  ImmutableList<String> findings() {
    return findings;
  }

  private static boolean pairsTheDistributionColumns(List<String> from, List<String> to) {
    int i = from.indexOf(DISTRIBUTION_COLUMN);
    return i >= 0 && DISTRIBUTION_COLUMN.equals(to.get(i));
  }

  private static List<String> names(Array array) throws SQLException {
    return Arrays.asList((String[]) array.getArray());
  }

  private static void add(TreeMap<String, List<String>> found, String table, String finding) {
    found.computeIfAbsent(table, t -> new ArrayList<>()).add(finding);
  }
}
