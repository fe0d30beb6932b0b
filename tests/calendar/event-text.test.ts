import { describe, expect, it } from 'vitest';
import { eventAsText } from '../../utils/calendar/event-text';
import { english } from '../helpers/i18n';
import { fixtureRecord } from '../helpers/records';

describe('eventAsText', () => {
  it('says what, when in each zone, where, the links and the addresses', () => {
    const text =
      eventAsText(fixtureRecord('seed'), { readerZone: 'Asia/Seoul', locale: 'en-GB', hour12: false }, english) ?? '';
    expect(text.split('\n')).toEqual([
      'UNESCO learning cities’ meeting on educational planning, monitoring and evaluation',
      'Tue, 17 Nov 2020',
      'Europe/Paris: Tue, 17 Nov 2020, 13:00–14:30 (UTC+1)',
      'Your time (Asia/Seoul): Tue, 17 Nov 2020, 21:00–22:30 (UTC+9)',
      'UTC: Tue, 17 Nov 2020, 12:00–13:30 (UTC)',
      'Where: Online',
      'Programme: https://uil.unesco.org/fileadmin/keydocuments/LifelongLearning/learning-cities/en/gnlc-cluster-meeting-educational-planning-programme.pdf',
      'Registration: https://zoom.us/meeting/register/tJIvce-uqT0pHNT2KJjq94ZM0cGcr-6unZni',
      'Related: https://uil.unesco.org/lifelong-learning/learning-cities',
      'Page: https://uil.unesco.org/event/unesco-learning-cities-meeting-educational-planning-monitoring-and-evaluation',
      'Archived: https://webarchive.unesco.org/web/20201205001600/https://uil.unesco.org/event/unesco-learning-cities-meeting-educational-planning-monitoring-and-evaluation (UNESCO Web Archive, captured 6 Dec 2020, 07:20 UTC)',
    ]);
  });

  it('gives nothing for a page without an event', () => {
    expect(
      eventAsText(
        { ...fixtureRecord('seed'), event: null },
        { readerZone: 'UTC', locale: 'en', hour12: false },
        english,
      ),
    ).toBeNull();
  });
});
