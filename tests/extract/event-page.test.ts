import { describe, expect, it } from 'vitest';
import { analysePage } from '../../utils/page/analyse-page';
import { parseHtml } from '../helpers/fixtures';

const LIVE = new URL('https://en.unesco.org/events/x');
const read = (body: string, url = LIVE) =>
  analysePage(parseHtml(`<html><body><main>${body}</main></body></html>`), url);

describe('extractEvent, pattern by pattern', () => {
  it('ends a time range on the next day when the end is earlier than the start', () => {
    const e = read('<h1>Night of ideas</h1><p>Date: 30 January 2020</p><p>Time: 22:00–02:00 CET</p>').event;
    expect(e?.start.iso).toBe('2020-01-30T22:00:00+01:00');
    expect(e?.end.iso).toBe('2020-01-31T02:00:00+01:00');
    expect(e?.warnings.map((w) => w.text).join(' ')).toMatch(/next day/);
  });

  it('falls back to the programme’s rows when nothing else gives a time, and says so', () => {
    const e = read(
      '<h1>Symposium</h1><p>Date: 24 January 2020</p><p>Programme</p><p>14h00-14h30</p><p>Welcome</p><p>17h00-18h00</p><p>Closing</p>',
    ).event;
    expect([e?.start.time, e?.end.time]).toEqual(['14:00', '18:00']);
    expect(e?.warnings.map((w) => w.text).join(' ')).toMatch(/times are those of its programme/);
  });

  it('prefers the event details’ time to the programme’s', () => {
    const e = read(
      '<h1>Symposium</h1><p>Date: 24 January 2020</p><p>Time: 13:45-19:00</p><p>14h00-14h30</p><p>Welcome</p>',
    ).event;
    expect([e?.start.time, e?.end.time]).toEqual(['13:45', '19:00']);
  });

  it('says when the text gives another time for the same day', () => {
    const e = read(
      '<h1>Information Meeting on Artificial Intelligence</h1><p>When, local time:</p><p>Tuesday, 22 January 2019 -</p><p>3:30pm to 4:45pm</p><p>France, Paris</p><p>The meeting will take place on Tuesday 22 January 2019, from 3:30 to 5:00 in room II.</p>',
    ).event;
    expect([e?.start.time, e?.end.time]).toEqual(['15:30', '16:45']);
    expect(e?.location).toMatchObject({ text: 'France, Paris', mode: 'in_person' });
    expect(e?.timeZone).toMatchObject({ iana: 'Europe/Paris', basis: 'venue', offset: '+01:00' });
    expect(e?.warnings.map((w) => w.text).join(' ')).toMatch(/also gives 03:30–05:00/);
  });

  it('reads a range given in two zones as one range, not as two sessions', () => {
    const e = read(
      '<h1>Webinar: media literacy</h1><p>Date: 2 December 2020</p><p>Time: 14:00–15:30 CET / 8:00–9:30 EST</p>',
    ).event;
    expect([e?.start.iso, e?.end.iso]).toEqual(['2020-12-02T14:00:00+01:00', '2020-12-02T15:30:00+01:00']);
  });

  it('reads a time written before the date in the same sentence', () => {
    const e = read(
      '<h1>Science week</h1><p>The Office will host a science week from 10 a.m. to 12 p.m. EAT on 21 November 2022 at its premises in Gigiri, Nairobi, Kenya.</p>',
    ).event;
    expect([e?.start.iso, e?.end.iso]).toEqual(['2022-11-21T10:00:00+03:00', '2022-11-21T12:00:00+03:00']);
  });

  it('reads a city’s time ("heure de Dakar") through the place index, in the city’s zone for the date', () => {
    const e = read(
      '<h1>Webinaire</h1><p>Le Bureau organise, le jeudi 9 février 2023 de 10h à 12h30 (heure de Dakar), un webinaire.</p>',
      new URL('https://fr.unesco.org/news/webinaire'),
    ).event;
    expect(e?.timeZone).toMatchObject({ iana: 'Africa/Dakar', offset: '+00:00', basis: 'stated-zone' });
  });

  it('takes a museum’s acronym in brackets for an acronym, not for a country', () => {
    const e = read(
      '<h1>Ceremonia</h1><p>La ceremonia se llevará a cabo el 25 de abril de 2019 a las 18:00 horas en el Museo de Arte de Lima (MALI), Perú.</p>',
      new URL('https://es.unesco.org/news/ceremonia'),
    ).event;
    expect(e?.location).toMatchObject({ city: 'Lima', country: 'Perú' });
    expect(e?.timeZone.iana).toBe('America/Lima');
  });

  it('reads "Start date" and "End date" fields as one span, the end with its own label', () => {
    const e = read(
      '<h1>Expert meeting</h1><dl><dt>Start date:</dt><dd>2021-09-15</dd><dt>End date:</dt><dd>2021-09-17</dd></dl><p>Location: UNESCO Headquarters, Paris, France</p>',
    ).event;
    expect([e?.start.date, e?.end.date]).toEqual(['2021-09-15', '2021-09-17']);
    expect(e?.sources.end).toMatchObject({ origin: 'labelled-field', label: 'End date' });
  });

  it('reads a building and its city on the line under the date as the venue', () => {
    const e = read('<h1>Book launch</h1><p>Tuesday 14th May 2019, 2-4pm BST</p><p>The Royal Society, London</p>').event;
    expect(e?.location).toMatchObject({ text: 'The Royal Society, London', city: 'London' });
  });

  it('reads CET written for a summer date as summer time, with a warning', () => {
    const e = read(
      '<h1>Webinar</h1><p>Date: 10 June 2020</p><p>Time: 13:00-14:00h CET</p><p>The webinar will be held on Zoom.</p>',
    ).event;
    expect(e?.start.iso).toBe('2020-06-10T13:00:00+02:00');
    expect(e?.location.mode).toBe('online');
    expect(e?.warnings.map((w) => w.text).join(' ')).toMatch(
      /Written as CET; on 10 June 2020 Europe\/Paris was on summer time/,
    );
  });

  it('keeps only http(s) and mailto links, unwrapped, by kind', () => {
    const e = read(
      '<h1>Meeting</h1><p>Date: 1 March 2019</p><a href="javascript:alert(1)">Register</a><a href="data:text/html,x">Programme</a><a href="https://zoom.us/j/123">Join on Zoom</a><a href="mailto:a@unesco.org">a@unesco.org</a><a href="https://web.archive.org/web/2019/https://en.unesco.org/concept-note.pdf">Concept note</a>',
      new URL('https://web.archive.org/web/20190301000000/https://en.unesco.org/events/x'),
    ).event;
    expect(e?.links.map((l) => [l.kind, l.url])).toEqual([
      ['livestream', 'https://zoom.us/j/123'],
      ['contact', 'mailto:a@unesco.org'],
      ['document', 'https://en.unesco.org/concept-note.pdf'],
    ]);
  });

  it('marks postponed and cancelled events', () => {
    expect(read('<h1>POSTPONED: World Press Freedom Day</h1><p>Date: 3 May 2020</p>').event?.status).toBe('postponed');
    expect(read('<h1>Conférence annulée</h1><p>Date : 3 mai 2020</p>').event?.status).toBe('cancelled');
  });

  it.each([
    ['Arabic', '<h1>اجتماع</h1><p>التاريخ: ١٢ نوفمبر ٢٠١٩</p><p>المكان: باريس، فرنسا</p>', '2019-11-12'],
    ['Russian', '<h1>Совещание</h1><p>Дата: 12 ноября 2019 года</p><p>Место: Париж</p>', '2019-11-12'],
    ['Chinese', '<h1>会议</h1><p>日期：2019年11月12日至14日</p><p>地点：法国巴黎</p>', '2019-11-12'],
    ['Spanish', '<h1>Reunión</h1><p>Fecha: 17 de noviembre de 2020</p><p>Lugar: Santiago, Chile</p>', '2020-11-17'],
  ])('reads labelled fields in %s', (_language, body, date) => {
    const e = read(body).event;
    expect(e?.start.date).toBe(date);
    expect(e?.sources.start?.rule).toMatch(/^labelled:/);
    expect(e?.location.text).not.toBeNull();
  });

  it('never takes the archive banner’s date for the event’s', () => {
    const r = read(
      '<p>You are viewing an archived web page, collected at the request of UNESCO using Archive-It. This page was captured on 07:20:20 Dec 06, 2020, and is part of the UNESCO collection.</p><h1>About us</h1><p>UNESCO was founded in 1945.</p>',
      new URL('https://webarchive.unesco.org/web/20201206072020/https://en.unesco.org/about-us'),
    );
    expect(r.event).toBeNull();
  });

  it('gives no event, with the reason, for a page without a date', () => {
    expect(read('<h1>Event</h1><p>Details to come.</p>').noEvent?.code).toBe('no-date');
  });
});
