package org.newsevents.clean;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newsevents.html.HtmlFlattener;

/** Writes each benchmark page's naive text and gold body to a folder, for reading. */
public final class DumpNaive {
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Files.createDirectories(out);
    for (BenchmarkPages.Page p : BenchmarkPages.load().pages()) {
      Files.writeString(out.resolve(p.id().substring(0, 8) + ".txt"), p.url() + "\n" + HtmlFlattener.flatten(p.html()));
      Files.writeString(out.resolve(p.id().substring(0, 8) + ".gold"), p.body());
    }
  }
}
