package org.newsevents.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsevents} command line. */
@Command(name = "newsevents", mixinStandardHelpOptions = true, version = "newsevents 0.1.0 (schema newsevents/1)",
    description = "Reads news articles and writes structured events as JSON-lines.",
    subcommands = {ExtractCommand.class, org.newsevents.eval.EvaluateCommand.class, LoadCommand.class,
        BenchCommand.class, SparkCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every document was processed",
        "1:some documents failed; each has an error record in the output",
        "2:usage error (bad option, missing input)",
        "3:the run could not go on (output not writable, fatal error)"})
public final class Main implements Runnable {
  public static final int OK = 0;
  public static final int PARTIAL = 1;
  public static final int USAGE = 2;
  public static final int FATAL = 3;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExitCodeExceptionMapper(e -> FATAL);
    return cli;
  }

  public static void main(String[] args) {
    int code = commandLine().execute(args);
    System.exit(code == 0 && args.length == 0 ? USAGE : code);
  }
}
