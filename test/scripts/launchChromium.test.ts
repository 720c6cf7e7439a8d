import { describe, expect, it } from 'vitest';
import { chooseChromium, SYSTEM_CHROMIUM } from '../../scripts/launchChromium.ts';

describe('chooseChromium', () => {
  const present = () => true;
  const absent = () => false;
  it("uses Debian's Chromium when installed, else the npm-packaged one", () => {
    expect(chooseChromium({}, present)).toEqual({ kind: 'system', path: SYSTEM_CHROMIUM });
    expect(chooseChromium({}, absent)).toEqual({ kind: 'packaged' });
  });
  it('lets CHRONOSCOPE_CHROMIUM force packaged, system or a path', () => {
    expect(chooseChromium({ CHRONOSCOPE_CHROMIUM: 'packaged' }, present)).toEqual({ kind: 'packaged' });
    expect(chooseChromium({ CHRONOSCOPE_CHROMIUM: 'system' }, absent)).toEqual({
      kind: 'system',
      path: SYSTEM_CHROMIUM,
    });
    expect(chooseChromium({ CHRONOSCOPE_CHROMIUM: '/opt/chrome/chrome' }, absent)).toEqual({
      kind: 'path',
      path: '/opt/chrome/chrome',
    });
  });
});
