package org.newsevents.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command on a hand-made jsonl gold with hand-made predictions: report, JSON and exit codes. */
class EvaluateCommandTest {
  static final String TEXT = "Vucic spoke on Friday.\nSubscribe now!\n";

  static Path goldSet(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("gold"));
    Files.createDirectories(dir.resolve("articles"));
    Files.writeString(dir.resolve("articles/a1.txt"), TEXT);
    Files.writeString(dir.resolve("gold/g.jsonl"), ("{'id':'a1','documentDate':'2020-01-10',"
        + "'boilerplate':[{'start':23,'end':37,'text':'Subscribe now!','reason':'newsletter-signup'}],"
        + "'entities':[{'type':'PERSON','name':'Vucic','mentions':[{'start':0,'end':5,'text':'Vucic'}]}],"
        + "'timexes':[{'start':15,'end':21,'text':'Friday','type':'DATE','value':'2020-01-10'}],"
        + "'events':[{'subject':'Vucic','subjectEntity':'Vucic','predicate':'spoke','lemma':'speak','object':null,"
        + "'objectEntity':null,'type':'OTHER','date':'2020-01-10','negated':false,'reportedBy':null,"
        + "'sentence':'Vucic spoke on Friday.'}]}\n").replace('\'', '"'));
    return dir.resolve("gold/g.jsonl");
  }

  static String predictions(Path dir) throws IOException {
    Path p = dir.resolve("out.jsonl");
    Files.writeString(p, ("{'schema':'newsevents/1','id':'a1','text':'Vucic spoke on Friday.',"
        + "'boilerplate':[{'start':23,'end':37,'reason':'x'}],"
        + "'entities':[{'id':'e1','type':'PERSON','name':'Vucic','key':'vucic','mentions':[{'start':0,'end':5,'text':'Vucic'}]}],"
        + "'timexes':[{'id':'t1','start':15,'end':21,'text':'Friday','type':'DATE','value':'2020-01-10'}],"
        + "'events':[{'id':'v1','start':0,'end':22,'sentence':'Vucic spoke on Friday.',"
        + "'subject':{'text':'Vucic','start':0,'end':5,'entity':'e1'},"
        + "'predicate':{'text':'spoke','lemma':'speak','start':6,'end':11},'object':null,'type':'OTHER',"
        + "'date':{'value':'2020-01-10','timex':'t1'},'negated':false,'reportedBy':null}]}\n").replace('\'', '"'));
    return p.toString();
  }

  record Result(int code, String out) {}

  static Result run(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream old = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      int code = new CommandLine(new EvaluateCommand()).execute(args);
      return new Result(code, bytes.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(old);
    }
  }

  @Test
  void perfectPredictionsScoreOneEverywhere(@TempDir Path dir) throws IOException {
    Path gold = goldSet(dir);
    Result r = run("--gold", gold.toString(), "--format", "jsonl", "--predictions", predictions(dir), "--json");
    assertEquals(0, r.code());
    JsonNode stages = new ObjectMapper().readTree(r.out()).path("runs").get(0).path("stages");
    assertEquals(1.0, stages.at("/boilerplate/scores/words (pooled)/f1").asDouble(), 1e-9);
    assertEquals(1.0, stages.at("/boilerplate/scores/boilerplate lines/f1").asDouble(), 1e-9);
    assertEquals(1.0, stages.at("/entities/scores/overall/f1").asDouble(), 1e-9);
    assertEquals(1.0, stages.at("/entity grouping/figures/... with both right/value").asDouble(), 1e-9);
    assertEquals(1.0, stages.at("/timexes/scores/strict/f1").asDouble(), 1e-9);
    assertEquals(1.0, stages.at("/timexes/figures/value F1/value").asDouble(), 1e-9);
    assertEquals(1.0, stages.at("/events/scores/lenient triples/f1").asDouble(), 1e-9);
    assertEquals(1.0, stages.at("/events/figures/date accuracy/value").asDouble(), 1e-9);
  }

  @Test
  void theNoStrippingBaselineKeepsEveryLine(@TempDir Path dir) throws IOException {
    Path gold = goldSet(dir);
    Result r = run("--gold", gold.toString(), "--format", "jsonl", "--baseline", "no-stripping", "--json");
    assertEquals(0, r.code());
    JsonNode stages = new ObjectMapper().readTree(r.out()).path("runs").get(0).path("stages");
    // Kept: "Vucic spoke on Friday." and "Subscribe now!", six words of which the story has four.
    assertEquals(4.0 / 6, stages.at("/boilerplate/scores/words (pooled)/precision").asDouble(), 1e-9);
    assertEquals(1.0, stages.at("/boilerplate/scores/words (pooled)/recall").asDouble(), 1e-9);
    assertEquals(0.0, stages.at("/boilerplate/scores/boilerplate lines/recall").asDouble(), 1e-9);
  }

  @Test
  void theTableNamesEveryStage(@TempDir Path dir) throws IOException {
    Path gold = goldSet(dir);
    Result r = run("--gold", gold.toString(), "--format", "jsonl", "--predictions", predictions(dir));
    assertEquals(0, r.code());
    for (String stage : new String[] {"-- boilerplate", "-- entities", "-- entity grouping", "-- timexes", "-- events"}) {
      assertTrue(r.out().contains(stage), stage);
    }
  }

  @Test
  void badInputIsAUsageError(@TempDir Path dir) throws IOException {
    Path gold = goldSet(dir);
    assertEquals(2, run("--gold", gold.toString(), "--format", "nonsense").code());
    assertEquals(2, run("--gold", dir.resolve("missing.jsonl").toString(), "--format", "jsonl").code());
    assertEquals(2, run("--gold", gold.toString(), "--format", "jsonl", "--texts", dir.toString(),
        "--predictions", predictions(dir)).code(), "texts not found");
    assertEquals(2, run("--format", "jsonl").code(), "--gold is required");
    assertEquals(2, run("--gold", gold.toString(), "--format", "jsonl", "--baseline", "magic").code());
  }
}
