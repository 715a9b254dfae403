package org.newsevents.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.model.Article;
import org.newsevents.model.BoilerplateSpan;
import org.newsevents.model.CleanedText;

/** Each named rule on real lines (from the seeds and the benchmark pages), in a story's context. */
class NamedRulesTest {
  private static final String P1 = "Serbian intelligence agencies have uncovered a wide-ranging intelligence operation"
      + " involving Russian spies and members of the Serbian military, President Aleksandar Vucic said on Thursday.";
  private static final String P2 = "Vucic's remarks came after a meeting of the National Security Council which he"
      + " convened after a video showing a Russian intelligence officer handing money to a Serbian man was made public.";
  private static final String P3 = "The incident has the potential to sour relations between Serbia and Russia, who"
      + " are old allies, and the two countries have strong political, military, cultural and economic ties.";

  /** The reason given to {@code line} when it sits in the middle of a three-paragraph story. */
  private static String reasonInStory(String line) {
    return reasonOf(String.join("\n\n", P1, P2, line, P3), line);
  }

  private static String reasonOf(String text, String line) {
    return reasonOf(new RuleCleaner(), text, line);
  }

  private static String reasonOf(RuleCleaner cleaner, String text, String line) {
    CleanedText c = cleaner.clean(new Article("t", null, null, text, null, "test"));
    int start = text.indexOf(line);
    for (BoilerplateSpan s : c.removed()) {
      if (s.start() == start) {
        assertEquals(start + line.length(), s.end());
        return s.reason();
      }
    }
    return null;
  }

  @Test
  void copyProtection() {
    assertEquals("copy-protection", reasonInStory("error: Content is protected !!"));
  }

  @Test
  void advertisement() {
    assertEquals("advertisement", reasonInStory("- Advertisement -spot_imgspot_img"));
  }

  @Test
  void socialEmbedResidue() {
    assertEquals("social-embed-residue", reasonInStory("Click to share on Facebook (Opens in new window)"));
  }

  @Test
  void newsletterSignup() {
    assertEquals("newsletter-signup", reasonInStory("Sign up for our free weekly newsletter"));
    assertEquals("newsletter-signup", reasonInStory("Subscribers agree to the Privacy Policy"));
  }

  @Test
  void subscriptionPrompt() {
    assertEquals("subscription-prompt", reasonInStory("SubscribeSign In"));
  }

  @Test
  void donationAppealByPhraseCuesAndNeighbours() {
    assertEquals("donation-appeal", reasonInStory("Not ready to support today?"));
    assertEquals("donation-appeal", reasonInStory("Your support, no matter how small, makes a world of difference. If you"
        + " can, please support us monthly starting from just $2."));
    String banner = "Enjoying ad-free content?\nSince July 1, 2024, we have disabled all ads to improve your reading"
        + " experience.\nSupport us\n\n" + P1 + "\n\n" + P2;
    assertEquals("donation-appeal", reasonOf(banner, "Enjoying ad-free content?"));
    assertEquals("donation-appeal", reasonOf(banner, "Since July 1, 2024, we have disabled all ads to improve your"
        + " reading experience."));
  }

  @Test
  void publicationMeta() {
    assertEquals("publication-meta", reasonInStory("Published on:"));
    assertEquals("publication-meta", reasonInStory("NOVEMBER 20, 2019 10:43"));
  }

  @Test
  void navigation() {
    assertEquals("navigation", reasonInStory("More Articles"));
    assertEquals("navigation", reasonInStory("Read more"));
  }

  @Test
  void photoCredit() {
    assertEquals("photo-credit", reasonInStory("Aleksandar Vucic Anrej Cukic / EPA / TASS"));
    assertEquals("photo-credit", reasonInStory("predsednik.rs"));
  }

  @Test
  void bylineAuthorBioWithTheNameAboveIt() {
    String text = "Tejaswini Deshmukh\nTejaswini Deshmukh is an editor at RegTech Times, covering financial crimes,"
        + " sanctions, and regulatory developments.\n\n" + P1 + "\n\n" + P2;
    assertEquals("byline-author-bio", reasonOf(text, "Tejaswini Deshmukh"));
    assertEquals("byline-author-bio", reasonInStory("By JERUSALEM POST STAFF"));
  }

  @Test
  void siteNoticeByPhraseAndByTheOutletsVoice() {
    assertEquals("site-notice", reasonInStory("A Message from The Moscow Times:"));
    String text = P1 + "\n\n" + P2 + "\n\nDear readers,\n\nWe are facing unprecedented challenges. The authorities"
        + " have designated our newspaper an undesirable organization.\n\nNot ready to support today?";
    assertEquals("site-notice", reasonOf(text, "We are facing unprecedented challenges. The authorities have"
        + " designated our newspaper an undesirable organization."));
  }

  @Test
  void legalDisclaimersAtThePagesFootAreSiteNotices() {
    assertEquals("site-notice", reasonInStory("*These statements have not been evaluated by the Food and Drug Administration."
        + " These products are not intended to diagnose, treat, cure, or prevent any disease."));
    assertEquals("site-notice", reasonInStory("+Results vary depending on starting point, goals and effort. Exercise and"
        + " proper diet are necessary to achieve and maintain weight loss and muscle definition."));
    assertEquals("site-notice", reasonInStory("CBS Sports is a registered trademark of CBS Broadcasting Inc."
        + " Commissioner.com is a registered trademark of CBS Interactive Inc."));
    assertEquals("site-notice", reasonInStory("The Jerusalem Post Customer Service Center can be contacted with any"
        + " questions or requests: Telephone: *2421 * Extension 4 Jerusalem Post or 03-7619056 Fax: 03-5613699"));
    String rights = "Most stock quote data provided by BATS. Market indices are shown in real time, except for the DJIA,"
        + " which is delayed by two minutes. All times are ET. Disclaimer. Morningstar: Copyright 2018 Morningstar, Inc."
        + " All Rights Reserved. Factset: FactSet Research Systems Inc.2018. All rights reserved. Chicago Mercantile"
        + " Association: Certain market data is the property of Chicago Mercantile Exchange Inc. and its licensors. All"
        + " rights reserved. Dow Jones: The Dow Jones branded indices are proprietary to and are calculated, distributed"
        + " and marketed by DJI Opco, a subsidiary of S&P Dow Jones Indices LLC and have been licensed for use to S&P"
        + " Opco, LLC and CNN. Standard & Poor's and S&P are registered trademarks of Standard & Poor's Financial"
        + " Services LLC and Dow Jones is a registered trademark of Dow Jones Trademark Holdings LLC.";
    assertEquals("site-notice", reasonInStory(rights));
    // A story may report results that vary; only a line that opens with the stock phrase is a disclaimer.
    assertNull(reasonInStory("Turnout results vary widely between the districts, and officials said the final count"
        + " would not be known before Friday."));
  }

  @Test
  void outletVoiceLeavesQuotedSpeechAlone() {
    String quote = "\"We will not change our policy towards Russia, which we see as a brotherly and friendly country.\"";
    assertNull(reasonInStory(quote));
    // A "we" quoted inside the story's own sentence is the speaker's, between ad slots or not.
    String paragraph = "After previously lying that neither he nor his staff had contact with the whistleblower (“We"
        + " have not spoken directly with the whistleblower”) — he now ups the ante.";
    String text = String.join("\n", P1, P2, "Advertisement", paragraph, "Advertisement", P3);
    assertNull(reasonOf(text, paragraph));
  }

  @Test
  void fragmentsInsideBoilerplateTakeItsReason() {
    String text = P1 + "\n\n" + P2 + "\n\nYour support, no matter how small, makes a world of difference. Please"
        + " support us monthly.\n\nOnce\nMonthly\nAnnual\nContinue\npaiment methods\nNot ready to support today?";
    assertEquals("donation-appeal", reasonOf(text, "Continue"));
  }

  @Test
  void relatedHeadlineButNotASectionHeading() {
    assertEquals("related-headline", reasonInStory("Shocking Spy Accusations: Croatia Denies Slovenia’s Allegations"));
    assertNull(reasonInStory("Covert Operations and Rising Threats"));
  }

  @Test
  void readerComments() {
    String text = P1 + "\n\n" + P2 + "\n\n" + P3 + "\n34 responses to “Anthony Lynn: “We needed to win this game””\n"
        + "thelastchargersfan says:\nIt’s a good thing we have no fans left because this is a dumpster fire.";
    assertEquals("reader-comments", reasonOf(text, "thelastchargersfan says:"));
    assertEquals("reader-comments", reasonOf(text, "It’s a good thing we have no fans left because this is a"
        + " dumpster fire."));
    // A "Comments" button above the story's last paragraph does not open a thread.
    String last = "When Democratic inquisitors are reduced to lecturing the nation that “hearsay can be much better"
        + " evidence than direct” testimony, then it’s time to pack up the circus and leave town.";
    String button = String.join("\n", P1, P2, P3, "Comments", last, "Comments", "Something to Consider");
    assertNull(reasonOf(button, last));
  }

  @Test
  void companyProfileClosingAPressRelease() {
    String profile = "Ascom is a global solutions provider focused on healthcare ICT and mobile workflow solutions."
        + " The vision of Ascom is to close digital information gaps allowing for the best possible decisions.";
    String seat = "Ascom is headquartered in Baar (Switzerland), has subsidiaries in 15 countries and employs around"
        + " 1,300 people worldwide. Ascom registered shares (ASCN) are listed on the SIX Swiss Exchange in Zurich.";
    String text = String.join("\n", P1, P2, P3, profile, seat, "Stay up to date with Ascom. Subscribe to our newsletter.");
    assertEquals("company-profile", reasonOf(text, profile));
    assertEquals("company-profile", reasonOf(text, seat));
    // Where a company sits, said in the story with more story after it, stays.
    String story = String.join("\n", P1, "WeWork is headquartered in New York City. A company spokesperson said in an"
        + " email that the inquiry had been received.", P2, P3);
    assertNull(reasonOf(story, "WeWork is headquartered in New York City. A company spokesperson said in an email"
        + " that the inquiry had been received."));
  }

  @Test
  void repeatedLine() {
    String title = "10 things in tech you need to know today";
    String text = title + "\n" + P1 + "\n" + P2 + "\n" + P3 + "\n" + title + "\n" + P3.substring(0, 60);
    CleanedText c = new RuleCleaner().clean(new Article("t", null, null, text, null, "test"));
    int second = text.lastIndexOf(title);
    assertEquals(List.of("repeated-line"),
        c.removed().stream().filter(s -> s.start() == second).map(BoilerplateSpan::reason).toList());
  }

  @Test
  void lowContentOutsideTheMainText() {
    String text = "JPost Digital Library\nLog Out\nArab Israeli Conflict Israel News Opinion Middle East Diaspora\n"
        + P1 + "\n" + P2 + "\n" + P3 + "\nAbout Us\nStaff E-mails\nTerms Of Service\nRSS feed\nJPost Jobs";
    RuleCleaner rulesOnly = new RuleCleaner(TemplateLines.none(), LineModel.none());
    assertEquals("low-content", reasonOf(rulesOnly, text, "Arab Israeli Conflict Israel News Opinion Middle East Diaspora"));
    assertEquals("low-content", reasonOf(rulesOnly, text, "Staff E-mails"));
    assertNull(reasonOf(rulesOnly, text, P2));
  }

  @Test
  void aListOfSentenceFragmentsInsideTheStoryStaysInTheMainText() {
    String item = "Search engines find it at the moment in time that it goes live";
    String text = "Log Out\nArab Israeli Conflict Israel News Opinion Middle East Diaspora\n" + P1 + "\n" + P2
        + "\nThink about it:\nYou build your website in its own little corner of the internet\n" + item
        + "\nPeople begin to discover and use it\nYour relationship with the people you attract grows person-by-person"
        + " and day-by-day\nYour email list will begin to grow\nYour revenues and impact will grow year-by-year\n" + P3
        + "\nAbout Us\nStaff E-mails\nTerms Of Service\nRSS feed";
    RuleCleaner rulesOnly = new RuleCleaner(TemplateLines.none(), LineModel.none());
    assertNull(reasonOf(rulesOnly, text, "Think about it:"));
    assertNull(reasonOf(rulesOnly, text, item));
    assertNull(reasonOf(rulesOnly, text, "Your revenues and impact will grow year-by-year"));
    assertEquals("low-content", reasonOf(rulesOnly, text, "Staff E-mails"));
  }

  @Test
  void classifierTakesTheMenuAroundAStoryAndKeepsTheStory() {
    String text = "JPost Digital Library\nLog Out\nArab Israeli Conflict Israel News Opinion Middle East Diaspora\n"
        + P1 + "\n" + P2 + "\n" + P3 + "\nAbout Us\nStaff E-mails\nTerms Of Service\nRSS feed\nJPost Jobs";
    assertEquals("classifier", reasonOf(text, "RSS feed"));
    assertEquals("classifier", reasonOf(text, "JPost Jobs"));
    // The model or, where it is not sure enough, the main-text rule after it takes the rest of the menu.
    for (String menu : List.of("Log Out", "Arab Israeli Conflict Israel News Opinion Middle East Diaspora",
        "Staff E-mails", "Terms Of Service")) {
      assertNotNull(reasonOf(text, menu), menu);
    }
    assertNull(reasonOf(text, P1));
    assertNull(reasonOf(text, P2));
    assertNull(reasonOf(text, P3));
  }

  @Test
  void genericResidueOfBenchmarkPages() {
    assertEquals("newsletter-signup", reasonInStory("No spam, we promise. You can unsubscribe at any time and we'll"
        + " never share your details without your permission."));
    assertEquals("navigation", reasonInStory("Related: The 15 Weirdest Galaxies in Our Universe"));
    assertEquals("navigation", reasonInStory("Explore further"));
    assertEquals("site-notice", reasonInStory("This document is subject to copyright. Apart from any fair dealing for"
        + " the purpose of private study or research, no part may be reproduced without the written permission."));
    assertEquals("site-notice", reasonInStory("If you buy something through this post, IGN may get a share of the sale."));
    assertEquals("publication-meta", reasonInStory("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019"));
    assertEquals("social-embed-residue", reasonInStory("This slideshow requires JavaScript."));
  }

  @Test
  void numberedTeasersAreARankedListOfHeadlinesButNotATable() {
    String ranked = P1 + "\n" + P2 + "\n" + P3 + "\nMost Popular\n1\nThousands of Disney Plus accounts were hacked and"
        + " sold online for as little as $3\n2\nMan charged with manslaughter in friend's shooting death\n3\nMan"
        + " bludgeoned to death Monday identified\n4\nDrag queen denied entrance at Austin Whataburger following city's"
        + " drag festival";
    RuleCleaner inside = RuleCleaner.insideArticle(TemplateLines.none());
    assertEquals("related-headline", reasonOf(inside, ranked, "Man charged with manslaughter in friend's shooting death"));
    assertEquals("related-headline", reasonOf(inside, ranked, "4"));
    assertNull(reasonOf(inside, ranked, P3));
    String table = P1 + "\nPos.\nPiloto\nPontos\n1\nKyle Busch\n5040\n5\n2\nMartin Truex Jr.\n5035\n7\n3\nKevin Harvick\n5033\n4\n"
        + P2;
    assertNull(reasonOf(inside, table, "Martin Truex Jr."));
  }

  @Test
  void imageCaptionMarkedAsOneOrEndingInTheCredit() {
    assertEquals("image-caption", reasonInStory("Vicente Aguiar loads garage door trims into his pickup truck outside a"
        + " Home Depot in Hialeah, Fla. (AP Photo/Alan Diaz, File)"));
    assertEquals("image-caption", reasonInStory("Image caption Taylor Swift's seventh album, Lover, is the only one she"
        + " owns the rights to"));
    assertEquals("image-caption", reasonInStory("A reference habitation module for a crewed Mars mission compared to its"
        + " hibernation-based equivalent. Credit: ESA"));
    assertEquals("image-caption", reasonInStory("The latest case of bubonic plague was reported after a hunter killed and"
        + " ate a rabbitCredit: Getty - Contributor"));
    assertEquals("image-caption", reasonInStory("In this Dec. 12, 2006, file photo, made available by NASA, astronaut"
        + " Robert L. Curbeam Jr., left, and European Space Agency astronaut Christer Fuglesang, participate in the"
        + " mission's third session of extra-vehicular activity."));
    // An acronym in brackets at the end of a sentence is not an agency's credit.
    assertNull(reasonInStory("Das Thema mit dem höchsten Potenzial aber auch mit den meisten Hindernissen wird seit"
        + " Jahren intensiv diskutiert: Die elektronische Patientenakte (ePA)"));
  }

  @Test
  void aCaptionDoesNotFrameAStoryParagraphAsTheOutletsVoice() {
    String caption = "The violent simulated birth of a galaxy cluster where dark matter structures (in white) merge"
        + " together while supermassive blackholes and supernovae expel cosmic gas away. (Image credit: TNG Collaboration)";
    String story = "That emergent phenomenon might be essential to understanding why our universe appears as it is"
        + " today 13.8 billion years after the Big Bang.";
    String text = String.join("\n", P1, P2, caption, story, "Related: The 15 Weirdest Galaxies in Our Universe", P3);
    assertEquals("image-caption", reasonOf(text, caption));
    assertNull(reasonOf(text, story));
  }

  @Test
  void pageTitleIsTheHeadlineWithTheSiteNameWhenTheHeadlineFollows() {
    String bar = "The Weird Plumes of Jupiter's Moon Europa Are Spewing Water Vapor | Space";
    String headline = "The Weird Plumes of Jupiter's Moon Europa Are Spewing Water Vapor";
    String text = String.join("\n", bar, "Home", "News", headline, P1, P2, P3);
    assertEquals("page-title", reasonOf(text, bar));
    int at = text.indexOf("\n" + headline + "\n") + 1;
    assertTrue(new RuleCleaner().clean(new Article("t", null, null, text, null, "test")).removed().stream()
        .noneMatch(span -> span.start() == at));
    // Without the headline repeated below, the title bar may be the only headline: it stays.
    String alone = "Son of former German president stabbed to death in Berlin - Breaking News - The Jerusalem post";
    assertNull(reasonOf(String.join("\n", alone, P1, P2, P3), alone));
  }

  @Test
  void signupTermsAndContactLinesInTheirUsualWording() {
    assertEquals("newsletter-signup", reasonInStory("Stay up to date with Ascom. Subscribe to our newsletter."));
    assertEquals("newsletter-signup", reasonInStory("Get the latest updates right in your inbox. Subscribe to NJ.com’s newsletters."));
    assertEquals("newsletter-signup", reasonInStory("Please check the opt-in box to acknowledge that you would like to subscribe."));
    assertEquals("newsletter-signup", reasonInStory("I agree that CBS Sports can send me the \"Pick Six Newsletter\" newsletter."));
    assertEquals("newsletter-signup", reasonInStory("You have succesfully subscribed. Thank you!"));
    assertEquals("subscription-prompt", reasonInStory("Get Motor Cycle Monthly delivered through your letterbox every month."
        + " 12 issues for £11.99. Click here for more information."));
    assertEquals("site-notice", reasonInStory("The material on this site may not be reproduced, distributed, transmitted,"
        + " cached or otherwise used, except with the prior written permission of Advance Local."));
    assertEquals("site-notice", reasonInStory("Registration on or use of this site constitutes acceptance of our User"
        + " Agreement and Privacy Policy"));
    assertEquals("site-notice", reasonInStory("Microsoft may earn an Affiliate Commission if you purchase something through"
        + " recommended links in this article."));
    assertEquals("byline-author-bio", reasonInStory("Have a tip? Amy Kuperinsky may be reached at"
        + " akuperinsky@njadvancemedia.com. Follow her on Twitter @AmyKup or on Facebook."));
    // A newsletter's own story tells readers where to subscribe: that is its text, not a sign-up box.
    assertNull(reasonInStory("You can also subscribe to this newsletter here — just tick \"10 Things in Tech You Need"
        + " to Know.\"..."));
  }

  @Test
  void timestampedTeaserCardsButNotALiveBlog() {
    String cards = String.join("\n", P1, P2, P3, "Why farmers may want to paint their cows with zebra stripes",
        "Some people thought the stripy cattle in a Japanese pasture were a practical joke, but the science behind"
            + " the camouflaged bovines could save farmers money.", "32M ago",
        "Woman risks her life to save a koala", "At least six people have died and hundreds of homes have been"
            + " destroyed by bushfires.", "14H ago",
        "Cities urge boycott of meat companies linked to Amazon fires", "17H ago",
        "Transcript: North Korea expert Sue Mi Terry on \"Intelligence Matters\"", "1 day ago");
    assertEquals("related-headline", reasonOf(cards, "Why farmers may want to paint their cows with zebra stripes"));
    assertEquals("related-headline", reasonOf(cards, "At least six people have died and hundreds of homes have been"
        + " destroyed by bushfires."));
    assertEquals("related-headline", reasonOf(cards, "17H ago"));
    assertNull(reasonOf(cards, P3));
    // Two stamps are not yet a list.
    String two = String.join("\n", P1, P2, "Historic win at Davis Cup has Canada set up well for quarterfinals",
        "13 hours ago", "Canada beats U.S. to advance to quarterfinals at Davis Cup Finals", "15 hours ago", P3);
    assertNull(reasonOf(new RuleCleaner(TemplateLines.none(), LineModel.none()), two, "13 hours ago"));
  }

  @Test
  void headlinesUnderARelatedLabel() {
    String text = String.join("\n", P1, P2, "Related", "The Doobie Brothers: Lighting Up With the Stars of 'This Is the End'",
        "Michael McDonald Talks Doobie Brothers' New Album, Donna Summer and Retirement", P3);
    RuleCleaner rulesOnly = new RuleCleaner(TemplateLines.none(), LineModel.none());
    assertEquals("navigation", reasonOf(rulesOnly, text, "Related"));
    assertEquals("related-headline", reasonOf(rulesOnly, text, "The Doobie Brothers: Lighting Up With the Stars of 'This Is the End'"));
    assertEquals("related-headline", reasonOf(rulesOnly, text, "Michael McDonald Talks Doobie Brothers' New Album, Donna Summer and Retirement"));
    assertNull(reasonOf(rulesOnly, text, P3));
    // "Read more" often leads into the rest of the story: what follows it stays.
    String more = String.join("\n", P1, P2, "Read More", "Sales at the chain fell for the first time in a decade", P3);
    assertNull(reasonOf(rulesOnly, more, "Sales at the chain fell for the first time in a decade"));
  }

  @Test
  void storyListOfFiguresAfterALeadInStays() {
    String text = String.join("\n", "Home", "Music", "Charts", P1, P2, P3,
        "The Doobie Brothers 50th Anniversary Tour 2020 dates:", "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL",
        "June 10 -- MIDFLORIDA Credit Union Amphitheatre, Tampa, FL", "June 20 -- Coastal Credit Union Music Park at"
            + " Walnut Creek, Raleigh, NC", "Aug. 14 -- Hollywood Casino Amphitheatre – St. Louis, St. Louis, MO",
        "Oct. 10 -- The Cynthia Woods Mitchell Pavilion, Houston, TX", "FACEBOOK", "Customer Service", "Privacy Policy");
    for (RuleCleaner cleaner : List.of(new RuleCleaner(), new RuleCleaner(TemplateLines.none(), LineModel.none()))) {
      assertNull(reasonOf(cleaner, text, "June 20 -- Coastal Credit Union Music Park at Walnut Creek, Raleigh, NC"));
      assertNull(reasonOf(cleaner, text, "Oct. 10 -- The Cynthia Woods Mitchell Pavilion, Houston, TX"));
      assertNull(reasonOf(cleaner, text, "The Doobie Brothers 50th Anniversary Tour 2020 dates:"));
      assertNotNull(reasonOf(cleaner, text, "Customer Service"));
    }
  }

  @Test
  void captionOnTheLineAboveItsCreditOrEndingInASource() {
    String caption = "Duck fluff and feathers in the middle of a drying process after being cleaned, in order to be"
        + " used in duvets and jackets.";
    String text = String.join("\n", P1, caption, "Photo: Getty Images", P2, P3);
    assertEquals("image-caption", reasonOf(text, caption));
    assertEquals("photo-credit", reasonOf(text, "Photo: Getty Images"));
    String lung = "In a micrograph of lung tissue sampled 25 days after an influenza infection, newly emerging tuft"
        + " cells are stained yellow/green.";
    assertEquals("image-caption", reasonOf(String.join("\n", P1, lung, "Courtesy of Andrew Vaughan", P2, P3), lung));
    assertEquals("image-caption", reasonInStory("Roughly 13,000 US troops remain in Afghanistan, 18 years after"
        + " Washington invaded the country 2001 [File: Reuters]"));
    assertEquals("image-caption", reasonInStory("House Intelligence Committee chairman Rep. Adam Schiff speaks during a"
        + " media briefing after a House vote approving rules for an impeachment inquiry into President Trump, October"
        + " 31, 2019. (Joshua Roberts/Reuters)"));
    // A credit that opens the picture below it leaves the paragraph above it alone.
    String above = "He has consistently denied being unfair to her.";
    assertNull(reasonOf(String.join("\n", P1, P2, above, "Image copyright Getty Images", P3), above));
  }

  @Test
  void shortSentencesClosingTheStoryStay() {
    String text = String.join("\n", "Home", "Tennis", P1, P2, P3, "\"I almost died there,\" Bublik said, jokingly.",
        "Colombia had lost to Belgium on Monday.", "More from Sportsnet", "Ryan McKenna", "Canadian Press");
    RuleCleaner rulesOnly = new RuleCleaner(TemplateLines.none(), LineModel.none());
    for (RuleCleaner cleaner : List.of(new RuleCleaner(), rulesOnly)) {
      assertNull(reasonOf(cleaner, text, "\"I almost died there,\" Bublik said, jokingly."));
      assertNull(reasonOf(cleaner, text, "Colombia had lost to Belgium on Monday."));
      assertNotNull(reasonOf(cleaner, text, "Ryan McKenna"));
    }
    // A subheading in capitals before the last sentences is stepped over.
    String shouted = String.join("\n", P1, P2, P3, "AUSTRALIA AHEAD", "Colombia had lost to Belgium on Monday.",
        "More from Sportsnet", "Canadian Press");
    assertNull(reasonOf(rulesOnly, shouted, "AUSTRALIA AHEAD"));
    assertNull(reasonOf(rulesOnly, shouted, "Colombia had lost to Belgium on Monday."));
    // The walk stops at the first line that is no sentence: what follows a byline below the story goes.
    String after = String.join("\n", P1, P2, P3, "Ryan McKenna", "\"I almost died there,\" Bublik said, jokingly.",
        "Canadian Press");
    assertNotNull(reasonOf(rulesOnly, after, "\"I almost died there,\" Bublik said, jokingly."));
  }

  @Test
  void datelineAboveTheStoryStays() {
    RuleCleaner rulesOnly = new RuleCleaner(TemplateLines.none(), LineModel.none());
    for (String dateline : List.of("BAAR, SWITZERLAND", "WASHINGTON (AP) --", "MIAMI _")) {
      String text = String.join("\n", "Home", "News", dateline, P1, P2, P3, "About Us");
      assertNull(reasonOf(rulesOnly, text, dateline), dateline);
    }
    // A section label in capitals above the story is no dateline.
    assertNotNull(reasonOf(rulesOnly, String.join("\n", "Home", "BREAKING NEWS", P1, P2, P3), "BREAKING NEWS"));
  }

  @Test
  void proseFarBelowTheStoryIsNotAnotherPartOfIt() {
    List<String> page = new java.util.ArrayList<>(List.of(P1, P2, P3));
    for (String menu : List.of("World", "US", "Africa", "Asia & Pacific", "Middle East", "Latin America", "Russia",
        "Europe", "Business", "Military & Intelligence", "Society", "Environment", "Viral", "Life", "Tech", "Sport",
        "Analysis & Opinion", "Opinion", "Columnists", "Interviews", "Multimedia", "Photo", "Infographics")) {
      page.add(menu);
    }
    String rules = "Users are obliged abide by national and international laws. Users are obliged to speak respectfully"
        + " to the other participants in the discussion, readers and individuals referenced in the posts.";
    page.addAll(List.of("Community standards", "The fact of registration and authorization of users on Sputnik websites"
        + " via users’ account or accounts on social networks indicates acceptance of these rules.", rules,
        "The websites’ administration has the right to delete comments made in languages other than the language of"
            + " the majority of the websites’ content."));
    String text = String.join("\n", page);
    assertEquals("low-content", reasonOf(new RuleCleaner(TemplateLines.none(), LineModel.none()), text, rules));
  }

  @Test
  void teaserCardBetweenTheStorysParagraphs() {
    String headline = "Tribune Publishing renames itself Tronc as its dispute with Gannett continues";
    String summary = "The owner of the Los Angeles Times has a new name and a newly elected board, but it’s still"
        + " dealing with some old business: dissatisfaction from some shareholders with its decision to spurn a buyout"
        + " offer from rival Gannett Co.";
    String next = "That said, the two companies might have made a good fit, as Tribune’s large-market publications"
        + " would have balanced McClatchy’s stable of smaller metro newspapers.";
    String text = String.join("\n", P1, P2, "Business", headline, "Business", headline, summary, next, P3);
    RuleCleaner rulesOnly = new RuleCleaner(TemplateLines.none(), LineModel.none());
    assertEquals("related-headline", reasonOf(rulesOnly, text, headline));
    assertEquals("related-headline", reasonOf(rulesOnly, text, summary));
    assertNull(reasonOf(rulesOnly, text, next));
    // The page's own headline, doubled above the story, is no card.
    String own = "Browns player on Mason Rudolph's role in fight with Myles Garrett: He asked for it";
    assertNull(reasonOf(rulesOnly, String.join("\n", own, own, P1, P2, P3), own));
  }

  @Test
  void hoverCardGluedToALinkedNameGoesAndTheSentenceStays() {
    String line = "South Dakota Gov. Kristi NoemKristi Lynn NoemSouth Dakota governor doubles down on 'meth, we're on"
        + " it' anti-drug campaign South Dakota drops pipeline protest laws after lawsuit New South Dakota law requiring"
        + " 'In God We Trust' sign to hang in public schools goes into effect MORE (R) is defending the state’s launch"
        + " of an anti-drug campaign with the slogan “Meth, we’re on it.”";
    String text = String.join("\n", P1, line, P2, P3);
    CleanedText c = new RuleCleaner().clean(new Article("t", null, null, text, null, "test"));
    assertTrue(c.kept().contains("South Dakota Gov. Kristi Noem"));
    assertTrue(c.kept().contains("(R) is defending the state’s launch of an anti-drug campaign"));
    assertTrue(!c.kept().contains("pipeline protest laws"), c.kept());
    int card = text.indexOf("Kristi Lynn Noem");
    assertEquals(List.of("related-headline"), c.removed().stream().filter(s -> s.start() == card)
        .map(BoilerplateSpan::reason).toList());
    // A name written twice with a space, or glued without a card's "MORE", is the sentence's own text.
    String plain = "Rep. Ilhan Omar said Omar Ilhan was not her name. More news to come.";
    assertNull(reasonInStory(plain));
  }

  @Test
  void storyListUnderAHeadingOfItsOwnStays() {
    String text = String.join("\n", "Home", "Music", "Charts", P1, P2, P3, "The Doobie Brothers Tour Dates",
        "June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre", "June 10 – Tampa, FL @ MIDFLORIDA Credit Union Amphitheatre",
        "June 17 – Nashville, TN @ Bridgestone Arena", "July 2 – Uncasville, CT @ Mohegan Sun Arena",
        "October 10 – Houston, TX @ The Cynthia Woods Mitchell Pavilion", "FACEBOOK", "Customer Service", "Privacy Policy");
    for (RuleCleaner cleaner : List.of(new RuleCleaner(), new RuleCleaner(TemplateLines.none(), LineModel.none()))) {
      assertNull(reasonOf(cleaner, text, "The Doobie Brothers Tour Dates"));
      assertNull(reasonOf(cleaner, text, "June 17 – Nashville, TN @ Bridgestone Arena"));
      assertNull(reasonOf(cleaner, text, "October 10 – Houston, TX @ The Cynthia Woods Mitchell Pavilion"));
      assertNotNull(reasonOf(cleaner, text, "Customer Service"));
    }
  }

  @Test
  void embeddedPostRightAfterTheStoryStays() {
    String post = "The 9to5Mac BundleHunt delivers over 40 top apps from just $1 each https://t.co/y5Wn5UBP8S by"
        + " @trevorjd14 pic.twitter.com/cLT72XQfD3";
    String by = "— 9to5Mac.com (@9to5mac) November 4, 2019";
    String text = String.join("\n", "Home", P1, P2, P3, post, by,
        "Subscribe to the 9to5Toys YouTube Channel for all of the latest videos, reviews, and more!",
        "Audio-Technica ATH-G1WL Review: My new go-to wireless gaming headset [Video]");
    RuleCleaner rulesOnly = new RuleCleaner(TemplateLines.none(), LineModel.none());
    assertNull(reasonOf(rulesOnly, text, post));
    assertNull(reasonOf(rulesOnly, text, by));
    assertEquals("subscription-prompt", reasonOf(rulesOnly, text,
        "Subscribe to the 9to5Toys YouTube Channel for all of the latest videos, reviews, and more!"));
  }

  @Test
  void theOutletsCallsToSubscribeOrJoinAndTheAuthorsPromo() {
    assertEquals("subscription-prompt", reasonInStory("The best in culture from a cultural icon. Subscribe now for more"
        + " from the authority on music, entertainment, politics and pop culture."));
    assertEquals("subscription-prompt", reasonInStory("Need more space? Subscribe to our sister title \"All About Space\""
        + " Magazine for the latest amazing news from the final frontier!"));
    assertEquals("subscription-prompt", reasonInStory("Join our Space Forums to keep talking space on the latest"
        + " missions, night sky and more! And if you have a news tip, correction or comment, let us know at:"
        + " community@space.com."));
    assertEquals("byline-author-bio", reasonInStory("Mike Wall's book about the search for alien life, \"Out There\""
        + " (Grand Central Publishing, 2018; illustrated by Karl Tate), is out now. Follow him on Twitter @michaeldwall."));
    assertEquals("byline-author-bio", reasonInStory("Eric Song is IGN's deal curator and spends 25% of his pay on stuff"
        + " he posts."));
  }

  @Test
  void anEmbeddedTweetIsTheStorysQuoteNotResidue() {
    String tweet = "Who are we as a nation if we respond to threats of political retribution with retribution"
        + " ourselves? pic.twitter.com/s96jjh8AlD";
    String text = String.join("\n", P1, P2, tweet, "— Rep. Ilhan Omar (@Ilhan) November 19, 2019", P3);
    assertNull(reasonOf(text, tweet));
    assertNull(reasonOf(text, "— Rep. Ilhan Omar (@Ilhan) November 19, 2019"));
  }

  @Test
  void figureListOfMixedLinesAfterTheStoryStaysButNotAHeadlineList() {
    String plan = String.join("\n", "Meal Prep Menu for Eating Plan A", "Pre-Workout Meal",
        "Eat 60–90 minutes before your workout", "Asparagus and Eggs [1 cup asparagus, 2 soft-boiled or poached eggs,"
            + " ½ cup sweet potato (or 1 slice whole-grain toast), 1 tsp. olive oil for cooking]",
        "Portion Fix Containers: 1 Green, 1 Red, 1 Yellow, 1 tsp.", "Pre-Workout Supplement",
        "Drink 20–30 minutes before your workout", "Beachbody Performance Energize", "Workout Supplement",
        "Drink during your workout", "Post-Workout Meal", "Eat 1–2 hours after your workout",
        "1 scoop Shakeology, 1 cup strawberries, 8 oz. unsweetened almond milk (or 1 tsp. nut butter and 8 oz. water)",
        "Portion Fix Containers: 1 Purple, 1 Red, 1 tsp.", "Meal 1", "Eat every 2–3 hours",
        "Meal Prep Menu for Eating Plan B", "Pre-Workout Meal", "Eat 60–90 minutes before your workout", "Meal 1",
        "Eat every 2–3 hours");
    String text = String.join("\n", "Home", "Workouts", "Nutrition", P1, P2, P3, plan, "Related Articles",
        "Why Breakfast Really Does Matter – But Only if You’re Doing It Right", "Facebook", "Pinterest");
    for (RuleCleaner cleaner : List.of(new RuleCleaner(), new RuleCleaner(TemplateLines.none(), LineModel.none()))) {
      assertNull(reasonOf(cleaner, text, "Portion Fix Containers: 1 Purple, 1 Red, 1 tsp."));
      assertNull(reasonOf(cleaner, text, "Beachbody Performance Energize"));
      // The plan's second day repeats the first's headings: they are the plan's, not repeats to cut.
      assertNull(reasonOf(cleaner, text, "Meal Prep Menu for Eating Plan B"));
      assertNotNull(reasonOf(cleaner, text, "Related Articles"));
    }
    // Other stories' headlines after the story: not lower-case descriptive text, and hardly a figure in them.
    String teasers = String.join("\n", P1, P2, P3, "On Our Radar", "Gronk's SI girlfriend tells all",
        "'Bach' SHOCKING sex confession", "Arnold's love child recreates iconic pic", "Elizabeth Hurley doesn't age",
        "Serious allegation against Markle", "'Dukes' star: I 'didn't see it coming'", "How Elvis bombed at Opry",
        "Taste of Country", "Trending in Entertainment",
        "'Bachelor' alum Amanda Stanton says parenting makes self-care hard",
        "Hollywood exec suggested Julia Roberts should play Harriet Tubman",
        "Kelly Clarkson laughs off 'Baby, It's Cold Outside' backlash: 'We didn't kill Christmas'",
        "Tom Hanks discovers he's related to Fred Rogers: report", "ADVERTISEMENT");
    assertNotNull(reasonOf(new RuleCleaner(TemplateLines.none(), LineModel.none()), teasers, "How Elvis bombed at Opry"));
  }

  @Test
  void numberTableOneCellALineStaysButNotAPager() {
    String table = String.join("\n", "Ticker", "Security", "Last", "Change", "Change %", "HD", "THE HOME DEPOT INC.",
        "225.86", "-12.99", "-5.44%", "LOW", "LOWE'S COMPANIES INC.", "113.40", "-1.62", "-1.41%");
    String text = String.join("\n", "Home", "Markets", P1, P2, "Continue Reading Below", table, P3, "About Us", "Careers");
    for (RuleCleaner cleaner : List.of(new RuleCleaner(), new RuleCleaner(TemplateLines.none(), LineModel.none()))) {
      assertNull(reasonOf(cleaner, text, "LOWE'S COMPANIES INC."));
      assertNull(reasonOf(cleaner, text, "-1.41%"));
      assertNull(reasonOf(cleaner, text, "Change %"));
    }
    String pager = String.join("\n", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "Next");
    String paged = String.join("\n", P1, P2, P3, "Comments", pager, "About Us", "Careers");
    assertNotNull(reasonOf(new RuleCleaner(TemplateLines.none(), LineModel.none()), paged, "Next"));
  }

  @Test
  void authorBoxUnderAnAboutHeadingInThePagesLanguage() {
    String bio = "Als Inbound Sales Manager bildet Moritz Bachmann die Schnittstelle zwischen dem internen"
        + " Online-Marketing und dem Bereich Sales bei comwrap.";
    String text = String.join("\n", P1, P2, P3, "Über Moritz Bachmann", bio);
    assertEquals("byline-author-bio", reasonOf(text, "Über Moritz Bachmann"));
    assertEquals("byline-author-bio", reasonOf(text, bio));
    // The paragraph under the heading must name the person.
    String other = String.join("\n", P1, "Sobre Carlos Nadalim", P2, P3);
    assertNull(reasonOf(new RuleCleaner(TemplateLines.none(), LineModel.none()), other, P2));
  }

  @Test
  void relatedLabelAndHeadlineOnOneLineAndACopyLinkButton() {
    assertEquals("related-headline", reasonInStory("Related: From Big Bang to Present: Snapshots of Our Universe Through Time"));
    assertEquals("social-embed-residue", reasonInStory("Copy Link URLCopied!"));
    // A sentence after the label is not a headline.
    assertNull(reasonInStory("Related: the agency said the two programs would share a budget line next year, and that"
        + " the launch would slip."));
  }

  @Test
  void lineModelIsTheSoftmaxOfItsSummedWeights() {
    LineModel m = LineModel.parse("# weights\nshort\t1.0\t-1.0\nprose\t-0.5\t0.5\n");
    assertEquals(1 / (1 + Math.exp(-2.0)), m.boilerplateProbability(List.of("short", "unseen")), 1e-12);
    assertEquals(0.5, m.boilerplateProbability(List.of("short", "prose", "prose")), 1e-12);
    assertEquals(0.5, LineModel.none().boilerplateProbability(List.of("short")), 1e-12);
  }
}
