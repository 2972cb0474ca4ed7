// Which pages a build restored from Astro's cache instead of rendering (src/build/restored-pages.ts).
import { describe, expect, it } from 'vitest';
import { trackRendering } from '@/build/restored-pages';

describe('trackRendering', () => {
  const route = (type: string) => ({ type }) as never;
  const rendered: string[] = [];
  const base = {
    name: 'astro:default',
    getStaticPaths: async () => [
      { pathname: '/', route: route('page') },
      { pathname: '/news/a', route: route('page') },
      { pathname: '/news/malmö', route: route('page') },
      { pathname: '/news/b/', route: route('page') },
      { pathname: '/404', route: route('page') },
      { pathname: '/rss.xml', route: route('endpoint') },
    ],
    render: async (request: Request) => {
      rendered.push(request.url);
      return new Response('<!doctype html>');
    },
  };

  it('counts restored the pages the routes gave and Astro did not render, by the path the index uses', async () => {
    const { prerenderer, restored } = trackRendering(base as never);
    expect(await prerenderer.getStaticPaths()).toHaveLength(6);
    for (const url of ['https://mva.example/', 'https://mva.example/news/malm%C3%B6/', 'https://mva.example/404/']) {
      const response = await prerenderer.render(new Request(url), { routeData: route('page') });
      expect(await (response as Response).text()).toBe('<!doctype html>');
    }
    expect(rendered).toHaveLength(3);
    expect([...restored()].sort()).toEqual(['/news/a/', '/news/b/']);
  });
});
