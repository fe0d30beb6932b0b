import { describe, expect, it } from 'vitest';
import { citationKeys } from '../../utils/citation/citation-keys';
import { toCslItem } from '../../utils/citation/csl-item';
import { citedOrganisation, DOMAIN_ORGANISATIONS } from '../../utils/citation/organisation';
import { UNESCO_DOMAINS } from '../../utils/detect/unesco-site';
import { fixtureRecord } from '../helpers/records';

const context = { accessed: '2026-12-03' };

describe('a record as a CSL-JSON item', () => {
  it('cites the seed capture: the institute, the capture served, the archive, the event and the original address', () => {
    const item = toCslItem(fixtureRecord('seed'), 'k', context);
    expect(item).toMatchObject({
      type: 'webpage',
      title: 'UNESCO learning cities’ meeting on educational planning, monitoring and evaluation',
      author: [{ literal: 'UNESCO Institute for Lifelong Learning' }],
      URL: 'https://webarchive.unesco.org/web/20201205001600/https://uil.unesco.org/event/unesco-learning-cities-meeting-educational-planning-monitoring-and-evaluation',
      // The banner's capture (6 December), not the address's timestamp (5 December).
      issued: { 'date-parts': [[2020, 12, 6]] },
      accessed: { 'date-parts': [[2026, 12, 3]] },
      archive: 'UNESCO Web Archive',
      'event-date': { 'date-parts': [[2020, 11, 17]] },
      'event-place': 'Online',
    });
    expect(item?.note).toContain(
      'Original address: https://uil.unesco.org/event/unesco-learning-cities-meeting-educational-planning-monitoring-and-evaluation',
    );
    expect(item?.note).toContain('Captured 2020-12-06 07:20:20 UTC by UNESCO Web Archive');
    expect(item?.note).toContain('the address asks for the capture nearest 20201205001600');
  });

  it('says nothing of a difference when the archive served the capture asked for', () => {
    const record = fixtureRecord('seed');
    const same = { ...record, page: { ...record.page, captureTimestamp: '20201206072020' } };
    expect(toCslItem(same, 'k', context)?.note).not.toContain('asks for');
  });

  it('dates a capture whose banner was not read by its address, to the precision the address gives', () => {
    const record = fixtureRecord('seed');
    const page = { ...record.page, capturedAt: null, captureTimestamp: '202011' };
    expect(toCslItem({ ...record, page }, 'k', context)?.issued).toEqual({ 'date-parts': [[2020, 11]] });
  });

  it('cites a live page at its own address, without a capture date or archive', () => {
    const item = toCslItem(fixtureRecord('live-en-unesco-template-b'), 'k', context);
    expect(item?.URL).toMatch(/^https:\/\/en\.unesco\.org\//);
    expect(item?.issued).toBeUndefined();
    expect(item?.archive).toBeUndefined();
    expect(item?.author).toEqual([{ literal: 'UNESCO' }]);
  });

  it('gives an event over several days as a date range', () => {
    const record = fixtureRecord('corpus-007-whc-compact-range');
    const event = record.event;
    if (!event) throw new Error('the fixture holds an event');
    expect(event.end.date).not.toBe(event.start.date);
    expect(toCslItem(record, 'k', context)?.['event-date']?.['date-parts']).toHaveLength(2);
  });

  it('cites a page without an event by its own title, without an event date or place', () => {
    const item = toCslItem(fixtureRecord('negative-obituary'), 'k', context);
    expect(item.title).toMatch(/^In memoriam: Professor Ana María Quispe/);
    expect(item['event-date']).toBeUndefined();
    expect(item['event-place']).toBeUndefined();
  });
});

describe('the organisation cited', () => {
  it('names the institute whose site it is, else UNESCO', () => {
    expect(citedOrganisation('uil.unesco.org')).toBe('UNESCO Institute for Lifelong Learning');
    expect(citedOrganisation('www.iiep.unesco.org')).toBe('UNESCO International Institute for Educational Planning');
    expect(citedOrganisation('whc.unesco.org')).toBe('UNESCO World Heritage Centre');
    expect(citedOrganisation('en.unesco.org')).toBe('UNESCO');
    expect(citedOrganisation('unesco.org')).toBe('UNESCO');
    expect(citedOrganisation('www.iode.org')).toBe(
      'International Oceanographic Data and Information Exchange of IOC-UNESCO',
    );
    expect(citedOrganisation('iesalc.unesco.org.ve')).toBe(
      'UNESCO International Institute for Higher Education in Latin America and the Caribbean',
    );
  });

  it('names a site that is not UNESCO’s by its host', () => {
    expect(citedOrganisation('www.unesco.org.example.com')).toBe('unesco.org.example.com');
  });

  it('has a name for every domain of UNESCO’s list of sites', () => {
    for (const { domain } of UNESCO_DOMAINS) expect(DOMAIN_ORGANISATIONS[domain], domain).toBeTruthy();
  });
});

describe('citation keys', () => {
  it('are the site, the year and a word of the title, told apart when they repeat', () => {
    const seed = fixtureRecord('seed');
    expect(citationKeys([seed, seed, seed, fixtureRecord('live-en-unesco-template-b')])).toEqual([
      'uil2020learning',
      'uil2020learningb',
      'uil2020learningc',
      expect.stringMatching(/^unesco\d{4}[a-z0-9]+$/),
    ]);
  });
});
