import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import {
  isBroadcastTimes,
  isDateStamp,
  isFactBoxLine,
  isGluedFactBox,
} from '../../../src/events/nlp/pageFurniture.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';

describe('isFactBoxLine', () => {
  const factBox = (line: string) => isFactBoxLine(line, annotate(line).tokens);
  it("takes a fact box's or a profile box's line for one", () => {
    expect(factBox('Coalition of seven opposition factions, united against Assad regime')).toBe(true);
    expect(factBox("Member of Syria's most powerful Sunni family Son of former defense minister")).toBe(true);
    expect(factBox('Close friend of the president since their schooldays')).toBe(true);
    expect(factBox('Head of Sunni tribe, straddling the eastern border Served as top party official')).toBe(
      true,
    );
  });
  it('leaves sentences: with an article, a period, an auxiliary, or a plural or a name first', () => {
    expect(factBox('The coalition of seven opposition factions united against the regime')).toBe(false);
    expect(factBox('Coalition of seven opposition factions united against the regime.')).toBe(false);
    expect(factBox('Coalition of seven factions has united against the regime')).toBe(false);
    expect(factBox('Shares in BP hit a 14-year low this morning')).toBe(false);
    expect(factBox('Residents of Taldou village say the army began a bombardment')).toBe(false);
  });
  it('makes the line a heading of its own when text is segmented', () => {
    const [line, next] = segmentSentences(
      // (Longer than a heading line, so only the fact box's shape makes it one.)
      'Coalition of seven opposition factions and parties based in Istanbul, united against the Assad regime\n\nThe council met in Istanbul on Sunday.',
    );
    expect([line?.heading, next?.heading]).toEqual([true, false]);
  });
});

describe('isDateStamp', () => {
  it("takes a page's date and time alone for a stamp, and makes it a heading", () => {
    expect(isDateStamp('Saturday, May 15, 2010; 11:47 PM')).toBe(true);
    expect(isDateStamp('Friday 14 May 2010 11.31 BST')).toBe(true);
    expect(isDateStamp('May 12, 2009 12:28 UTC')).toBe(true);
    expect(isDateStamp('On May 15, 2010 the well was capped')).toBe(false);
    const [stamp, lead] = segmentSentences(
      '(AP Photo/Alastair Grant) (Alastair Grant - AP) Saturday, May 15, 2010; 11:47 PM The company also owns a rig.',
    );
    expect([stamp?.heading, lead?.heading, lead?.text]).toEqual([
      true,
      false,
      'The company also owns a rig.',
    ]);
  });
});

describe('isBroadcastTimes', () => {
  it('takes a box of broadcast times for a heading, its clock written with a colon or a period', () => {
    for (const box of [
      'Broadcast on Saturdays at 11:30 GMT on BBC Radio 4, and weekdays on BBC World Service',
      'Broadcast on Saturdays at 11.30 GMT on BBC Radio 4 and weekdays on BBC World Service.',
    ])
      expect(isBroadcastTimes(box)).toBe(true);
    const [box] = segmentSentences(
      'Broadcast on Saturdays at 11.30 GMT on BBC Radio 4 and weekdays on BBC World Service. The market reopened.',
    );
    expect([box?.heading, box?.text]).toEqual([
      true,
      'Broadcast on Saturdays at 11.30 GMT on BBC Radio 4 and weekdays on BBC World Service.',
    ]);
  });

  it('takes no report of a broadcast, nor a box followed by a sentence, for a box', () => {
    expect(isBroadcastTimes("The film was broadcast on BBC Two on Tuesday's evening news.")).toBe(false);
    expect(isBroadcastTimes('Broadcast on Saturdays at 11.30 GMT. The market reopened.')).toBe(false);
  });
});

describe('appealBoxLines: an appeal box glued into the page', () => {
  const headings = (text: string) =>
    segmentSentences(text)
      .filter((s) => s.heading)
      .map((s) => s.text);
  it('takes the call to give and the unpunctuated lines before it for layout', () => {
    const text =
      'She sent a message to Haiti\'s president. The Disasters Emergency Committee is co-ordinating an appeal to help the people of Haiti There are 13 charities involved including the British Red Cross and World Vision Donate via the DEC website or by telephoning 0370 60 60 900 She said: "I am deeply saddened."';
    expect(headings(text)).toEqual([
      'The Disasters Emergency Committee is co-ordinating an appeal to help the people of Haiti',
      'There are 13 charities involved including the British Red Cross and World Vision Donate via the DEC website or by telephoning 0370 60 60 900',
    ]);
  });
  it('leaves a sentence that tells of a number to call', () => {
    expect(
      headings('Members of the public can call 08001513513 for recorded information about swine flu.'),
    ).toEqual([]);
  });
});

describe('isGluedFactBox', () => {
  it("takes a fact box's lines run together for one", () => {
    expect(
      isGluedFactBox(
        'Soldiers were ordered to"shoot to kill"unarmed demonstrators Pattern of summary executions, arbitrary arrests, and enforced disappearances Extensive practice of torture indicate state-sanctioned policy Men and boys sexually abused at military facilities',
      ),
    ).toBe(true);
    expect(
      isGluedFactBox(
        'Most live on less than $2 a day Democratic rule restored in 2006 Economy in ruins and unemployment is chronic UN peacekeepers deployed - foreign aid seen as vital Massive deforestation has left just 2% forest Storms and floods have caused havoc.',
      ),
    ).toBe(true);
  });

  it('leaves names, nationalities and a headline glued to one sentence', () => {
    expect(
      isGluedFactBox(
        'The largest oil spill in history came at the end of the first Gulf war in 1991 when retreating Iraqi forces destroyed countless Kuwaiti wells.',
      ),
    ).toBe(false);
    expect(
      isGluedFactBox(
        'Thousands of people have fled Aleppo after weeks of intense fighting Rebel fighters near Aleppo have attacked a key army base.',
      ),
    ).toBe(false);
    expect(
      isGluedFactBox(
        'Red Cross workers have been distributing tents while Christian Aid workers set up hospitals',
      ),
    ).toBe(false);
    // (Countries whose names are words too, after prepositions: "across China", "against Turkey".)
    expect(isGluedFactBox('Protests spread across China and sanctions against Turkey were lifted')).toBe(
      false,
    );
  });
});
