package org.newsevents.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsevents.model.DocumentDate;
import org.newsevents.model.ParsedText;
import org.newsevents.model.Sentence;
import org.newsevents.model.Timex;
import org.newsevents.model.TimexCandidate;

/**
 * Turns the tagger's temporal expressions into checked TIMEX3 records: first the span rules fix what
 * was found, then, in reading order, the first value rule that applies gives each its value, and the
 * narrative remembers it for the anaphoric expressions after it.
 */
public final class TimexNormalizer implements TimexResolver {
  private static final List<SpanRule> SPAN_RULES = List.of(new SplitExpression(), new UnitInDate(), new DurationBeforeDay(), new HalfUnit(), new RelativeWordBeforeUnits(), new UnitPair(), new VaguePlural(), new WordlessTimex(), new AnaphoricUnit(), new YearAgoQuarter(), new EarningsPhrase(), new LengthAdjective(), new ComparablePeriod(), new HyphenatedDate(), new MoreUnits(), new YearPeriod(), new YearEndSpan(), new RelativeUnitTail(), new OverreachingSpan(), new LengthBesideDate(), new ClockBeforeDay(), new ElectionDay(), new HolidayDay(), new HolidayWeek(), new NamedDay(), new NotATimex(), new AdverbBeforeTimex(), new FutureAdjective(), new TimeIdiom(), new RateFrequency(), new OrdinalOrFraction(), new CapitalisedUnit(), new MonthAsName(), new QuotedTitle(), new LowerCaseMonth(), new AgeAdjective(), new PublicationFrequency(),
      new BannerOption(), new MonthDay(), new CoordinatedDay(), new LeadingQualifier(), new PartOfDayModifier(), new PartOfDayExtension(), new PartOfDayBeforeDay(), new PriorOffset(), new TrailingSignal(), new ConcatenatedYears(), new MilitaryClock());
  private static final List<ValueRule> VALUE_RULES = List.of(new ImpossibleDate(), new CoordinatedDay(), new RelativeUnitTail(), new DecadeIsDate(), new YearHalf(), new YearPeriod(), new VaguePlural(), new PastUnit(), new OrdinalDay(), new EvaluatedDay(), new OneDayAhead(), new UnresolvedDuration(), new QuarterEndedOn(), new ReportedQuarter(), new YearEarlierQuarter(), new QuarterByTense(),
      new LastNamedMonth(), new YearEndedOn(), new YearEnd(), new PastDecade(), new ClockOnWeekday(), new ClockTime(), new PriorOffsetDate(),
      new AnaphoricDate(), new NextWeekdayInNarrative(), new PreviousWeekday(), new DayBesideWeekday(), new DayBesideEvent(), new StoryDayPart(), new HolidayWeek(), new ElectionDay(), new QuotedToday(), new PluralWeekday(), new WeekdayByTense(), new WeekendByTense(),
      new WeekOfDate(), new PartialDateByTense(), new HolidayByTense(), new AgoGranularity(), new UnvaluedDay());

  @Override
  public List<Timex> resolve(ParsedText parsed, DocumentDate documentDate) {
    List<TimexCandidate> candidates = parsed.timexCandidates();
    for (SpanRule rule : SPAN_RULES) {
      candidates = rule.apply(candidates, parsed);
    }
    Narrative narrative = new Narrative(documentDate.value());
    List<Timex> out = new ArrayList<>();
    for (TimexCandidate c : candidates) {
      Optional<Sentence> sentence = TextAround.sentence(parsed, c);
      Tense tense = sentence.map(s -> GoverningVerb.tenseOf(s, c)).orElse(Tense.UNKNOWN);
      String beforeTag = TextAround.previous(parsed, c).map(t -> t.pos()).orElse("");
      TimexMention mention = TimexMention.of(c, tense, parsed.text(), beforeTag);
      Resolution r = resolve(mention, narrative);
      narrative.note(r, mention.tense(), mention.lower().contains("fiscal") || mention.before().equalsIgnoreCase("fiscal"));
      out.add(new Timex("t" + (out.size() + 1), c.start(), c.end(), c.text(), r.type(), r.value(), r.invalid()));
    }
    return out;
  }

  private static Resolution resolve(TimexMention mention, Narrative narrative) {
    for (ValueRule rule : VALUE_RULES) {
      Resolution r = rule.resolve(mention, narrative);
      if (r != null) {
        return r;
      }
    }
    return Resolution.of(mention.candidate().type(), mention.candidate().value());
  }
}
