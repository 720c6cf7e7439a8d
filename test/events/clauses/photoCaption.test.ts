import { describe, expect, it } from 'vitest';
import { notAnEvent } from '../../../src/events/clauses/eventFilter.ts';
import { photoCaption } from '../../../src/events/clauses/photoCaption.ts';

describe('photoCaption', () => {
  it("takes a photo caption's closing weekday and full date for page furniture", () => {
    const caption =
      'Workers prepare to lay oil boom around an island in St. Bernard Parish, La., Wednesday, July 21, 2010.';
    expect(photoCaption(caption)).toBe(true);
    expect(notAnEvent(caption)).toBe('page furniture');
    expect(
      photoCaption(
        'Contract employees scrub containment boom the old fashioned way in Grand Isle, La., Thursday Aug. 5, 2010.',
      ),
    ).toBe(true);
  });

  it("takes a caption whose full date follows its place at once, or a caption's label", () => {
    expect(
      photoCaption(
        'A man celebrates after finishing the application process to be a firefighter in Miami, Florida February 2, 2009.',
      ),
    ).toBe(true);
    expect(photoCaption('Workers clean up oil on a beach in Port Fourchon, Louisiana, May 24, 2010.')).toBe(
      true,
    );
    expect(
      photoCaption('PHOTO: A security guard wears a surgical mask as he sits in the empty stadium.'),
    ).toBe(true);
    // (Prose dates after "on" or a verb; a sentence may open on its date.)
    expect(photoCaption('The spill began on April 20, 2010.')).toBe(false);
    expect(photoCaption('The well blew out April 20, 2010.')).toBe(false);
    expect(photoCaption('Since May 2, 2009')).toBe(false);
  });

  it('takes a caption that names its picture', () => {
    expect(
      photoCaption(
        'Debris and oil float in the Gulf of Mexico after the rig sank, off Louisiana April 22, 2010, in this handout photograph.',
      ),
    ).toBe(true);
    expect(
      photoCaption('Al-Megrahi shakes the hand of Muammar Qaddafi in Tripoli in this image from Libya TV.'),
    ).toBe(true);
    expect(
      photoCaption(
        'In this June 24, 2010 file photo, oil workers listen to Gov. Bobby Jindal during a speech.',
      ),
    ).toBe(true);
    expect(photoCaption('Another BP oil rig FILE - In this April 27, 2010 file photo, a sign is seen.')).toBe(
      true,
    );
  });

  it('leaves prose that dates by the weekday alone, or mentions a photo', () => {
    expect(photoCaption('Workers laid oil boom around the island on Wednesday.')).toBe(false);
    expect(photoCaption('The well was capped on July 15, 2010.')).toBe(false);
    expect(photoCaption('He arrived on Wednesday, July 21, 2010, and left the next day.')).toBe(false);
    expect(
      photoCaption('The Gawker Web site said it received a tip about a BP photo taken from a helicopter.'),
    ).toBe(false);
    expect(photoCaption('Officials said this picture of the spill was misleading.')).toBe(false);
    expect(photoCaption('The hearing is set for Monday, June 7, 2010.')).toBe(false);
    // A place then a full date, told in the past: a report, not a caption.
    expect(photoCaption('The Deepwater Horizon rig exploded in the Gulf of Mexico April 20, 2010.')).toBe(
      false,
    );
    expect(photoCaption('The law took effect in Arizona July 29, 2010.')).toBe(false);
    expect(photoCaption('Obama was born in Honolulu, Hawaii, August 4, 1961.')).toBe(false);
    expect(photoCaption('A boy wears a mask inside a bus in Bogota May 4, 2009.')).toBe(true);
    expect(photoCaption('This is not the picture BP wanted to paint of its response.')).toBe(false);
    expect(photoCaption('This image problem has cost BP dearly.')).toBe(false);
  });
});

describe('photoCaption on a picture word inside a phrase', () => {
  it('leaves "this" that opens a phrase joined to an image', () => {
    expect(
      photoCaption(
        'This success -- and the resulting image inside the company -- helps explain why Toyota reacted slowly.',
      ),
    ).toBe(false);
  });
});
