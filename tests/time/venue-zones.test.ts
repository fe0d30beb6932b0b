import { describe, expect, it } from 'vitest';
import { defaultZoneOfSite, zoneOfVenue } from '../../utils/time/venue-zones';

describe('zoneOfVenue', () => {
  it.each([
    ['France, Paris', 'Europe/Paris'],
    ['UNESCO Headquarters, Room IV, 125 avenue Suffren, 75007, Paris, France', 'Europe/Paris'],
    ['Hamburg (Germany)', 'Europe/Berlin'],
    ['Argentina, Buenos Aires', 'America/Argentina/Buenos_Aires'],
    ['Havana, Cuba,', 'America/Havana'],
    ['IIEP-UNESCO auditorium, Kolkata', 'Asia/Kolkata'],
    ['New Delhi, India', 'Asia/Kolkata'],
    ['Geneva, Switzerland', 'Europe/Zurich'],
    ['Republic of Korea', 'Asia/Seoul'],
    ['Plovdiv (Bulgarie)', 'Europe/Sofia'],
    ['Madrid, Spain', 'Europe/Madrid'],
    ['Spain', 'Europe/Madrid'],
    ['Nairobi, Kenya', 'Africa/Nairobi'],
    // Cities of countries with several zones, in the other UNESCO languages (ICU's names, city-names.ts).
    ['Ciudad de México, México', 'America/Mexico_City'],
    ['موسكو', 'Europe/Moscow'],
    ['会议在墨西哥城举行', 'America/Mexico_City'],
    ['São Paulo (Brésil)', 'America/Sao_Paulo'],
    // Russian names after a preposition take a case ending: "в Москве", "во Франции", "в Казахстане".
    ['в Москве', 'Europe/Moscow'],
    ['во Франции', 'Europe/Paris'],
  ])('%s → %s', (text, zone) => expect(zoneOfVenue(text)).toBe(zone));

  it.each([['United States of America'], ['Brazil'], ['Room XI'], ['online'], ['Event'], ['Parisian style']])(
    '%s names no single zone',
    (text) => expect(zoneOfVenue(text)).toBeNull(),
  );

  it('knows where UNESCO’s sites are based', () => {
    expect(defaultZoneOfSite('uil.unesco.org')).toBe('Europe/Berlin');
    expect(defaultZoneOfSite('en.unesco.org')).toBe('Europe/Paris');
    expect(defaultZoneOfSite('example.org')).toBeNull();
  });
});
