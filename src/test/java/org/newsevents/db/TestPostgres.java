package org.newsevents.db;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests. {@code NEWSEVENTS_TEST_PG} names one (CI starts it); when that is
 * unset, a throwaway cluster is started from the PostgreSQL binaries on this machine and stopped when the
 * JVM exits. Either way the tests fail, never skip, when no server can be had.
 */
final class TestPostgres {
  static final String ENV = "NEWSEVENTS_TEST_PG";
  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private static String server;
  private static AssertionError unavailable;

  private TestPostgres() {}

  /** A URL whose tables live in a new, empty schema of the test server. */
  static synchronized String freshSchema() throws Exception {
    if (unavailable != null) {
      throw unavailable;
    }
    if (server == null) {
      try {
        String candidate = System.getenv(ENV) != null ? System.getenv(ENV) : startCluster();
        check(candidate);
        server = candidate;
      } catch (Exception | AssertionError e) {
        // Every test of the run reports the same reason, and no test tries to start a cluster again.
        unavailable = e instanceof AssertionError a ? a : new AssertionError("could not start PostgreSQL: " + e, e);
        throw unavailable;
      }
    }
    String schema = "t" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
    try (Connection c = DatabaseUrl.parse(server).connect(); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      s.execute("CREATE SCHEMA " + schema);
      c.commit();
    }
    return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  private static void check(String url) {
    try (Connection c = DatabaseUrl.parse(url).connect()) {
      c.isValid(5);
    } catch (SQLException | IllegalArgumentException e) {
      throw new AssertionError("no PostgreSQL at " + url + " (" + ENV + "): " + e.getMessage(), e);
    }
  }

  /** initdb into a temporary folder, start on a free loopback port, create database newsevents. */
  private static String startCluster() throws Exception {
    Path bin = binaries();
    Path dir = Files.createTempDirectory("newsevents-pg");
    boolean root = "root".equals(System.getProperty("user.name"));
    if (root) {
      // initdb and postgres refuse to run as root: the cluster belongs to the postgres user.
      UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
      Files.setOwner(dir, postgres);
    }
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    Path data = dir.resolve("data");
    run(root, dir, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "--auth=trust",
        "-E", "UTF8", "--no-locale");
    run(root, dir, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("log").toString(),
        "-w", "-t", "60", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(root, bin, dir, data)));
    String admin = "postgresql://postgres@127.0.0.1:" + port + "/postgres";
    try (Connection c = DatabaseUrl.parse(admin).connect(); Statement s = c.createStatement()) {
      c.setAutoCommit(true);
      s.execute("CREATE DATABASE newsevents");
    }
    return "postgresql://postgres@127.0.0.1:" + port + "/newsevents";
  }

  private static void stop(boolean root, Path bin, Path dir, Path data) {
    try {
      run(root, dir, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop");
    } catch (Exception e) {
      System.err.println("TestPostgres: could not stop the cluster in " + dir + ": " + e.getMessage());
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      System.err.println("TestPostgres: could not remove " + dir);
    }
  }

  /** The newest /usr/lib/postgresql/N/bin with initdb, or the folder of an initdb on the PATH. */
  private static Path binaries() throws IOException {
    Path debian = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(debian)) {
      try (Stream<Path> versions = Files.list(debian)) {
        List<Path> found = versions.map(v -> v.resolve("bin"))
            .filter(b -> Files.isExecutable(b.resolve("initdb")))
            .sorted(Comparator.comparingInt(TestPostgres::version).reversed()).toList();
        if (!found.isEmpty()) {
          return found.get(0);
        }
      }
    }
    for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, "initdb"))) {
        return Path.of(folder).toRealPath();
      }
    }
    throw new AssertionError("no PostgreSQL server binaries (initdb) on this machine and " + ENV + " is unset: "
        + "install PostgreSQL (apt-get install -y postgresql) or point " + ENV + " at a server, "
        + "e.g. postgresql://postgres@127.0.0.1:5433/newsevents");
  }

  private static int version(Path bin) {
    try {
      return Integer.parseInt(bin.getParent().getFileName().toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static void run(boolean root, Path dir, String... command) throws IOException, InterruptedException {
    List<String> line = new ArrayList<>();
    if (root) {
      line.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    line.addAll(Arrays.asList(command));
    Path log = dir.resolve("commands.log");
    Process p = new ProcessBuilder(line).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException(String.join(" ", line) + ": no answer in 120 s");
    }
    if (p.exitValue() != 0) {
      throw new IOException(String.join(" ", line) + " failed (exit " + p.exitValue() + "): "
          + Files.readString(log));
    }
  }
}
