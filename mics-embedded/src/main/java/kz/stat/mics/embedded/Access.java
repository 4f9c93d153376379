package kz.stat.mics.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;

/**
 * Who may do what in the store's cluster: the superuser (setup only), the schema's owner
 * (migrations) and the program's role (everything else: no superuser, no CREATE, no UPDATE or
 * DELETE of progress). Setting it up is idempotent, so a store made by an older version (trust
 * authentication, the superuser alone) is upgraded by the same steps, and a run killed half-way is
 * finished by the next. A marker in the cluster records that it is done.
 */
final class Access {
  /**
   * Raised when the roles or rules change, so that existing stores are set up again: 2 gave the
   * roles verifiers of {@link ScramVerifier#ROUNDS} round.
   */
  private static final String VERSION = "2";

  private Access() {}

  private static Path marker(Cluster cluster) {
    return cluster.pgdata().resolve("mics_access");
  }

  static boolean current(Cluster cluster) throws IOException {
    Path marker = marker(cluster);
    return Files.isRegularFile(marker)
        && Files.readString(marker, StandardCharsets.UTF_8).strip().equals(VERSION);
  }

  /**
   * Creates the roles, gives all three the store's password, hands the schema and its objects to
   * the owner, takes CREATE from everyone else, and closes pg_hba.conf to password logins through
   * the socket. Connects as the superuser, whose password an old store does not check (trust) and
   * a new one does.
   */
  static void setUp(Cluster cluster, Server server, String password)
      throws IOException, SQLException {
    try (Connection c = server.dataSource(EmbeddedStore.SUPERUSER, password).getConnection();
        Statement s = c.createStatement()) {
      s.execute("do $$ begin"
          + " if not exists (select from pg_roles where rolname = '" + EmbeddedStore.OWNER + "')"
          + " then create role " + EmbeddedStore.OWNER + " login; end if;"
          + " if not exists (select from pg_roles where rolname = '" + EmbeddedStore.RUNTIME + "')"
          + " then create role " + EmbeddedStore.RUNTIME + " login; end if;"
          + " end $$");
      for (String role : new String[] {EmbeddedStore.OWNER, EmbeddedStore.RUNTIME}) {
        s.execute("alter role " + role + " nosuperuser nocreatedb nocreaterole noreplication"
            + " nobypassrls noinherit connection limit -1");
      }
      for (String role : new String[] {EmbeddedStore.SUPERUSER, EmbeddedStore.OWNER,
          EmbeddedStore.RUNTIME}) {
        // Hashed here (SCRAM), so the password itself never reaches the server or its log; a
        // password file edited by hand may hold what only the driver's hashing prepares (SASLprep)
        if (ScramVerifier.takes(password)) {
          s.execute("alter role " + role + " password '" + ScramVerifier.of(password) + "'");
        } else {
          c.unwrap(PGConnection.class).alterUserPassword(role, password.toCharArray(),
              "scram-sha-256");
        }
      }
      s.execute("alter schema public owner to " + EmbeddedStore.OWNER);
      s.execute("revoke create on schema public from public");
      s.execute("revoke temporary on database postgres from public");
      s.execute(OWN_EVERYTHING.replace("OWNER", EmbeddedStore.OWNER));
      if (!cluster.hbaIsOurs()) {
        cluster.writeHba();
        s.execute("select pg_reload_conf()");
      }
    }
  }

  /** Records that the cluster is set up; called once the schema is migrated and granted. */
  static void markDone(Cluster cluster) throws IOException {
    OwnerOnly.write(marker(cluster), VERSION + "\n");
  }

  /**
   * Gives the schema owner every table, view, sequence (but those a column owns, which follow
   * their table), routine and type in the public schema: a store of an older version has them
   * owned by the superuser.
   */
  private static final String OWN_EVERYTHING = """
      do $$
      declare r record;
      begin
        for r in
          select c.oid::regclass as name,
                 case c.relkind when 'S' then 'sequence' when 'v' then 'view'
                   when 'm' then 'materialized view' when 'f' then 'foreign table'
                   else 'table' end as kind
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
            and c.relowner <> 'OWNER'::regrole
            and not (c.relkind = 'S' and exists (select from pg_depend d
              where d.classid = 'pg_class'::regclass and d.objid = c.oid
                and d.deptype in ('a', 'i')))
        loop
          execute format('alter %s %s owner to OWNER', r.kind, r.name);
        end loop;
        for r in
          select p.oid::regprocedure as name
          from pg_proc p join pg_namespace n on n.oid = p.pronamespace
          where n.nspname = 'public' and p.proowner <> 'OWNER'::regrole
        loop
          execute format('alter routine %s owner to OWNER', r.name);
        end loop;
        for r in
          select t.oid::regtype as name, case t.typtype when 'd' then 'domain' else 'type' end as kind
          from pg_type t join pg_namespace n on n.oid = t.typnamespace
          where n.nspname = 'public' and t.typtype in ('e', 'd') and t.typowner <> 'OWNER'::regrole
        loop
          execute format('alter %s %s owner to OWNER', r.kind, r.name);
        end loop;
      end $$""";
}
