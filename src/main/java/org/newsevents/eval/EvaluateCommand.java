package org.newsevents.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsevents evaluate}: scores every stage the gold covers and prints a report. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Scores each stage against gold annotations. Runs the pipeline on the gold documents' own "
        + "text with their publication dates (or reads --predictions) and prints P/R/F1 per stage, "
        + "with the worst misses."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:evaluated", "2:usage error or unreadable gold / predictions"})
public final class EvaluateCommand implements Callable<Integer> {
  static final int OK = 0;
  static final int USAGE = 2;

  @Option(names = "--gold", required = true, paramLabel = "PATH",
      description = "The gold: a file or a folder, as the format expects.")
  Path gold;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "jsonl (project gold, e.g. corpus/gold/seeds.jsonl), conll (CoNLL-2003, IOB1), "
          + "timeml (TempEval-3 .tml folder), meantime (CAT XML folder), article-body (ground-truth.json + html/).")
  String format;

  @Option(names = "--texts", paramLabel = "DIR",
      description = "For --format jsonl: the folder of <id>.txt (default: 'articles' beside the gold file's folder).")
  Path texts;

  @Option(names = "--predictions", paramLabel = "OUT.jsonl",
      description = "Score these newsevents/1 records instead of running the pipeline (matched by id).")
  Path predictions;

  @Option(names = "--baseline", paramLabel = "NAME",
      description = "Score a baseline instead of the pipeline. 'stock-sutime': stock CoreNLP "
          + "tokenize,ssplit,pos,lemma,ner with the document date, timexes only. 'no-stripping': the pipeline "
          + "with boilerplate removal off (the cleaner's baseline).")
  String baseline;

  @Option(names = "--save-predictions", paramLabel = "FILE",
      description = "Also write the records scored (pipeline or baseline) as JSON-lines, for --predictions later.")
  Path savePredictions;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "10",
      description = "Show the N worst misses per stage (default ${DEFAULT-VALUE}; 0 for none).")
  int errors;

  @Option(names = "--limit", paramLabel = "N", description = "Score only the first N gold documents.")
  Integer limit;

  @Option(names = "--json", description = "Print the report as JSON instead of a table.")
  boolean json;

  @Override
  public Integer call() {
    PrintStream err = System.err;
    try {
      GoldFormat goldFormat = GoldFormat.named(format);
      if (!Files.exists(gold)) {
        throw new NoSuchFileException(gold.toString());
      }
      if (predictions != null && baseline != null) {
        throw new BadGold("--predictions and --baseline exclude each other");
      }
      Predictions source = predictionSource();
      List<EvaluationRun> runs = new ArrayList<>();
      try (BufferedWriter saved = savePredictions == null ? null
          : Files.newBufferedWriter(savePredictions, StandardCharsets.UTF_8)) {
        Consumer<JsonNode> sink = saved == null ? null : record -> write(saved, record);
        List<GoldReader> readers = goldFormat.readers(texts);
        // Saved predictions are one reading of the gold; score them once.
        if (!(source instanceof PipelinePredictions)) {
          readers = readers.subList(0, 1);
        }
        for (GoldReader reader : readers) {
          List<GoldDocument> docs = reader.read(gold);
          if (limit != null && docs.size() > limit) {
            docs = docs.subList(0, limit);
          }
          runs.add(Evaluation.run(goldFormat.runLabel(reader), docs, source, errors, runs.isEmpty() ? sink : null));
        }
      }
      if (json) {
        System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter()
            .writeValueAsString(ReportJson.toJson(gold.toString(), goldFormat.formatName(), runs)));
      } else {
        ReportTable.print(gold.toString(), goldFormat.formatName(), runs, System.out);
      }
      return OK;
    } catch (BadGold e) {
      err.println("newsevents evaluate: " + e.getMessage());
      return USAGE;
    } catch (NoSuchFileException e) {
      err.println("newsevents evaluate: " + e.getFile() + ": no such file or folder");
      return USAGE;
    } catch (IOException | UncheckedIOException e) {
      err.println("newsevents evaluate: " + e.getMessage());
      return USAGE;
    }
  }

  private Predictions predictionSource() throws IOException {
    if (predictions != null) {
      if (!Files.isRegularFile(predictions)) {
        throw new NoSuchFileException(predictions.toString());
      }
      return new SavedPredictions(predictions);
    }
    if (baseline != null) {
      return switch (baseline) {
        case StockSutimePredictions.NAME -> new StockSutimePredictions();
        case NoStrippingPredictions.NAME -> new NoStrippingPredictions();
        default -> throw new BadGold("unknown baseline '" + baseline + "' (expected " + StockSutimePredictions.NAME
            + " or " + NoStrippingPredictions.NAME + ")");
      };
    }
    return new PipelinePredictions();
  }

  private static void write(BufferedWriter out, JsonNode record) {
    try {
      out.write(record.toString());
      out.newLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
