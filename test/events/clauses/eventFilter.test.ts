import { describe, expect, it } from 'vitest';
import { isComparison, isFuture, notAnEvent } from '../../../src/events/clauses/eventFilter.ts';

describe('notAnEvent: publication notes and live-page stamps', () => {
  it('takes them for page furniture', () => {
    expect(
      notAnEvent('This article was published on guardian.co.uk at 12.01 BST on Friday 1 May 2009.'),
    ).toBe('page furniture');
    expect(notAnEvent('UK confirms three more cases Tuesday 12 May 16.36 BST')).toBe('page furniture');
    expect(notAnEvent('The article was published in the Lancet on Friday.')).toBeUndefined();
  });
  it("takes a news-link widget's headlines, each with its age, for page furniture", () => {
    expect(
      notAnEvent(
        'Haitian girl saved after 15 days - 4 hrs ago MSNBC Girl pulled out alive 15 days after Haiti quake - 8 hrs ago The Scotsman',
      ),
    ).toBe('page furniture');
    expect(notAnEvent('Obama forms spill commission as oil mess spreads - 44 mins ago Mail Online')).toBe(
      'page furniture',
    );
    expect(notAnEvent('The quake struck two days ago, killing thousands.')).toBeUndefined();
    expect(
      notAnEvent(
        'Italian officials discovered a body while operations are under way to remove a half-million gallons of fuel fro...',
      ),
    ).toBe('page furniture');
    expect(notAnEvent('The ministry announced that the ceasefire will not take place...')).toBeUndefined();
    expect(
      notAnEvent(
        'Maybe the generals... Posted by: charlesalaska | June 14, 2010 8:03 PM | Report abuse Barry has already sent soldiers.',
      ),
    ).toBe('page furniture');
  });
});

describe('notAnEvent', () => {
  it('rejects quotations, also with glued straight quotes', () => {
    expect(
      notAnEvent('"People are fed up with journalists,"says the Free Syrian Army\'s Lt Col al-Zein.'),
    ).toBe('a quotation');
    expect(notAnEvent('It was over,” said Hayward.')).toBe('a quotation');
    // (Its opening mark gone with the sentence before, a pronoun's attribution closes it.)
    expect(
      notAnEvent('It was very fun going to the prime minister\'s house and meeting Sarah Brown,"he said.'),
    ).toBe('a quotation');
    expect(notAnEvent('Troops killed 20 people in Homs, he said.')).toBeUndefined();
    expect(
      notAnEvent(
        'May 28 - Obama tours the Louisiana Gulf coast -"I am the president and the buck stops with me,"he said.',
      ),
    ).toBeUndefined();
    expect(
      notAnEvent(
        'The decision was made by the secretary,"Kendra Barkoff, a spokeswoman, said in a statement.',
      ),
    ).toBe('a quotation');
    expect(
      notAnEvent("It was a major attack and, as the BBC's Jim Muir said at the time, it showed an uprising."),
    ).toBe('an attributed view');
  });

  it('rejects first-person commentary, questions, conditionals and generic statements', () => {
    expect(notAnEvent('I have not been able to find any record of this birth.')).toBe(
      'first-person commentary',
    );
    expect(notAnEvent('Will the well hold?')).toBe('a question');
    expect(notAnEvent('If the cap fails, oil will flow again.')).toBe('a conditional');
    expect(notAnEvent('There is way too much pressure to cap it with mud.')).toBe('a generic statement');
  });

  it('takes a sentence for a conditional only when the condition governs its main clause', () => {
    expect(notAnEvent('Oil will flow again if the cap fails.')).toBe('a conditional');
    expect(notAnEvent('So if the virus reaches the south, it might circulate for months.')).toBe(
      'a conditional',
    );
    expect(notAnEvent('Analysts fear the cost could become astronomical if oil continues to flow.')).toBe(
      'a conditional',
    );
    // The condition is in a later clause, in words reported, or the "if" asks.
    expect(
      notAnEvent(
        'On Monday, Spitzer called for Vacco to revive the unit, vowing that he would do so if elected.',
      ),
    ).toBeUndefined();
    expect(notAnEvent('Obama declared that if it was up to him, the boss would be fired.')).toBeUndefined();
    expect(
      notAnEvent('It was not known if the arrest announced today stemmed from the indictment.'),
    ).toBeUndefined();
  });

  it('rejects undated opinions and attributed views but keeps a dated sentence', () => {
    expect(notAnEvent('Observers believe the group is linked to ISIS.')).toBe('an opinion');
    expect(notAnEvent('Hopes for a settlement remain alive, says Jim Muir.')).toBe('an attributed view');
    expect(
      notAnEvent('Clashes went on during the past days, and observers believe they were planned.', 27),
    ).toBeUndefined();
    expect(
      notAnEvent('Most Americans believe BP is not doing enough, a poll released on Friday says.', 62),
    ).toBe('an opinion');
  });

  it('takes a verb of opinion only as a whole word, in the case listed', () => {
    expect(notAnEvent('Officials feared the dam had been breached.')).toBeUndefined();
    expect(notAnEvent('Officials fear the dam has been breached.')).toBe('an opinion');
    expect(notAnEvent('The talks ended with a hopeful statement.')).toBeUndefined();
    expect(notAnEvent('Villagers in Nijrab think the road was mined.')).toBe('an opinion');
    expect(notAnEvent('Rescuers worked, fears growing, through the night.')).toBe('an opinion');
    expect(notAnEvent('Troops entered Déthink province on Friday.')).toBeUndefined();
    expect(notAnEvent('Hope Street was closed by the police.')).toBeUndefined();
  });

  it('keeps narration of a happening, and "Phase I" is no first person', () => {
    expect(notAnEvent('Security forces left Nijrab district a week ago.')).toBeUndefined();
    expect(notAnEvent('Phase I of the clean-up was launched.')).toBeUndefined();
  });

  it('rejects background history', () => {
    expect(notAnEvent('The last time that BP suspended a dividend payment was during World War II.')).toBe(
      'background',
    );
  });
});

describe('isComparison and isFuture', () => {
  it('tells a compared figure from a date of the clause', () => {
    expect(isComparison('deaths rose to 50, up from 20 in ')).toBe(true);
    expect(isComparison('the worst flooding since ')).toBe(true);
    expect(isComparison('the government launched a campaign on ')).toBe(false);
  });

  it('recognises future clauses', () => {
    expect(isFuture('the talks will resume on Monday')).toBe(true);
    expect(isFuture('BP announced on Thursday')).toBe(false);
  });

  it('takes words addressed to the reader for no report', () => {
    expect(notAnEvent('You have seen friends and relatives killed.')).toBe('addressing the reader');
    expect(notAnEvent('Remember, there was a referendum which the west chose to ignore.')).toBe(
      'addressing the reader',
    );
    expect(notAnEvent('Troops shelled the town on Friday.')).toBeUndefined();
  });

  it("takes a paper's print note for page furniture", () => {
    expect(notAnEvent('A version appeared on p22 of the Main section of the Guardian on 16.47 BST')).toBe(
      'page furniture',
    );
  });

  it('takes media labels, calls to the reader and standfirsts for page furniture', () => {
    for (const text of [
      'Watch: Attorney General Eric Holder announced an investigation.',
      'Video: BP officials arrive at White House',
      'Join us at 8pm for a special programme on the trial.',
      'Follow live updates here as BP tries to cap the well.',
      'Here he explains the dimensions to the conflict and why a solution is proving elusive.',
      'In this video, our correspondent reports from Homs on the shelling.',
      'This BBC News clip is published as part of BBC News Online and was first broadcast on 10 March 2010.',
      'This program is also available to watch in-vision under the Red button.',
    ])
      expect(notAnEvent(text)).toBe('page furniture');
  });

  it('keeps happenings that open with the same words', () => {
    for (const text of [
      'Watchdog groups filed a complaint on Monday.',
      'Following the vote, troops withdrew from Homs.',
      'Here, rebels seized a checkpoint on Friday.',
      'This video was seized by police on Friday.',
    ])
      expect(notAnEvent(text)).not.toBe('page furniture');
  });
});

describe("notAnEvent: the page's own making", () => {
  it("takes the outlet's journalist at work, an interview given to a reporter and a programme's recording for page furniture", () => {
    for (const text of [
      "Hours beforehand, the BBC's Middle East editor Jeremy Bowen assessed the situation in the area.",
      'Our correspondent Lyse Doucet travelled to Homs on Monday.',
      'BBC Northern Ireland presenter William Crawley discusses the political and ethical issues of the day.',
      'He spoke to 1xtra entertainment reporter Nesta McGregor.',
      'The debate was recorded from the Arab World Institute in Paris on Friday 6 July 2012.',
      'This discussion is now closed.',
    ])
      expect(notAnEvent(text), text).toBe('page furniture');
  });
  it('keeps what the journalist reports, and anyone else who presents or visits', () => {
    for (const text of [
      "The BBC's Jim Muir visited the camp and says that 20 people were killed there.",
      'BBC correspondents say the situation is increasingly desperate.',
      'TV presenter Ant McPartlin visited Haiti on Monday.',
      'The minister spoke to reporters in Geneva on Tuesday.',
      'The report was published on Tuesday by the commission.',
    ])
      expect(notAnEvent(text), text).not.toBe('page furniture');
  });
});

describe("notAnEvent: the page's labels", () => {
  it('takes them for page furniture when capitalised as labels, or glued to a version note', () => {
    expect(notAnEvent('Watch the next programme on Saturday, 29 January at 0330 GMT.')).toBe(
      'page furniture',
    );
    expect(notAnEvent('Roofs were torn off homes... read more FOX News covers the action.')).toBe(
      'page furniture',
    );
    expect(
      notAnEvent('A version appeared in the Guardian on Follow all the top stories of the day on Twitter.'),
    ).toBe('page furniture');
  });
  it('leaves the same words in small letters, which tell a happening', () => {
    expect(
      notAnEvent("Iran has called on President Assad to listen to his people's demands."),
    ).toBeUndefined();
    expect(
      notAnEvent('Fans huddled around their laptops on Monday to watch the live feed from inside the court.'),
    ).toBeUndefined();
    expect(
      notAnEvent("Cowell's show won the prize for most popular talent show at Wednesday's awards ceremony."),
    ).toBeUndefined();
  });
});

describe("notAnEvent: a photo's caption", () => {
  it('takes a caption that names its picture for page furniture', () => {
    for (const text of [
      'In this image taken from video provided by BP PLC, the new cap sits atop the well.',
      "April 21: This file photo shows BP's Deepwater Horizon oil rig burning after an explosion.",
      'In this aerial photo taken in the Gulf of Mexico, the rig burns.',
    ])
      expect(notAnEvent(text), text).toBe('page furniture');
  });
  it('leaves a report that mentions a photo', () => {
    expect(notAnEvent('BP released a photo of the cap on Monday.')).toBeUndefined();
    expect(notAnEvent('This week the company imaged the well for the first time.')).toBeUndefined();
  });
});

describe("notAnEvent: a section's promotion", () => {
  it('takes "Top news stories" glued to a headline for page furniture', () => {
    expect(
      notAnEvent(
        'Top news stories, video and analysis on the crisis in Syria Little boy lost finds his mother using Google Earth.',
      ),
    ).toBe('page furniture');
  });
});

describe('notAnEvent: a reading of events', () => {
  it("takes a correspondent's, analysts', observers' or an opinion piece's reading and an impression for analysis, not what they say happened", () => {
    expect(
      notAnEvent(
        "The BBC's Jim Muir, reporting from Beirut, says the real test of the ceasefire will come on Tuesday.",
      ),
    ).toBe('an analysis');
    expect(
      notAnEvent('A BBC reporter in Damascus says the regime appears to be losing control of the capital.'),
    ).toBe('an analysis');
    expect(
      notAnEvent(
        'First reports suggest the damage is even worse than in the capital, BBC correspondents say.',
      ),
    ).toBe('an analysis');
    expect(notAnEvent('Observers say anti-government sentiment is rising there.')).toBe('an analysis');
    expect(
      notAnEvent(
        'The impression is that the government has decided to continue battering centres of resistance.',
      ),
    ).toBe('an analysis');
    expect(
      notAnEvent('President Assad has been dealt a "death blow", says another al-Sharq al-Awsat commentary.'),
    ).toBe('an analysis');
    expect(
      notAnEvent('Washington Post columnist David Broder wrote on Thursday that Obama "will have to hope".'),
    ).toBe('an analysis');
    // What a correspondent says happened, an aside that narrates and a minister speaking stay.
    expect(
      notAnEvent(
        "The BBC's Mark Doyle in Port-au-Prince says perhaps 5,000 people have lined up outside the US embassy.",
      ),
    ).toBeUndefined();
    expect(
      notAnEvent(
        'Analysts say the SNC may face a challenge from the National Alliance, which was formed in Istanbul on Thursday.',
      ),
    ).toBeUndefined();
    expect(notAnEvent("Russia's Foreign Minister Sergei Lavrov says the plan will fail.")).toBeUndefined();
    expect(notAnEvent('The ministry said that troops had withdrawn.')).toBeUndefined();
    expect(notAnEvent('The editorial board met on Monday.')).toBeUndefined();
  });
});

describe('notAnEvent: the past held up to the present', () => {
  it('takes a sentence that opens with "then as now" for a comparison, not one whose noun it describes', () => {
    expect(notAnEvent('And in 1918 as now there were reports of young adults falling ill.')).toBe(
      'a comparison',
    );
    expect(
      notAnEvent('Protesters gathered on Friday in the capital, then as now a centre of dissent.'),
    ).not.toBe('a comparison');
  });
});

describe('notAnEvent: what something means, and signs read', () => {
  it('takes what "that", "this" or "it" means or suggests for an explanation', () => {
    expect(
      notAnEvent(
        "That means his dangerous actions in giving the singer the drug propofol caused his death, although he didn't intend to kill the singer.",
      ),
    ).toBe('an explanation');
    expect(
      notAnEvent('That suggests the oil has started spilling from the well more quickly, Graber said.'),
    ).toBe('an explanation');
    expect(notAnEvent('The ruling means Dr Murray will stand trial.')).toBeUndefined();
    expect(notAnEvent('It emerged on Monday that the firm had been warned.')).toBeUndefined();
  });

  it('takes a sentence that opens on signs read for analysis, not a told clause that signs follow', () => {
    expect(
      notAnEvent(
        'But recently there have been signs that Moscow is losing patience with Damascus - senior Russian officials have criticised the Syrian government.',
      ),
    ).toBe('an analysis');
    expect(
      notAnEvent(
        'But even with an end to the crisis in sight, there were signs of a split between BP and the Obama administration last night.',
      ),
    ).toBe('an analysis');
    expect(
      notAnEvent(
        'BP says its containment effort is going well, but there are signs of mistrust between the two.',
      ),
    ).toBeUndefined();
    expect(notAnEvent('As of Tuesday, there was no sign of the plume, Hazen said.')).not.toBe('an analysis');
  });
});

describe('notAnEvent: a fact box run together', () => {
  it('takes it for page furniture', () => {
    expect(
      notAnEvent(
        'UN denied access to Syria Information gathered from NGOs and Syrians who have fled Vast majority of casualties were unarmed, but the figure may include armed defectors Tally does not include serving members of the security forces',
      ),
    ).toBe('page furniture');
  });
});

describe('notAnEvent: the credit line', () => {
  it("takes who contributed to the report, a comment's stamps and a credit line for page furniture, not a contribution told", () => {
    expect(
      notAnEvent(
        'Associated Press writers Jay Reeves in Alabama and Shelia Byrd in Mississippi contributed to this report.',
      ),
    ).toBe('page furniture');
    expect(notAnEvent('Staff writer Steven Mufson contributed to this report.')).toBe('page furniture');
    expect(notAnEvent('BP contributed $20bn to the compensation fund on Monday.')).toBeUndefined();
    expect(
      notAnEvent(
        'Scientists from five universities contributed to the report, which was released on Monday.',
      ),
    ).toBeUndefined();
    expect(notAnEvent('Associated Press writer Jay Reeves contributed to the report.')).toBe(
      'page furniture',
    );
    expect(
      notAnEvent(
        'Added: Tuesday, 19 January, 2010, 16:45 GMT 16:45 UK surely places like Asia are better powered to help.',
      ),
    ).toBe('page furniture');
    expect(
      notAnEvent(
        'Picture credit: A dead crab sits among the oil on a beach in Grand Terre Island, Louisiana, June 9, 2010.',
      ),
    ).toBe('page furniture');
    expect(notAnEvent('Compiled from data gathered at 16:00 on 17 June 2010.')).toBe('page furniture');
    expect(notAnEvent('The report was published on Monday.')).toBeUndefined();
  });
});
