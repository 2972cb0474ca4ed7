import { describe, expect, it } from 'vitest';
import { eventJsonLd, jsonLdText, newsArticleJsonLd } from '@/lib/json-ld';

const url = new URL('https://mva.example/events/pitch-day/');

describe('JSON-LD', () => {
  it('cannot end its <script> element, whatever the CMS text says, and still parses to the same data', () => {
    const hostile = { headline: '</script><script>alert(1)</script> & <!-- \u2028 "quoted"' };
    const text = jsonLdText(hostile);
    expect(text).not.toMatch(/<\/script|<!--|<script/i);
    expect(JSON.parse(text)).toEqual(hostile);
  });

  it('describes a news article with its share image, author and publisher', () => {
    const article = { title: 'Three new members', summary: 'The board grows.', publishedAt: new Date('2026-05-04T08:00:00Z'), slug: 'three-new-members' };
    const data = newsArticleJsonLd(article, 'Medicon Valley Alliance', new URL('https://mva.example/news/three-new-members/'), 'https://cdn.sanity.io/images/p/d/abc-1200x630.jpg?w=1200');
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Three new members',
      datePublished: '2026-05-04T08:00:00.000Z',
      image: ['https://cdn.sanity.io/images/p/d/abc-1200x630.jpg?w=1200'],
      author: { '@type': 'Organization', name: 'Medicon Valley Alliance', url: 'https://mva.example/' },
      publisher: { '@type': 'Organization', name: 'Medicon Valley Alliance' },
    });
    // A site path becomes absolute.
    expect(newsArticleJsonLd(article, 'MVA', new URL('https://mva.example/news/x/'), '/og/news/x.png').image).toEqual(['https://mva.example/og/news/x.png']);
  });

  it('describes an event: dates with offsets, status, place and online location, organiser, offers', () => {
    const data = eventJsonLd(
      {
        title: 'Pitch day',
        summary: 'Start-ups pitch.',
        startDate: '2027-03-10T09:00:00+01:00',
        endDate: '2027-03-10T16:00:00+01:00',
        status: 'cancelled',
        attendanceMode: 'mixed',
        venue: { name: 'Medicon Village', address: 'Scheelevägen 2', city: 'Lund', country: 'SE' },
        onlineUrl: 'https://stream.example/pitch',
        registrationUrl: 'https://tickets.example/pitch',
        prices: [{ label: 'Members', amount: 0, currency: 'DKK' }, { label: 'Others', amount: 500, currency: 'DKK' }],
        organisers: [],
        isPast: false,
      },
      'Medicon Valley Alliance',
      url,
      '/og/events/pitch-day.png',
    );
    expect(data).toMatchObject({
      '@type': 'Event',
      startDate: '2027-03-10T09:00:00+01:00',
      endDate: '2027-03-10T16:00:00+01:00',
      eventStatus: 'https://schema.org/EventCancelled',
      eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
      image: ['https://mva.example/og/events/pitch-day.png'],
      location: [
        { '@type': 'Place', name: 'Medicon Village', address: { '@type': 'PostalAddress', streetAddress: 'Scheelevägen 2', addressLocality: 'Lund' } },
        { '@type': 'VirtualLocation', url: 'https://stream.example/pitch' },
      ],
      organizer: { '@type': 'Organization', name: 'Medicon Valley Alliance' },
      offers: [
        { '@type': 'Offer', name: 'Members', price: 0, priceCurrency: 'DKK', url: 'https://tickets.example/pitch' },
        { '@type': 'Offer', name: 'Others', price: 500, priceCurrency: 'DKK' },
      ],
    });
  });

  const pitchDay = {
    title: 'Pitch day',
    summary: 'Start-ups pitch.',
    startDate: '2027-03-10T09:00:00+01:00',
    status: 'scheduled' as const,
    prices: [{ label: 'All', amount: 0, currency: 'DKK' }],
    organisers: [],
    isPast: false,
  };
  const venue = { name: 'Medicon Village', city: 'Lund', country: 'SE' };
  const ld = (facts: Partial<Parameters<typeof eventJsonLd>[0]>) => eventJsonLd({ ...pitchDay, ...facts }, 'MVA', url, '/og/x.png');

  it('leaves out the attendance mode of an in-person event without a venue, having no location for it', () => {
    const data = ld({ attendanceMode: 'offline' });
    expect(data).not.toHaveProperty('eventAttendanceMode');
    expect(data).not.toHaveProperty('location');
    expect(ld({ attendanceMode: 'offline', venue })).toMatchObject({
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', name: 'Medicon Village' },
    });
  });

  it('calls an event mixed only with both a Place and a VirtualLocation, else what its one location shows', () => {
    const both = ld({ attendanceMode: 'mixed', venue, onlineUrl: 'https://stream.example/x' });
    expect(both.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect((both.location as { '@type': string }[]).map((l) => l['@type'])).toEqual(['Place', 'VirtualLocation']);
    expect(ld({ attendanceMode: 'mixed', venue }).eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
    expect(ld({ attendanceMode: 'mixed', onlineUrl: 'https://stream.example/x' }).eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(ld({ attendanceMode: 'online' })).not.toHaveProperty('eventAttendanceMode');
  });

  it('publishes offers for an event to come, none for one in the past', () => {
    expect(ld({ venue })).toHaveProperty('offers');
    expect(ld({ venue, isPast: true })).not.toHaveProperty('offers');
  });
});
