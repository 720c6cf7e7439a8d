import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/events/entities/places/findPlaces.ts';
import { referentResolver } from '../../../src/events/entities/referents.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';
import { referentOfLast } from './referentOfLast.ts';

/** The name resolved for `title`, taken from the last sentence of `text` (its trigger at `trigger`). */
function resolve(text: string, title: string, trigger: string): string | undefined {
  const r = referentOfLast(text, title, trigger);
  if (r)
    expect(text.slice(r.words.start, r.words.end).toLowerCase()).toBe(
      title
        .replace(/^(?:So|But|And|Then|Yet|Still) /, '')
        .split(' ')[0]!
        .toLowerCase(),
    );
  if (r) expect(text.slice(r.name.start, r.name.end)).toBe(r.name.text);
  return r?.name.text;
}

describe('referentResolver', () => {
  it("names a person past an office's 'of' ('US Secretary of State Hillary Clinton')", () => {
    const text =
      'US Secretary of State Hillary Clinton says that she will go to Haiti on Saturday. She will travel with aid officials.';
    expect(resolve(text, 'She will travel with aid officials', 'travel')).toBe('Hillary Clinton');
  });

  it("gives an 'it' said to be a kind of thing only a candidate of that kind, object or subject", () => {
    const text =
      'Haiti was hit by a massive earthquake this week. It was the worst earthquake in a century and flattened entire neighborhoods.';
    expect(resolve(text, 'It flattened entire neighborhoods', 'flattened')).toBe('a massive earthquake');
    const none =
      'Haiti was hit by heavy rain this week. It was the worst earthquake in a century and flattened entire neighborhoods.';
    expect(resolve(none, 'It flattened entire neighborhoods', 'flattened')).toBeUndefined();
  });

  it("gives 'he' the subject named before, in the fullest form the article has", () => {
    const text =
      'UN envoy Kofi Annan arrived in Damascus on Saturday. Mr Annan met officials. He then went into a two-hour meeting.';
    expect(resolve(text, 'He went into a two-hour meeting', 'went')).toBe('Kofi Annan');
  });

  it("skips a person of the other gender, and a name that is a place's", () => {
    const text =
      'Mr Erdogan spoke to Ms Clinton by phone. Ms Clinton later flew to Istanbul. She met the opposition there.';
    expect(resolve(text, 'She met the opposition there', 'met')).toBe('Ms Clinton');
    const place = 'Syria has rejected the plan. He said it was unfair.';
    expect(resolve(place, 'He said it was unfair', 'said')).toBeUndefined();
  });

  it("gives 'they' a plural subject and 'it' a singular one that is no person", () => {
    expect(
      resolve(
        'China and Russia vetoed the draft on Saturday. They vetoed earlier resolutions too.',
        'They vetoed earlier resolutions',
        'vetoed earlier',
      ),
    ).toBe('China and Russia');
    expect(
      resolve(
        'The Red Cross said talks had stalled. It evacuated several people on Friday.',
        'It evacuated several people',
        'evacuated',
      ),
    ).toBe('The Red Cross');
  });

  it("finds none for an 'it' before a form of 'be', a title without a pronoun, or no candidate", () => {
    expect(
      resolve('The army attacked. It is thought ten died.', 'It is thought ten died', 'died'),
    ).toBeUndefined();
    expect(resolve('Mr Annan arrived. Rebels attacked.', 'Rebels attacked', 'attacked')).toBeUndefined();
    expect(resolve('The weather was fine. He left.', 'He left', 'left')).toBeUndefined();
  });

  it('follows a chain of sentences that use the same pronoun past the usual three', () => {
    const text =
      'This was the starkest warning yet from Mr Annan. Earlier, he had expressed his frustration. He is under pressure from Qatar. The opposition is also wary. He urged the world not to forget.';
    expect(resolve(text, 'He urged the world not to forget', 'urged')).toBe('Mr Annan');
    const unrelated =
      'This was the starkest warning yet from Mr Annan. The talks stalled. The rebels regrouped. The army waited. He urged the world not to forget.';
    expect(resolve(unrelated, 'He urged the world not to forget', 'urged')).toBeUndefined();
  });

  it('takes a capitalised pronoun inside a sentence for part of a name', () => {
    const text = 'The trial opened on Monday. Footage from the This Is It tour can not be used as evidence.';
    expect(resolve(text, 'It tour can not be used as evidence', 'tour')).toBeUndefined();
  });

  it("takes no place's name for a person", () => {
    const text =
      "Marie's reporting from Homs' Baba Amr, her account of a child's death, did much to humanise the statistics. Now her death has focused attention there.";
    expect(resolve(text, 'Her death has focused attention there', 'focused')).toBeUndefined();
  });

  it("gives 'it' a name the sentence right before has outside its subject, but no place", () => {
    const text =
      'The FAO has dispatched a mission to Mexico. But the focus on Smithfield is not surprising. It won notoriety a decade ago.';
    expect(resolve(text, 'It won notoriety', 'won')).toBe('Smithfield');
    const place =
      'The FAO has dispatched a mission. Most of the cases were found in Mexico. It has shown an ability to spread.';
    expect(resolve(place, 'It has shown an ability to spread', 'shown')).toBe('The FAO');
  });

  it('gives a quantifier standing for its noun the plural of its own sentence, not one before its noun', () => {
    const text =
      'As the crackdown intensified, opposition groups declared their support and in October several announced a united front.';
    expect(resolve(text, 'Several announced a united front', 'announced')).toBe('opposition groups');
    expect(
      resolve(
        'Rebels attacked the town on Monday. Several people were killed.',
        'Several people were killed',
        'killed',
      ),
    ).toBeUndefined();
  });

  it('looks past a word that links the title to the sentence before', () => {
    const text =
      'Lady Amos has managed to visit the shattered quarter of Baba Amr. So she will have gained some impression of the destruction.';
    expect(resolve(text, 'So she will have gained some impression', 'gained')).toBe('Lady Amos');
  });

  it('looks first in its own sentence before the pronoun', () => {
    const text = 'Mr Assad spoke on Monday. When Mr Annan arrived in Damascus, he met the opposition.';
    expect(resolve(text, 'He met the opposition', 'met')).toBe('Mr Annan');
  });

  it("takes a body named with its 'for' phrase and initials, after a subordinator, for a later 'it'", () => {
    const text =
      'The call came as the Syrian Observatory for Human Rights (SOHR) said it had confirmed that 80 soldiers had been killed.';
    expect(resolve(text, 'It had confirmed that 80 soldiers had been killed', 'killed')).toBe(
      'the Syrian Observatory for Human Rights',
    );
  });

  it("resolves no 'it' before a form of 'be' or 'become'", () => {
    expect(
      resolve(
        'The army entered the town. It was reported that 20 people died.',
        'It was reported that 20 people died',
        'reported',
      ),
    ).toBeUndefined();
    expect(
      resolve('BP shares fell. It became clear the well would leak for weeks.', 'It became clear', 'became'),
    ).toBeUndefined();
  });

  it("gives 'it' the source an 'according to' names in the sentence before, not a name two back", () => {
    const text =
      'This would include the departure of Mr Assad, the White House said. According to Syrian TV, government troops have been gaining ground. On Monday, it reported that the army had won control.';
    expect(resolve(text, 'It reported the army had won control', 'reported that')).toBe('Syrian TV');
    // Not in its own sentence: the source tells of what "it" did.
    const own =
      'BP hired lobbyists. According to the Centre for Responsive Politics, it spent $16m lobbying last year.';
    expect(resolve(own, 'It spent $16m lobbying', 'spent')).toBe('BP');
  });

  it("gives 'they' a passive's doer, or a bare plural opening the sentence before when it names no other plural", () => {
    const text =
      'The reverse in policy will be studied carefully by health officials in Birmingham. They said today that efforts were failing.';
    expect(resolve(text, 'They said efforts were failing', 'said today')).toBe('health officials');
    expect(
      resolve(
        'But shares have shown signs of stabilizing. They closed higher.',
        'They closed higher',
        'closed',
      ),
    ).toBe('shares');
    // ("Observers say the power lies with Beijing and Moscow. They blocked …": two plurals, the bare
    // one no lead; the two names joined are taken, below.)
    expect(
      resolve(
        'But observers say the power lies with Beijing and Moscow. They blocked a resolution.',
        'They blocked a resolution',
        'blocked',
      ),
    ).toBe('Beijing and Moscow');
    // A relative clause's doer tells of another: "The rig, which was owned by Transocean, …".
    expect(
      resolve(
        'The rig, which was owned by Transocean but under lease to BP when it exploded, is regarded as a vessel.',
        'It exploded',
        'exploded',
      ),
    ).toBe('The rig');
  });

  it("stops 'he' at a subject named by one plain word the article marks as no one's, rather than look past it", () => {
    const text =
      'Responsibility will be placed in the hands of Mr Smith. Dudley, a US citizen, has been looking for a role. He was thrown out of Moscow.';
    expect(resolve(text, 'He was thrown out of Moscow', 'thrown')).toBeUndefined();
    // Once the article tells he speaks, he is one of its people.
    const spoken = `Bob Dudley said little. ${text}`;
    expect(resolve(spoken, 'He was thrown out of Moscow', 'thrown')).toBe('Bob Dudley');
  });

  it("takes a name set off by commas before its verb for a subject, and a name ending in 'is' for no plural", () => {
    const text =
      "Mr Lavrov met Mr Assad. Separately Russia's ambassador to the UN, Vitaly Churkin, denied reports that he had threatened Qatar's prime minister.";
    expect(resolve(text, "He had threatened Qatar's prime minister", 'threatened')).toBe('Vitaly Churkin');
    const inglis =
      "Mr Dudley will take over. Andy Inglis, BP's head of exploration, will leave the company. A graduate of Cambridge University, he joined BP 30 years ago.";
    expect(resolve(inglis, 'He joined BP', 'joined')).toBe('Andy Inglis');
  });

  it("gives a 'they' opening a joined clause the one plural its sentence names before it, object or not", () => {
    const counted =
      'The oil began leaking on 20 April. BP is drilling two relief wells to stop the leak but they are not expected to be completed until August.';
    expect(resolve(counted, 'They are not expected to be completed', 'completed')).toBe('two relief wells');
    // (A counted plural is no subject another sentence's "they" takes.)
    const officials =
      'UN officials said some 250 people worked in the building. They said the head of the mission was inside.';
    expect(resolve(officials, 'They said the head of the mission was inside', 'said the')).toBeUndefined();
    const text =
      'BP is hoping to lower tanks. BP will show the tanks it has been building to local press before they are shipped out to the site.';
    expect(resolve(text, 'They are shipped out to the site', 'shipped')).toBe('the tanks');
    // Not two, nor one a clause does not join ("…. They …" of its own sentence).
    const two = 'BP will show the tanks to the reporters before they are shipped out to the site.';
    expect(resolve(two, 'They are shipped out to the site', 'shipped')).toBeUndefined();
    const four =
      'BP said it would join the group. The other four companies said they would spend $1 billion. They took out full-page ads.';
    expect(resolve(four, 'They took out full-page ads', 'took')).toBe('The other four companies');
  });

  it("gives 'he' or 'she' a person a noun describes in the sentence right before, only where no name is found", () => {
    const text =
      'Hong Kong confirmed its first case. The Mexican man arrived in Hong Kong on Thursday. He developed a fever after arriving.';
    expect(resolve(text, 'He developed a fever', 'developed')).toBe('The Mexican man');
    // A name first: "Obama is embarking on a visit. The president will address the US. He is due to …".
    const named =
      'President Barack Obama is embarking on his fourth visit. The president will address the US. He is due to hold a meeting.';
    expect(resolve(named, 'He is due to hold a meeting', 'hold')).toBe('Barack Obama');
    // Not from further back.
    const far =
      "The 34-year-old photographer specialises in crises. Spanish daily El Mundo's correspondent. He began working in 1999.";
    expect(resolve(far, 'He began working', 'began')).toBeUndefined();
  });
});

describe('referentResolver, names', () => {
  it('shows a surname two people share as the article mentions it, not in one fullest form', () => {
    const text =
      'President Barack Obama flew to Louisiana. First lady Michelle Obama visited a school. Later, President Obama met BP executives. He pledged that BP would pay.';
    expect(resolve(text, 'He pledged BP would pay', 'pledged')).toBe('Obama');
  });

  it("gives 'he' no fullest form the word before it tells is a woman's", () => {
    const text =
      'He and first lady Michelle Obama were holding a congressional picnic. At the White House: President Obama signed a law on Monday. He was hosting a meeting in the East Room.';
    expect(resolve(text, 'He was hosting a meeting in the East Room', 'hosting')).toBe('Obama');
  });

  it("leaves a glued dateline's place out of a person's mention", () => {
    const text =
      'UN aid chief Valerie Amos arrived on Tuesday. Her brother Paul Amos stayed home. By Jim Muir in Beirut Lady Amos has managed to visit the quarter. So she will have gained some impression.';
    expect(resolve(text, 'So she will have gained some impression', 'gained')).toBe('Lady Amos');
  });
});

/** The name resolved for a possessive inside `title`, taken from the last sentence of `text`. */
function resolveInside(text: string, title: string, trigger: string): string | undefined {
  const sentences = segmentSentences(text);
  const r = referentResolver(sentences, findPlaces(text))(
    title,
    sentences.length - 1,
    text.lastIndexOf(trigger),
  );
  if (r)
    expect(/^(?:his|her|its|their|him|them|he|she)$/.test(text.slice(r.words.start, r.words.end))).toBe(true);
  return r?.name.text;
}

describe('referentResolver, a possessive inside the title', () => {
  it('takes the one candidate of its kind in its own sentence, in its fullest form', () => {
    const text =
      "Syrian President Bashar al-Assad spoke at Damascus University on Monday. President Assad's speech was his third address since protests against his rule began in March.";
    expect(resolveInside(text, 'Protests against his rule began', 'began')).toBe('Bashar al-Assad');
  });

  it('takes the subject of the sentence right before when its own has none', () => {
    const text =
      'It is further proof that Mr Annan has been able to unite the divided council. In particular his mission has dropped the call for the president to devolve power.';
    expect(resolveInside(text, 'Particular his mission has dropped the call', 'dropped')).toBe('Mr Annan');
  });

  it('takes none when its own sentence has two candidates, or a pronoun of its kind and none', () => {
    const two =
      'Dr Murray kept a clinic in Houston. Miranda Sevcik, a spokeswoman for Dr Murray and Mr Chernoff, said the doctor had closed his own premises in the city.';
    expect(resolveInside(two, 'Having closed his own premises in the city', 'closed')).toBeUndefined();
    const chain =
      "Mr Jackson's doctor is shown in one image. In another he is naked but with parts of his body obscured.";
    expect(resolveInside(chain, 'Parts of his body obscured', 'obscured')).toBeUndefined();
  });

  it("takes whom the sentence before's own such pronoun stands for, by the same rule, past a noun that is no person", () => {
    const text =
      'Rebels say the man fought for the government. A video of Hassan Salim al-Meqdad was released by his captors on Tuesday. The statement was dismissed by his family as a lie.';
    expect(resolveInside(text, 'The statement was dismissed by his family as a lie', 'dismissed')).toBe(
      'Hassan Salim al-Meqdad',
    );
    // ("The minister was criticised by his party": a noun of a person may be whom "his" stands for.)
    const minister =
      'A video of Hassan Salim al-Meqdad was released by his captors on Tuesday. The minister was dismissed by his party.';
    expect(resolveInside(minister, 'The minister was dismissed by his party', 'dismissed')).toBeUndefined();
  });

  it('carries such a chain of sentences that speak of one by the same pronoun back two sentences', () => {
    const text =
      'In death, Michael Jackson achieved the comeback that he had yearned for. He was the biggest selling album artist of 2009. ' +
      'In the past year, nearly 9 million of his albums have sold in the US alone.';
    expect(resolveInside(text, 'Nearly 9 million of his albums have sold in the US alone', 'sold')).toBe(
      'Michael Jackson',
    );
  });
  it("takes for an object 'him' or 'them' the one candidate of its kind, by the same rule", () => {
    const text =
      "Allen Kruse had been a charter boat captain for two decades, long enough that people called him by his boat's name.";
    expect(resolveInside(text, "People called him by his boat's name", 'called')).toBe('Allen Kruse');
    const two =
      'A jury found Conrad Murray guilty of giving the pop star a dose of Propofol, which killed him in 2009.';
    expect(resolveInside(two, 'Propofol killed him', 'killed')).toBeUndefined();
  });

  it("takes for a 'he' or 'she' inside the title, after a plural that opens it, the subject of the sentence before", () => {
    const text =
      'A 16-year-old girl has been pulled out of the rubble, rescuers say. Darlene Etienne was said to be happy but dehydrated. Rescuers said she had survived by drinking water from a bath.';
    expect(
      resolveInside(text, 'Rescuers said she had survived by drinking water from a bath', 'survived'),
    ).toBe('Darlene Etienne');
    const body =
      'Syrian people need urgent help, Mr Hague said. The UN Security Council, which meets again at the end of this month, has a responsibility to stop the bloodshed, he said.';
    expect(resolveInside(body, 'The UN Security Council meets, he said', 'said.')).toBe('Mr Hague');
    const named =
      'Darlene Etienne was said to be happy but dehydrated. Ms Joseph said she had survived by drinking water from a bath.';
    expect(
      resolveInside(named, 'Ms Joseph said she had survived by drinking water from a bath', 'survived'),
    ).toBeUndefined();
  });

  it("gives 'it' the subject before, not the object a verb the tagger reads as an auxiliary has", () => {
    const text =
      "Apache, worth $29 billion, is one of America's largest independent oil groups. It has a history of doing similar smaller deals with BP. In 2003 it paid $1.3 billion for the giant Forties field.";
    expect(resolve(text, 'It paid $1.3 billion for the giant Forties field', 'paid')).toBe('Apache');
  });

  it('takes a subject past a long clause a subordinator opens', () => {
    const aside =
      'Latterly Isabel Gibbons, as she was known after she married George Gibbons in Llanidloes in 1870, moved to Birkenhead.';
    expect(resolve(aside, 'She married George Gibbons in Llanidloes', 'married')).toBe('Isabel Gibbons');
  });

  it('takes a given name alone for the full name it opens, when the article speaks of that one as he', () => {
    const text =
      'Lying in his bed, Brine Cedernier knows the gun law on the streets. His nephew sits by his bedside. Until two days ago, Brine supported them both. Then he was attacked in the neighbouring slum.';
    expect(resolve(text, 'He was attacked in the neighbouring slum', 'attacked')).toBe('Brine Cedernier');
    const company =
      'Smithfield Foods runs the plant. But the focus on Smithfield is not surprising. Smithfield said so. It won notoriety a decade ago.';
    expect(resolve(company, 'It won notoriety', 'won')).toBe('Smithfield');
  });

  it('gives a person described in a nearer clause of the sentence before the name further back', () => {
    const text =
      'Judge Michael Pastor sided with prosecutors who said the photos would show the star was healthy before he died in June 2009.';
    expect(resolve(text, 'He died in June 2009', 'died in')).toBe('the star');
    const relative =
      'Paramedic Martin Blount testified that Dr Murray cleaned up vials from the bedroom where the singer died shortly after he said that he had not given any medications.';
    expect(resolve(relative, 'He said', 'said that')).not.toBe('the singer');
  });

  it("gives 'she' a writer's mother named right before, not a man's name further back, and no man's given name", () => {
    const text =
      'Jovenel Presume, Massachusetts, US, emails: Since the quake, I have lost all communication with my family. My mum is there. She was due to fly back today.';
    expect(resolve(text, 'She was due to fly back', 'fly')).toBe('My mum');
    const named = 'Derek Jackson would like more information about a relative. She died of TB in 1911.';
    expect(resolve(named, 'She died of TB', 'died')).toBeUndefined();
  });
  it("takes a one-word name an aside after it speaks of as 'his' for a person", () => {
    const text =
      'The spill has soiled 120 miles of coastline. Obama, on his fourth visit to the Gulf Coast since the crisis began, said he would press BP executives.';
    expect(resolve(text, 'He would press BP executives', 'press')).toBe('Obama');
    const verb =
      'The spill has soiled 120 miles of coastline. Digicel, has said he would press BP executives.';
    expect(resolve(verb, 'He would press BP executives', 'press')).toBeUndefined();
  });
  it('takes none who speaks for a pronoun inside the words quoted, but after the quote closes', () => {
    const quoted =
      'Nick Davies wants to find out more: Nick:"My great great grandfather was a lead miner. His name was Jacob Jacobs, born 1826."';
    expect(resolve(quoted, 'His name was Jacob Jacobs', 'was')).not.toBe('Nick Davies');
    const closed = 'Mr Hayward said:"We were not prepared." He admitted BP had made mistakes.';
    expect(resolve(closed, 'He admitted BP had made mistakes', 'admitted')).toBe('Mr Hayward');
  });
});

describe('referentResolver, a pronoun opening a joined clause or after an opening adverb', () => {
  it("gives a 'he' or 'she' opening a clause a subordinator or 'and' joins the one person its sentence names before it", () => {
    const text =
      'Pressure has mounted on BP. Hayward became a lightning rod for anger with BP when he told residents he would like his life back.';
    expect(resolve(text, 'He told residents', 'told')).toBe('Hayward');
    const object =
      'Mr Hayward flew in. Lawmakers accused chief executive Tony Hayward of evasion when he appeared before them.';
    expect(resolve(object, 'He appeared before them', 'appeared')).toBe('Tony Hayward');
    const joined =
      'The report was published. Kendall documented improper behavior by regulators, and she intends to say the rules fall short.';
    expect(resolve(joined, 'She intends to say the rules fall short', 'intends')).toBe('Kendall');
    const dudley =
      'Responsibility will be placed in the hands of Mr Smith. Dudley, a US citizen, has been looking for a role since he was thrown out of Moscow.';
    expect(resolve(dudley, 'He was thrown out of Moscow', 'thrown')).toBe('Dudley');
    // Not a word of the language, nor a name that may only be a person's.
    const word = 'The talks stalled. Pressure has mounted on the board when he told residents to wait.';
    expect(resolve(word, 'He told residents to wait', 'told')).toBeUndefined();
    const place = 'The talks stalled. Hayward yesterday visited Port Fourchon, where he said he was gutted.';
    expect(resolve(place, 'He said he was gutted', 'said he')).toBeUndefined();
  });

  it("gives 'they' a plural without an article that opens the sentence before past an adverb and its comma", () => {
    const text =
      'The WHO has warned of a pandemic. However, experts say it is too early to tell. Currently, they say the world is closer to a pandemic.';
    expect(resolve(text, 'They say the world is closer to a pandemic', 'say the')).toBe('experts');
  });

  it("gives 'he' or 'she' a person the article names by a given name and surname, once named by the surname alone", () => {
    const text =
      'Director and deep-sea expert James Cameron is calling them morons. Cameron is a pioneer of undersea filming. He huddled with top scientists.';
    expect(resolve(text, 'He huddled with top scientists', 'huddled')).toBe('James Cameron');
    // One named so only in passing, further back than the sentence before, is none.
    const passing =
      '"I have lost my little brother," said Quincy Jones. The singer had been dogged by controversy. The film flopped. He was arrested in 2003.';
    expect(resolve(passing, 'He was arrested', 'arrested')).toBeUndefined();
    const near = '"It creates an apartheid," said Miguel Altieri. He wrote a newspaper article.';
    expect(resolve(near, 'He wrote a newspaper article', 'wrote')).toBe('Miguel Altieri');
  });

  it("gives 'they' or 'their' opening a sentence two names joined outside the subject of the sentence before", () => {
    const text =
      'Dozens of people were killed in Syria on Wednesday, including journalists Marie Colvin and Remi Ochlik. Their deaths brought condemnation.';
    expect(resolve(text, 'Their deaths brought condemnation', 'brought')).toBe(
      'Marie Colvin and Remi Ochlik',
    );
    const bare =
      'But observers say the power to end the violence lies with Beijing and Moscow. On 4 February they blocked a resolution.';
    expect(resolve(bare, 'They blocked a resolution', 'blocked')).toBe('Beijing and Moscow');
    // Not for a "they" of a later clause of its sentence.
    const later =
      'Officials met Mr Obama and Mr Erdogan. A report accused forces of forcing civilians to march as they advanced on Idlib.';
    expect(resolve(later, 'They advanced on Idlib', 'advanced')).toBeUndefined();
  });

  it("takes 'children', 'men' and 'women' for plurals a 'their' may stand for", () => {
    const text =
      'The children were filmed in the back yard of the family home. Their father died in June 2009.';
    expect(resolve(text, 'Their father died', 'died')).toBe('The children');
  });

  it("takes no body whose name ends in 'Administration' for a person's 'his'", () => {
    const text =
      'Officials at the National Oceanic and Atmospheric Administration warned of a growing slick. In his weekly radio address, President Obama said help was coming.';
    expect(referentOfLast(text, 'His weekly radio address', 'said')).toBeUndefined();
  });
});
