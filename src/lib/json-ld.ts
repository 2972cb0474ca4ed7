// JSON-LD for <script type="application/ld+json">: serialised so CMS text cannot end the element.

/** JSON that is safe inside a script element: "<", ">", "&" and line separators are escaped. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** schema.org BreadcrumbList from Home plus the trail, with absolute URLs. */
export function breadcrumbList(crumbs: { label: string; href?: string | undefined }[], here: URL) {
  const items = [{ label: 'Home', href: '/' }, ...crumbs];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: new URL(index === items.length - 1 ? here.pathname : (crumb.href ?? here.pathname), here).href,
    })),
  };
}

/** schema.org NewsArticle: headline, dates, image, author and publisher. */
export function newsArticleJsonLd(
  article: { title: string; summary: string; publishedAt: Date; _updatedAt?: string | null | undefined; slug: string },
  publisher: string,
  url: URL,
) {
  const organisation = { '@type': 'Organization', name: publisher, url: new URL('/', url).href };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    datePublished: article.publishedAt.toISOString(),
    ...(article._updatedAt ? { dateModified: article._updatedAt } : {}),
    mainEntityOfPage: url.href,
    url: url.href,
    image: [new URL(`/og${url.pathname.replace(/\/$/, '')}.png`, url).href],
    author: organisation,
    publisher: organisation,
  };
}

/** schema.org Organization for the home page. */
export function organisationJsonLd(settings: { title: string; description: string; contactEmail?: string | undefined; phone?: string | undefined; socialLinks: { url: string }[] }, site: URL) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: settings.title,
    description: settings.description,
    url: new URL('/', site).href,
    logo: new URL('/press/mva-logo-light.png', site).href,
    ...(settings.contactEmail ? { email: settings.contactEmail } : {}),
    ...(settings.phone ? { telephone: settings.phone } : {}),
    sameAs: settings.socialLinks.map((link) => link.url),
  };
}
