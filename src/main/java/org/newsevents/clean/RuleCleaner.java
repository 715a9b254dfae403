package org.newsevents.clean;

import java.util.ArrayList;
import java.util.List;
import org.newsevents.clean.rules.Advertisement;
import org.newsevents.clean.rules.ArticleHeadline;
import org.newsevents.clean.rules.BoilerplateRun;
import org.newsevents.clean.rules.BylineAuthorBio;
import org.newsevents.clean.rules.CaptionAboveCredit;
import org.newsevents.clean.rules.ClosingSentences;
import org.newsevents.clean.rules.CompanyProfile;
import org.newsevents.clean.rules.CopyProtection;
import org.newsevents.clean.rules.Dateline;
import org.newsevents.clean.rules.DonationAppeal;
import org.newsevents.clean.rules.EmbeddedPost;
import org.newsevents.clean.rules.FigureList;
import org.newsevents.clean.rules.GluedLinkCard;
import org.newsevents.clean.rules.ImageCaption;
import org.newsevents.clean.rules.LineClassifier;
import org.newsevents.clean.rules.LowContent;
import org.newsevents.clean.rules.Navigation;
import org.newsevents.clean.rules.NewsletterSignup;
import org.newsevents.clean.rules.NumberTable;
import org.newsevents.clean.rules.NumberedTeasers;
import org.newsevents.clean.rules.OutletVoice;
import org.newsevents.clean.rules.PageTitle;
import org.newsevents.clean.rules.PhotoCredit;
import org.newsevents.clean.rules.PublicationMeta;
import org.newsevents.clean.rules.ReaderComments;
import org.newsevents.clean.rules.RelatedHeadline;
import org.newsevents.clean.rules.RepeatedLine;
import org.newsevents.clean.rules.SiteNotice;
import org.newsevents.clean.rules.SocialEmbedResidue;
import org.newsevents.clean.rules.StoryList;
import org.newsevents.clean.rules.SubscriptionPrompt;
import org.newsevents.clean.rules.TeaserCard;
import org.newsevents.clean.rules.TemplateRepeat;
import org.newsevents.clean.rules.TimestampedTeasers;
import org.newsevents.model.Article;
import org.newsevents.model.BoilerplateSpan;
import org.newsevents.model.CleanedText;

/**
 * The plain-text cleaner: runs the named rules in order over an article's lines and returns one
 * span per removed line, its reason the name of the first rule that marked it. The order is the one
 * place the rules are composed: exact phrases first, then context, then the story's main text.
 */
public final class RuleCleaner implements Cleaner {
  private final List<BoilerplateRule> rules;
  private final RuleBook book;

  /** The cleaner for single documents: every rule but cross-document repetition. */
  public RuleCleaner() {
    this(TemplateLines.none());
  }

  /** The cleaner for a batch, with the template lines learned over it ({@link TemplateLines#learn}). */
  public RuleCleaner(TemplateLines template) {
    this(template, LineModel.standard(RuleBook.standard()));
  }

  /** With a given line model: {@link LineModel#none()} leaves the classifier out (to train it). */
  public RuleCleaner(TemplateLines template, LineModel model) {
    this(template, model, true);
  }

  /**
   * For text the page's markup already narrowed to its article: the rules that name what a line is,
   * without those that judge a line by its place outside the main text (headline, low-content,
   * classifier), which on an article alone cut its lists, tables and short paragraphs, and without
   * repeated-line, since inside an article a repeat is the story's own (a menu's "Pre-Workout Meal"
   * for each of five plans, a table's recurring numbers).
   */
  public static RuleCleaner insideArticle(TemplateLines template) {
    return new RuleCleaner(template, LineModel.none(), false);
  }

  private RuleCleaner(TemplateLines template, LineModel model, boolean context) {
    this.book = RuleBook.standard();
    List<BoilerplateRule> r = new ArrayList<>();
    r.add(new CopyProtection(book));
    r.add(new Advertisement(book));
    r.add(new SocialEmbedResidue(book));
    r.add(new NewsletterSignup(book));
    r.add(new SubscriptionPrompt(book));
    r.add(new DonationAppeal(book));
    r.add(new PublicationMeta(book));
    r.add(new Navigation(book));
    r.add(new PhotoCredit(book));
    r.add(new ImageCaption(book));
    r.add(new CaptionAboveCredit(book));
    r.add(new BylineAuthorBio(book));
    r.add(new SiteNotice(book));
    r.add(new OutletVoice(book));
    r.add(new ReaderComments(book));
    r.add(new GluedLinkCard(book));
    if (context) {
      r.add(new NumberTable(book));
      r.add(new PageTitle(book));
      r.add(new ArticleHeadline(book));
    }
    r.add(new NumberedTeasers(book));
    r.add(new TimestampedTeasers(book));
    r.add(new BoilerplateRun(book));
    if (context) {
      r.add(new FigureList(book));
      r.add(new TeaserCard(book));
      r.add(new RepeatedLine(book));
    }
    r.add(new TemplateRepeat(template, book));
    r.add(new RelatedHeadline(book));
    r.add(new CompanyProfile(book));
    if (context) {
      r.add(new StoryList(book));
      r.add(new Dateline(book));
      r.add(new ClosingSentences(book));
      r.add(new EmbeddedPost(book));
      r.add(new LineClassifier(model, book));
      r.add(new LowContent(book));
    }
    this.rules = List.copyOf(r);
  }

  @Override
  public CleanedText clean(Article article) {
    ArticleLines lines = judge(article);
    boolean storyLeft = false;
    for (int i = 0; i < lines.size(); i++) {
      storyLeft |= !lines.marked(i) && !lines.text(i).isBlank();
    }
    List<BoilerplateSpan> spans = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      // Rules that judge a line by its context never empty a document: a one-paragraph story has
      // no context to judge, and losing the story is worse than keeping a line.
      if (lines.marked(i) && (storyLeft || !byContext(lines.reason(i)))) {
        Line line = lines.line(i);
        spans.add(new BoilerplateSpan(line.start(), line.end(), lines.reason(i)));
      } else if (!lines.marked(i)) {
        spans.addAll(lines.within(i));
      }
    }
    return new CleanedText(article.text(), spans);
  }

  private static boolean byContext(String reason) {
    return reason.equals(LineClassifier.REASON) || reason.equals(LowContent.REASON);
  }

  /** The article's lines with every rule's verdict. */
  public ArticleLines judge(Article article) {
    ArticleLines lines = new ArticleLines(article, book);
    for (BoilerplateRule rule : rules) {
      rule.apply(lines);
    }
    return lines;
  }

  /** The article's lines as the line classifier sees them: the verdicts of the rules before it. */
  public ArticleLines judgeBeforeClassifier(Article article) {
    ArticleLines lines = new ArticleLines(article, book);
    for (BoilerplateRule rule : rules) {
      if (rule instanceof LineClassifier) {
        break;
      }
      rule.apply(lines);
    }
    return lines;
  }
}
