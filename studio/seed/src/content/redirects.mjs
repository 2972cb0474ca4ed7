// Redirects from the previous site's addresses, as editors set them in the Studio.
const redirect = (key, from, to, permanent = true) => ({ _id: `redirect-${key}`, _type: 'redirect', from, to, permanent });

export const redirects = [
  redirect('old-about', '/about-mva/', '/about/'),
  redirect('old-annual-summit-2025', '/event/mva-annual-summit-2025/', '/events/mva-annual-summit-2025/'),
  // Until the 2027 edition is announced, the yearly analysis's old address shows the latest one.
  redirect('old-state-of-medicon-valley', '/state-of-medicon-valley', '/reports/', false),
];
